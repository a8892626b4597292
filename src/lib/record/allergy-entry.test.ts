import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { allergyStatus } from './allergy-status';
import { allergyIntolerance, checkAllergy, checkNoKnownAllergies, EMPTY_ALLERGY, noKnownAllergies, retireAllergy, retireNoKnownAllergies } from './allergy-entry';

const context = { today: '2025-11-23', birthDate: '1980-05-01', allergies: [] as AllergyIntolerance[] };
const stamp = { patientId: 'p1', at: '2025-11-23T15:00:00.000Z', author: { id: 'ma-chen', name: 'Kevin Chen' }, id: 'alg-new' };

describe('checkAllergy', () => {
	it('a listed substance is coded and needs only the criticality', () => {
		const check = checkAllergy({ ...EMPTY_ALLERGY, substance: 'Penicillin' }, context);
		expect(check.substance).toMatchObject({ code: '70618', category: 'medication' });
		expect(check.errors).toEqual({});
		expect(check.missing).toEqual({ criticality: 'Choose the criticality: how dangerous a future reaction could be.' });
		expect(checkAllergy({ ...EMPTY_ALLERGY, substance: 'penicillin', criticality: 'low' }, context).ready).toBe(true);
	});

	it('free text is allowed but needs a category', () => {
		const check = checkAllergy({ ...EMPTY_ALLERGY, substance: 'Strawberries', criticality: 'low' }, context);
		expect(check.substance).toBeUndefined();
		expect(check.missing).toEqual({ category: 'Choose a category: this substance is not in the coded list.' });
	});

	it('a reaction needs a severity, and a severity needs a reaction', () => {
		expect(checkAllergy({ ...EMPTY_ALLERGY, substance: 'latex', criticality: 'low', reaction: '126485001' }, context).missing.severity).toBe('Choose how severe the reaction was.');
		expect(checkAllergy({ ...EMPTY_ALLERGY, substance: 'latex', criticality: 'low', severity: 'mild' }, context).errors.reaction).toBe(
			'Choose or describe the reaction the severity belongs to, or clear the severity.'
		);
	});

	it('anaphylaxis is severe and high-risk, and says so next to the field that contradicts it', () => {
		const check = checkAllergy({ ...EMPTY_ALLERGY, substance: 'peanut - dietary', reaction: '39579001', severity: 'mild', criticality: 'low' }, context);
		expect(check.errors).toEqual({ severity: 'Anaphylaxis is a severe reaction: choose severe.', criticality: 'After anaphylaxis the risk of a future reaction is high: choose high.' });
	});

	it('refuses a second entry for a substance already on the list', () => {
		const existing = allergyIntolerance({ ...EMPTY_ALLERGY, substance: 'penicillin', criticality: 'high' }, checkAllergy({ ...EMPTY_ALLERGY, substance: 'penicillin', criticality: 'high' }, context), { ...stamp, at: '2024-03-02T10:00:00Z' });
		expect(checkAllergy({ ...EMPTY_ALLERGY, substance: 'PENICILLIN', criticality: 'low' }, { ...context, allergies: [existing] }).errors.substance).toBe(
			'penicillin is already on the allergy list (recorded 03/02/2024). Update that entry instead of adding a second.'
		);
	});

	it('an onset date in the future or before birth is wrong, and says which', () => {
		expect(checkAllergy({ ...EMPTY_ALLERGY, substance: 'latex', criticality: 'low', onset: '2026-01-01' }, context).errors.onset).toBe('Onset date 01/01/2026 is in the future (today is 11/23/2025).');
		expect(checkAllergy({ ...EMPTY_ALLERGY, substance: 'latex', criticality: 'low', onset: '1970-01-01' }, context).errors.onset).toBe('Onset date 01/01/1970 is before the patient was born (05/01/1980).');
	});
});

describe('allergyIntolerance', () => {
	it('writes a coded FHIR AllergyIntolerance with reaction, severity, criticality and who recorded it', () => {
		const form = { ...EMPTY_ALLERGY, substance: 'Penicillin', reaction: '126485001', reactionText: 'hives on trunk', severity: 'moderate' as const, criticality: 'high' as const, onset: '2010-06-01' };
		const resource = allergyIntolerance(form, checkAllergy(form, context), stamp);
		expect(resource).toEqual({
			resourceType: 'AllergyIntolerance',
			id: 'alg-new',
			meta: { versionId: '1', lastUpdated: stamp.at },
			clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active', display: 'Active' }] },
			verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed', display: 'Confirmed' }] },
			type: 'allergy',
			category: ['medication'],
			criticality: 'high',
			code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '70618', display: 'penicillin' }], text: 'penicillin' },
			patient: { reference: 'Patient/p1' },
			onsetDateTime: '2010-06-01',
			recordedDate: stamp.at,
			recorder: { identifier: { system: 'urn:chartroom:staff', value: 'ma-chen' }, display: 'Kevin Chen' },
			reaction: [{ manifestation: [{ coding: [{ system: 'http://snomed.info/sct', code: '126485001', display: 'Urticaria (disorder)' }], text: 'hives on trunk' }], severity: 'moderate' }]
		});
	});
});

describe('no known allergies', () => {
	it('is a recorded statement, different from nothing recorded, and is retired by a real allergy', () => {
		expect(allergyStatus([]).kind).toBe('not-recorded');
		const nka = noKnownAllergies(stamp);
		expect(allergyStatus([nka]).kind).toBe('no-known-allergies');
		expect(checkNoKnownAllergies([nka])).toBe('"No known allergies" is already recorded (11/23/2025).');
		const [retired] = retireNoKnownAllergies([nka], '2025-11-24T09:00:00Z');
		expect(retired).toMatchObject({ id: nka.id, meta: { versionId: '2', lastUpdated: '2025-11-24T09:00:00Z' }, clinicalStatus: { coding: [{ code: 'inactive' }] } });
		expect(allergyStatus([retired!]).kind).toBe('not-recorded');
	});

	it('cannot be recorded over allergies on the list', () => {
		const form = { ...EMPTY_ALLERGY, substance: 'latex', criticality: 'low' as const };
		const latex = allergyIntolerance(form, checkAllergy(form, context), stamp);
		expect(checkNoKnownAllergies([latex])).toBe('The patient has 1 recorded allergy: "No known allergies" would contradict the list.');
		expect(checkNoKnownAllergies([])).toBeUndefined();
	});
});

describe('retireAllergy', () => {
	const form = { ...EMPTY_ALLERGY, substance: 'penicillin', criticality: 'high' as const };
	const penicillin = allergyIntolerance(form, checkAllergy(form, context), stamp);

	it('inactive keeps it as history, off the active list and the banner', () => {
		const inactive = retireAllergy(penicillin, '2025-12-01T10:00:00.000Z', stamp.author, 'inactive', 'Negative oral challenge 12/01/2025');
		expect(inactive).toMatchObject({ clinicalStatus: { coding: [{ code: 'inactive' }] }, meta: { versionId: '2' } });
		expect(inactive.note?.at(-1)?.text).toBe('Inactive: Negative oral challenge 12/01/2025');
		expect(allergyStatus([inactive]).kind).toBe('not-recorded');
	});

	it('entered in error drops the clinical status, as FHIR R4 requires', () => {
		const wrong = retireAllergy(penicillin, '2025-12-01T10:00:00.000Z', stamp.author, 'entered-in-error', 'Charted on the wrong patient');
		expect(wrong.clinicalStatus).toBeUndefined();
		expect(wrong.verificationStatus?.coding?.[0]?.code).toBe('entered-in-error');
		expect(allergyStatus([wrong]).kind).toBe('not-recorded');
	});
});
