import { describe, expect, it } from 'vitest';
import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { intakeContent } from './intake-content';
import { verificationSummary, verifyTranscription } from './verify-transcription';
import { lisinopril, patient, penicillin, record } from './__fixtures__/record';

const options = { seed: 's1', date: '2026-11-20' };
const kinds = (items: { kind: string; subject: string }[]) => items.map((i) => `${i.kind} ${i.subject}`);

describe('verifyTranscription', () => {
	it('finds everything matching when the chart already holds what the paper says', () => {
		const paper = intakeContent(patient, record, { ...options, differences: [] });
		const items = verifyTranscription(paper, { patient, allergies: [penicillin], medications: [lisinopril] });
		expect(items.every((i) => i.kind === 'match')).toBe(true);
		expect(items.find((i) => i.subject === 'Allergy: penicillin')?.message).toBe('penicillin matches the paper (Urticaria, moderate).');
		expect(verificationSummary(items)).toBe('9 match, 0 differ, 0 missing from the chart');
	});

	it('lists the paper allergy the chart lacks as an omission, and as a match once it is transcribed', () => {
		const paper = intakeContent(patient, record, { ...options, differences: ['allergy-not-in-chart'] });
		const extra = paper.allergies[1]!;
		const before = verifyTranscription(paper, { patient, allergies: [penicillin], medications: [lisinopril] });
		expect(before.find((i) => i.subject === `Allergy: ${extra.substance}`)).toMatchObject({ kind: 'omission', message: expect.stringContaining('the chart does not have it') });

		// Transcribed the way the allergy form stores a listed substance: its code and its label.
		const transcribed: AllergyIntolerance = {
			...penicillin,
			id: 'a2',
			code: { text: extra.substance.toLowerCase() },
			reaction: [{ manifestation: [{ text: extra.reaction }], severity: extra.severity || undefined }]
		};
		const after = verifyTranscription(paper, { patient, allergies: [penicillin, transcribed], medications: [lisinopril] });
		expect(after.find((i) => i.subject === `Allergy: ${extra.substance}`)?.kind).toBe('match');
	});

	it('says how a transcribed allergy differs from the paper: reaction and severity', () => {
		const paper = intakeContent(patient, record, { ...options, differences: [] });
		const wrong: AllergyIntolerance = { ...penicillin, reaction: [{ manifestation: [{ text: 'Nausea' }], severity: 'severe' }] };
		const [item] = verifyTranscription(paper, { patient, allergies: [wrong], medications: [] }).filter((i) => i.area === 'allergies');
		expect(item).toMatchObject({ kind: 'mismatch', message: 'penicillin is in the chart, but the reaction on paper is Urticaria, in the chart Nausea; the severity on paper is moderate, in the chart severe.' });
	});

	it('reports a new phone number on paper as a mismatch with both values, and a missing medication as an omission', () => {
		const paper = intakeContent(patient, record, { ...options, differences: ['new-phone', 'medication-not-in-chart'] });
		const items = verifyTranscription(paper, { patient, allergies: [penicillin], medications: [lisinopril] });
		expect(items.find((i) => i.subject === 'Phone')?.message).toBe(`Phone differs: the paper says ${paper.demographics.phone}, the chart says (479) 555-0142.`);
		const drug = paper.medications[1]!;
		expect(items.find((i) => i.subject === `Medication: ${drug.name}`)).toMatchObject({ kind: 'omission' });
		expect(verificationSummary(items)).toBe('8 match, 1 differs, 1 missing from the chart');
	});

	it('does not count a different phone format as a difference', () => {
		const paper = intakeContent(patient, record, { ...options, differences: [] });
		const reformatted = { ...patient, telecom: [{ system: 'phone' as const, value: '479-555-0142' }] };
		expect(verifyTranscription(paper, { patient: reformatted, allergies: [penicillin], medications: [lisinopril] }).find((i) => i.subject === 'Phone')?.kind).toBe('match');
	});

	it('lists what only the chart has as things to ask about, and tells "no known allergies" from "not recorded"', () => {
		const nkaPaper = intakeContent(patient, [patient, { ...penicillin, code: { coding: [{ system: 'http://snomed.info/sct', code: '716186003' }] }, reaction: undefined }], { ...options, differences: [] });
		expect(nkaPaper.noKnownAllergies).toBe(true);
		expect(kinds(verifyTranscription(nkaPaper, { patient, allergies: [], medications: [lisinopril] }).filter((i) => i.area !== 'demographics'))).toEqual([
			'omission No known allergies',
			'chart-only Medication: lisinopril 10 MG Oral Tablet'
		]);
		expect(verifyTranscription(nkaPaper, { patient, allergies: [penicillin], medications: [] }).find((i) => i.area === 'allergies')?.message).toBe(
			'The paper says no known allergies, but the chart lists penicillin.'
		);
	});
});
