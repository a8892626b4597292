import { describe, expect, it } from 'vitest';
import { checkProblem, conditionResource, EMPTY_PROBLEM, resolveProblem } from './problem-entry';

const context = { today: '2025-11-23', birthDate: '1960-03-04', conditions: [] };
const stamp = { patientId: 'p1', at: '2025-11-23T15:00:00.000Z', author: { id: 'md-sato', name: 'Hiro Sato' }, id: 'cond-new' };
const diabetes = { ...EMPTY_PROBLEM, code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', billable: true, onset: '2019-06-01' };

describe('checkProblem', () => {
	it('needs a picked code, and a complete one', () => {
		expect(checkProblem(EMPTY_PROBLEM, context).missing.code).toBe('Pick a diagnosis: type a code or words, then choose from the list.');
		expect(checkProblem({ ...diabetes, code: 'E11', billable: false }, context).errors.code).toBe(
			'E11 is a category, not a complete code: pick one of the codes under it, with all its characters.'
		);
		expect(checkProblem(diabetes, context).ready).toBe(true);
	});

	it('refuses a problem already active, but not one that was resolved', () => {
		const existing = conditionResource(diabetes, { ...stamp, at: '2020-01-02T10:00:00Z' });
		expect(checkProblem(diabetes, { ...context, conditions: [existing] }).errors.code).toBe(
			'E11.9 Type 2 diabetes mellitus without complications is already an active problem (recorded 01/02/2020).'
		);
		const resolved = conditionResource({ ...diabetes, status: 'resolved' }, stamp);
		expect(checkProblem(diabetes, { ...context, conditions: [resolved] }).errors.code).toBeUndefined();
	});

	it('a resolution date belongs to an ended problem and comes after the onset', () => {
		expect(checkProblem({ ...diabetes, abatement: '2024-01-01' }, context).errors.abatement).toBe(
			'The status says active: only an inactive, remitted or resolved problem has a resolution date. Clear the date or change the status.'
		);
		expect(checkProblem({ ...diabetes, status: 'resolved', abatement: '2018-01-01' }, context).errors.abatement).toBe('Resolution date 01/01/2018 is before the onset (06/01/2019).');
		expect(checkProblem({ ...diabetes, onset: '1950-01-01' }, context).errors.onset).toBe('Onset date 01/01/1950 is before the patient was born (03/04/1960).');
	});
});

describe('conditionResource', () => {
	it('writes a problem-list Condition coded in ICD-10-CM, with who recorded it', () => {
		expect(conditionResource({ ...diabetes, note: 'Diet-controlled until 2021' }, stamp)).toEqual({
			resourceType: 'Condition',
			id: 'cond-new',
			meta: { versionId: '1', lastUpdated: stamp.at },
			clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active', display: 'Active' }] },
			verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed', display: 'Confirmed' }] },
			category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item', display: 'Problem List Item' }] }],
			code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' }], text: 'Type 2 diabetes mellitus without complications' },
			subject: { reference: 'Patient/p1' },
			onsetDateTime: '2019-06-01',
			recordedDate: stamp.at,
			recorder: { identifier: { system: 'urn:chartroom:staff', value: 'md-sato' }, display: 'Hiro Sato' },
			note: [{ authorReference: { identifier: { system: 'urn:chartroom:staff', value: 'md-sato' }, display: 'Hiro Sato' }, time: stamp.at, text: 'Diet-controlled until 2021' }]
		});
	});
});

describe('resolveProblem', () => {
	it('is a new version, resolved on the day given, with who resolved it and why', () => {
		const active = conditionResource(diabetes, stamp);
		const resolved = resolveProblem(active, '2025-11-25T09:00:00.000Z', '2025-11-25', stamp.author, 'Remission after weight loss');
		expect(resolved).toMatchObject({ clinicalStatus: { coding: [{ code: 'resolved' }] }, abatementDateTime: '2025-11-25', meta: { versionId: '2' } });
		expect(resolved.note?.at(-1)?.text).toBe('Resolved: Remission after weight loss');
		expect(checkProblem(diabetes, { ...context, conditions: [resolved] }).errors.code).toBeUndefined();
	});
});
