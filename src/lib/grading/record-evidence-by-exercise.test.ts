import { describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import * as v from 'valibot';
import { ExerciseSchema, type Exercise } from '../lessons/lesson-schema';
import { walkinContext } from './__fixtures__/cast-context';
import { gradeRecord } from './grade-record';
import { recordEvidenceByExercise } from './record-evidence-by-exercise';

const walkin = walkinContext.cast.walkin!.patient;
const exercise = (input: unknown): Exercise => v.parse(ExerciseSchema, input);

const exercises = {
	phone: exercise({ kind: 'record', checks: [{ path: 'Patient.telecom.value', equals: '555-0199' }] }),
	allergy: exercise({
		kind: 'record',
		checks: [{ fhirpath: "AllergyIntolerance.where(patient.reference = 'Patient/{{walkin.id}}').code.coding.code", equals: '7980' }]
	}),
	dob: exercise({ kind: 'answer', prompt: 'Date of birth?', input: 'date', key: '{{walkin.birthDate}}' })
};

const newPhone: Resource = { ...walkin, telecom: [{ system: 'phone', value: '555-0199' }] };
const allergy = (id: string, patient: string): Resource => ({
	resourceType: 'AllergyIntolerance',
	id,
	patient: { reference: `Patient/${patient}` },
	code: { coding: [{ code: '7980' }] }
});
const note: Resource = { resourceType: 'DocumentReference', id: 'n1', status: 'current', content: [] };

function references(resources: readonly Resource[]): string[] {
	return resources.map((resource) => `${resource.resourceType}/${resource.id}`);
}

describe('recordEvidenceByExercise', () => {
	test('each record exercise sees the chart before, plus only the changes its checks look at', () => {
		const before = [walkin];
		const after = [newPhone, allergy('a1', 'walkin-1042')];
		const split = recordEvidenceByExercise(exercises, { before, after }, walkinContext);
		expect(Object.keys(split)).toEqual(['phone', 'allergy']);
		expect(split.phone).toEqual({ before, after: [newPhone] });
		expect(references(split.allergy!.after)).toEqual(['Patient/walkin-1042', 'AllergyIntolerance/a1']);
		expect(split.allergy!.after[0]).toBe(walkin);
		// So both earn every point, "nothing else changed" included.
		for (const [id, evidence] of Object.entries(split)) {
			const graded = gradeRecord(id, exercises[id as 'phone'] as never, evidence, walkinContext);
			expect(graded.every((check) => check.earned === check.possible), id).toBe(true);
		}
	});

	test('a change no check looks at goes to the exercises that check that type of record', () => {
		const wrongPatient = allergy('a2', 'someone-else');
		const split = recordEvidenceByExercise(exercises, { before: [walkin], after: [walkin, wrongPatient] }, walkinContext);
		expect(split.phone!.after).toEqual([walkin]);
		expect(references(split.allergy!.after)).toEqual(['Patient/walkin-1042', 'AllergyIntolerance/a2']);
	});

	test('…and to every record exercise when none checks that type, unless one allows it', () => {
		const loose = recordEvidenceByExercise(exercises, { before: [walkin], after: [walkin, note] }, walkinContext);
		expect(references(loose.phone!.after)).toContain('DocumentReference/n1');
		expect(references(loose.allergy!.after)).toContain('DocumentReference/n1');

		const allowing = { ...exercises, allergy: { ...exercises.allergy, unchanged: ['DocumentReference'] } as Exercise };
		const allowed = recordEvidenceByExercise(allowing, { before: [walkin], after: [walkin, note] }, walkinContext);
		expect(allowed.phone!.after).toEqual([walkin]);
		expect(references(allowed.allergy!.after)).toContain('DocumentReference/n1');
	});

	test('a deletion is split like any change', () => {
		const old = allergy('a0', 'walkin-1042');
		const split = recordEvidenceByExercise(exercises, { before: [walkin, old], after: [walkin] }, walkinContext);
		expect(references(split.allergy!.after)).toEqual(['Patient/walkin-1042']);
		expect(split.phone!.after).toEqual([walkin, old]);
	});
});
