import { describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import type { RecordCheck, RecordExercise } from '../lessons/lesson-schema';
import { gradeRecord } from './grade-record';
import { walkinContext } from './__fixtures__/cast-context';

const walkin = walkinContext.cast.walkin!.patient;
const stranger: Resource = { resourceType: 'Patient', id: 'other', name: [{ family: 'Nguyen' }] };

function check(fields: Partial<RecordCheck>): RecordCheck {
	return { in: 'changed', points: 1, ...fields };
}

function exercise(checks: RecordCheck[], unchanged: RecordExercise['unchanged'] = true): RecordExercise {
	return { kind: 'record', checks, unchanged };
}

const penicillin: Resource = {
	resourceType: 'AllergyIntolerance',
	id: 'a1',
	patient: { reference: 'Patient/walkin-1042' },
	code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7980' }] }
};

const allergyCheck = check({
	label: 'Penicillin allergy',
	fhirpath: "AllergyIntolerance.where(patient.reference = 'Patient/{{walkin.id}}').code.coding.code",
	equals: '7980',
	points: 2
});

describe('gradeRecord: checks', () => {
	test('a passing FHIRPath check, templated from the cast', () => {
		const [outcome] = gradeRecord('allergy', exercise([allergyCheck]), { before: [walkin], after: [walkin, penicillin] }, walkinContext);
		expect(outcome).toEqual({
			code: 'grade.record.check-passed',
			where: "AllergyIntolerance.where(patient.reference = 'Patient/{{walkin.id}}').code.coding.code",
			source: ['exercises', 'allergy', 'checks', 0],
			label: 'Penicillin allergy',
			earned: 2,
			possible: 2,
			expected: '"7980"',
			found: '"7980"',
			evidence: ['7980']
		});
	});

	test('by default only what the learner changed is checked', () => {
		const family = check({ path: 'Patient.name.family', equals: '{{walkin.name.family}}' });
		const [outcome] = gradeRecord('register', exercise([family]), { before: [walkin], after: [walkin] }, walkinContext);
		expect(outcome).toMatchObject({ code: 'grade.record.check-failed', where: 'Patient.name.family', found: 'nothing: no record was created or changed' });
		const [whole] = gradeRecord('register', exercise([{ ...family, in: 'record' }]), { before: [walkin], after: [walkin] }, walkinContext);
		expect(whole?.code).toBe('grade.record.check-passed');
	});

	test('count reports how many were found', () => {
		const created = { ...stranger, id: 'dup', name: [{ family: 'Lopez' }] };
		const [outcome] = gradeRecord(
			'register',
			exercise([check({ path: 'Patient', count: 1 })], false),
			{ before: [], after: [created, { ...created, id: 'dup2' }] },
			walkinContext
		);
		expect([outcome?.code, outcome?.expected, outcome?.found]).toEqual([
			'grade.record.check-failed',
			'1 value',
			'2 values (Patient/dup, Patient/dup2)'
		]);
	});

	test('a quantity with unit and tolerance', () => {
		const weight: Resource = {
			resourceType: 'Observation',
			id: 'w1',
			status: 'final',
			code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] },
			valueQuantity: { value: 160, unit: 'lb', system: 'http://unitsofmeasure.org', code: '[lb_av]' }
		};
		const [outcome] = gradeRecord(
			'vitals',
			exercise([check({ path: 'Observation.value', equals: 72.5, unit: 'kg', tolerance: 0.5 })]),
			{ before: [], after: [weight] },
			walkinContext
		);
		expect([outcome?.code, outcome?.expected, outcome?.found]).toEqual(['grade.record.check-passed', '72.5 kg (± 0.5 kg)', '160 lb']);
	});

	test('a bad cast path is a key error', () => {
		const [outcome] = gradeRecord('r', exercise([check({ path: 'Patient.birthDate', equals: '{{walkin.dob}}' })], false), { before: [], after: [] }, walkinContext);
		expect([outcome?.code, outcome?.expected]).toEqual(['grade.key-error', '{{walkin.dob}}: the cast has no value "walkin.dob"']);
	});
});

describe('gradeRecord: nothing else changed', () => {
	test('a change no check looks at is reported by reference', () => {
		const edited = { ...stranger, gender: 'male' } as Resource;
		const outcomes = gradeRecord(
			'allergy',
			exercise([allergyCheck]),
			{ before: [walkin, stranger], after: [walkin, stranger, penicillin].map((r) => (r.id === 'other' ? edited : r)) },
			walkinContext
		);
		expect(outcomes[1]).toEqual({
			code: 'grade.record.unexpected-change',
			where: 'exercises.allergy.unchanged',
			source: ['exercises', 'allergy', 'unchanged'],
			label: 'Nothing else changed',
			earned: 0,
			possible: 1,
			expected: 'no changes beyond the task',
			found: 'Patient/other was changed (gender)',
			hint: 'Change only what the task asks for; undo anything else.',
			evidence: ['Patient/other']
		});
	});

	test('an allergy added to the wrong patient is not looked at', () => {
		const wrong = { ...penicillin, id: 'a2', patient: { reference: 'Patient/other' } } as Resource;
		const outcomes = gradeRecord('allergy', exercise([allergyCheck]), { before: [walkin], after: [walkin, penicillin, wrong] }, walkinContext);
		expect(outcomes.map((o) => o.code)).toEqual(['grade.record.check-passed', 'grade.record.unexpected-change']);
		expect(outcomes[1]?.found).toBe('AllergyIntolerance/a2 was created');
	});

	test('listed types may change too', () => {
		const note: Resource = { resourceType: 'DocumentReference', id: 'n1', status: 'current', content: [] };
		const outcomes = gradeRecord('allergy', exercise([allergyCheck], ['DocumentReference']), { before: [walkin], after: [walkin, penicillin, note] }, walkinContext);
		expect(outcomes[1]).toMatchObject({ code: 'grade.record.nothing-else-changed', earned: 1, expected: 'no changes beyond the task and DocumentReference records' });
	});

	test('unchanged: false adds no check', () => {
		expect(gradeRecord('allergy', exercise([allergyCheck], false), { before: [], after: [] }, walkinContext)).toHaveLength(1);
	});
});
