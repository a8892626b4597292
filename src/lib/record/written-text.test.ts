import { expect, test } from 'vitest';
import type { DocumentReference, Observation } from '@medplum/fhirtypes';
import { encodeBase64Utf8 } from '$lib/synth/base64';
import { writtenTextOf } from './written-text';

test('a typed note: the attachment text, decoded', () => {
	const note: DocumentReference = {
		resourceType: 'DocumentReference',
		status: 'current',
		content: [{ attachment: { contentType: 'text/plain', data: encodeBase64Utf8('Pt seen for cough. Login Maple-Canoe-28 for the portal.') } }]
	};
	expect(writtenTextOf(note)).toBe('Pt seen for cough. Login Maple-Canoe-28 for the portal.');
});

test('annotations and free-text values, not codes or generated narrative', () => {
	const observation: Observation = {
		resourceType: 'Observation',
		status: 'final',
		code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }], text: 'Heart rate' },
		text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">secret-in-markup</div>' },
		note: [{ text: 'pw: hunter2' }],
		valueString: 'irregular'
	};
	expect(writtenTextOf(observation).split('\n')).toEqual(['Heart rate', 'pw: hunter2', 'irregular']);
});
