import type { DocumentReference, Encounter } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { isSentToCoding } from '$lib/coding/workflow-tags';
import { codingReadiness, sendToCoding } from './coding-handoff';

const encounter: Encounter = { resourceType: 'Encounter', id: 'e1', meta: { lastUpdated: '2025-11-01T00:00:00Z', tag: [{ system: 'urn:chartroom:cast', code: 'x' }] }, status: 'finished', class: { code: 'AMB' }, subject: { reference: 'Patient/p1' } };
const note = (docStatus: DocumentReference['docStatus'], encounterRef = 'Encounter/e1'): DocumentReference => ({
	resourceType: 'DocumentReference',
	status: 'current',
	docStatus,
	content: [],
	context: { encounter: [{ reference: encounterRef }] }
});

describe('sending an encounter to coding', () => {
	it('needs a signed note for that visit', () => {
		expect(codingReadiness(encounter, [])?.code).toBe('coding.no-signed-note');
		expect(codingReadiness(encounter, [note('preliminary'), note('final', 'Encounter/e2')])?.message).toBe('Sign a note for this visit first: coders code from signed documentation.');
		expect(codingReadiness(encounter, [note('final')])).toBeUndefined();
	});

	it('tags a new version of the encounter, keeping other tags, and cannot be done twice', () => {
		const sent = sendToCoding(encounter, '2025-11-23T15:00:00.000Z');
		expect(sent.meta).toEqual({
			versionId: '2',
			lastUpdated: '2025-11-23T15:00:00.000Z',
			tag: [{ system: 'urn:chartroom:cast', code: 'x' }, { system: 'https://chartroom.invalid/workflow', code: 'sent-to-coding', display: 'Sent to coding' }]
		});
		expect(sent.status).toBe('finished');
		expect(isSentToCoding(sent)).toBe(true);
		expect(isSentToCoding(encounter)).toBe(false);
		expect(codingReadiness(sent, [note('final')])?.code).toBe('coding.already-sent');
	});

	it('a cancelled visit is not coded', () => {
		expect(codingReadiness({ ...encounter, status: 'cancelled' }, [note('final')])?.message).toBe('A cancelled encounter is not coded.');
	});
});
