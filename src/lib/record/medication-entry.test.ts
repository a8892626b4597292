import type { MedicationRequest } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { checkMedication, EMPTY_MEDICATION, medicationRequest, stopMedication, type MedicationForm } from './medication-entry';

const stamp = { patientId: 'p1', at: '2025-11-23T15:00:00.000Z', author: { id: 'md-whitfield', name: 'Dana Whitfield' }, id: 'med-new' };
const amoxicillin: MedicationForm = { ...EMPTY_MEDICATION, rxcui: '308191', dose: '1', route: 'oral', frequency: 'TID', durationDays: '10', quantity: '30', refills: '0' };

describe('checkMedication', () => {
	it('writes the sig from dose, route and frequency', () => {
		const check = checkMedication(amoxicillin, []);
		expect(check.errors).toEqual({});
		expect(check.sig).toBe('Take 1 capsule by mouth three times daily for 10 days.');
		expect(check.ready).toBe(true);
		expect(checkMedication({ ...EMPTY_MEDICATION, rxcui: '745679', dose: '2', route: 'inhaled', frequency: 'Q4H', asNeeded: true, asNeededFor: 'wheezing' }, []).sig).toBe(
			'Inhale 2 puffs every 4 hours as needed for wheezing.'
		);
	});

	it('lists what is still needed, by field', () => {
		expect(checkMedication(EMPTY_MEDICATION, []).missing).toEqual({
			rxcui: 'Choose the drug from the list.',
			dose: 'Enter the dose, e.g. 1.',
			route: 'Choose the route.',
			frequency: 'Choose how often.'
		});
	});

	it('catches a route that does not fit the dose form, and a dose that does not', () => {
		const check = checkMedication({ ...amoxicillin, route: 'intramuscular', dose: '0.5' }, []);
		expect(check.errors.route).toBe('This drug is a capsule: choose Oral (by mouth).');
		expect(check.errors.dose).toBe('A capsule cannot be divided: use whole capsules.');
		expect(checkMedication({ ...amoxicillin, rxcui: '314076', dose: '0.3' }, []).errors.dose).toBe('A tablet can be split in halves at most: use 0.5, 1, 1.5 …');
		expect(checkMedication({ ...amoxicillin, dose: '10' }, []).errors.dose).toBe('10 capsules at once is more than a usual dose (at most 4). Check the dose.');
	});

	it('checks the quantity lasts the duration, and refills stay within a year', () => {
		expect(checkMedication({ ...amoxicillin, quantity: '20' }, []).errors.quantity).toBe('20 capsules do not last 10 days at 1 capsule three times daily (that needs 30).');
		expect(checkMedication({ ...amoxicillin, refills: '12' }, []).errors.refills).toBe('Refills: a whole number from 0 to 11 (a prescription lasts one year).');
	});

	it('refuses a second active prescription of the same drug', () => {
		const active = medicationRequest(amoxicillin, checkMedication(amoxicillin, []), { ...stamp, at: '2025-11-01T10:00:00Z' }, 'prescribe');
		expect(checkMedication(amoxicillin, [active]).errors.rxcui).toBe(
			'amoxicillin 500 MG Oral Capsule is already an active prescription (11/01/2025). Change or stop that one instead of adding a duplicate.'
		);
		expect(checkMedication(amoxicillin, [{ ...active, status: 'stopped' } as MedicationRequest]).errors.rxcui).toBeUndefined();
	});
});

describe('medicationRequest', () => {
	it('a prescription: RxNorm drug, structured dosage, dispense request, prescriber and an acknowledged alert', () => {
		const resource = medicationRequest(amoxicillin, checkMedication(amoxicillin, []), stamp, 'prescribe', 'Tolerated amoxicillin in 2023; rash was viral');
		expect(resource).toMatchObject({
			resourceType: 'MedicationRequest',
			meta: { versionId: '1', lastUpdated: stamp.at },
			status: 'active',
			intent: 'order',
			medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '308191', display: 'amoxicillin 500 MG Oral Capsule' }] },
			subject: { reference: 'Patient/p1' },
			authoredOn: stamp.at,
			requester: { display: 'Dana Whitfield' },
			dosageInstruction: [
				{
					text: 'Take 1 capsule by mouth three times daily for 10 days.',
					timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' }, code: { coding: [{ code: 'TID' }] } },
					route: { coding: [{ system: 'http://snomed.info/sct', code: '26643006' }] },
					doseAndRate: [{ doseQuantity: { value: 1, unit: 'capsule' } }]
				}
			],
			dispenseRequest: { quantity: { value: 30, unit: 'capsules' }, numberOfRepeatsAllowed: 0, expectedSupplyDuration: { value: 10, code: 'd' } },
			note: [{ text: 'Drug-allergy alert acknowledged: Tolerated amoxicillin in 2023; rash was viral' }]
		});
		expect(resource.reportedBoolean).toBeUndefined();
	});

	it('a medication the patient reports is marked reported and names no prescriber', () => {
		const resource = medicationRequest(amoxicillin, checkMedication(amoxicillin, []), stamp, 'record');
		expect(resource.reportedBoolean).toBe(true);
		expect(resource.requester).toBeUndefined();
		expect(resource.recorder?.display).toBe('Dana Whitfield');
	});
});

describe('stopMedication', () => {
	it('is a new version, stopped, with the reason and who stopped it', () => {
		const active = medicationRequest(amoxicillin, checkMedication(amoxicillin, []), stamp, 'prescribe');
		const stopped = stopMedication(active, '2025-11-25T09:00:00.000Z', { id: 'md-sato', name: 'Hiro Sato' }, 'Rash on day 2');
		expect(stopped).toMatchObject({ id: active.id, status: 'stopped', statusReason: { text: 'Rash on day 2' }, meta: { versionId: '2', lastUpdated: '2025-11-25T09:00:00.000Z' } });
		expect(stopped.note?.at(-1)).toEqual({ authorReference: { identifier: { system: 'urn:chartroom:staff', value: 'md-sato' }, display: 'Hiro Sato' }, time: '2025-11-25T09:00:00.000Z', text: 'Stopped: Rash on day 2' });
		expect(active.status).toBe('active');
	});
});
