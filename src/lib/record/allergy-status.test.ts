import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { allergyReactions, allergyStatus, allergySubstance } from './allergy-status';

const base = { resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/p' } } as const;
const penicillin: AllergyIntolerance = {
	...base,
	id: 'a1',
	code: { coding: [{ system: 'http://snomed.info/sct', code: '764146007', display: 'Penicillin' }] },
	reaction: [{ manifestation: [{ coding: [{ display: 'Hives' }] }, { text: 'Wheezing' }] }]
};
const nka: AllergyIntolerance = { ...base, id: 'a0', code: { coding: [{ system: 'http://snomed.info/sct', code: '716186003', display: 'No known allergy' }] } };

describe('allergyStatus', () => {
	it('says "not recorded" when nothing was ever recorded', () => {
		expect(allergyStatus([])).toEqual({ kind: 'not-recorded' });
	});
	it('says "no known allergies" only when that was recorded', () => {
		expect(allergyStatus([nka]).kind).toBe('no-known-allergies');
	});
	it('lists real allergies, even if an old NKA entry remains', () => {
		expect(allergyStatus([nka, penicillin])).toEqual({ kind: 'allergies', allergies: [penicillin] });
	});
	it('ignores allergies entered in error', () => {
		const wrong = { ...penicillin, verificationStatus: { coding: [{ code: 'entered-in-error' }] } };
		expect(allergyStatus([wrong]).kind).toBe('not-recorded');
	});
	it('reads substance and reactions in words', () => {
		expect(allergySubstance(penicillin)).toBe('Penicillin');
		expect(allergyReactions(penicillin)).toBe('Hives, Wheezing');
	});
});
