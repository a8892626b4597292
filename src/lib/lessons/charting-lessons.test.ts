/**
 * The two charting lessons against the charts learners really get: the duplicate-order lesson's
 * literal A1c key is held to the generated results, and careless attempts (graded as
 * lessons:check grades a solution) lose the points the lessons say they lose.
 */
import { describe, expect, test } from 'vitest';
import type { Observation } from '@medplum/fhirtypes';
import { gradeAttempt } from '../grading/grade-attempt';
import { buildCastContext, generateCastRecords } from './cast-context-from-records';
import { lessonCatalog } from './lesson-catalog';
import type { Lesson } from './lesson-schema';
import { solutionEvidence } from './solution-evidence';

function lessonById(id: string): Lesson {
	const lesson = lessonCatalog.find((entry) => entry.id === id)?.lesson;
	if (!lesson) throw new Error(`no lesson ${id}`);
	return lesson;
}

/** The lesson with one exercise's reference solution replaced by what a careless learner does. */
function withSolution(lesson: Lesson, exerciseId: string, solution: unknown): Lesson {
	return { ...lesson, exercises: { ...lesson.exercises, [exerciseId]: { ...lesson.exercises[exerciseId], solution } as Lesson['exercises'][string] } };
}

function grade(lesson: Lesson) {
	const context = buildCastContext(lesson.scenario);
	return gradeAttempt(lesson, solutionEvidence(lesson, context).evidence, context);
}

const checkLabels = (result: ReturnType<typeof grade>, exerciseId: string) =>
	Object.fromEntries(result.exercises.find((one) => one.exerciseId === exerciseId)!.checks.map((check) => [check.label, check.earned === check.possible]));

describe('avoid-a-duplicate-lab-order', () => {
	const lesson = lessonById('avoid-a-duplicate-lab-order');

	test('the key is the last A1c the generated chart holds, resulted within the 90 days the alert watches', () => {
		const [patient] = generateCastRecords(lesson.scenario);
		const a1c = patient!.resources
			.filter((r): r is Observation => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '4548-4')
			.sort((a, b) => (b.effectiveDateTime ?? '').localeCompare(a.effectiveDateTime ?? ''))[0]!;
		const exercise = lesson.exercises['last-a1c'];
		expect(exercise?.kind === 'answer' && exercise.key).toBe(a1c.valueQuantity?.value);
		const daysAgo = (Date.parse(lesson.scenario.today) - Date.parse(a1c.effectiveDateTime!.slice(0, 10))) / 86_400_000;
		expect(daysAgo).toBeGreaterThan(0);
		expect(daysAgo).toBeLessThan(90);
		// The panel that is due has no result in its 30-day window, so it orders without an alert.
		const bmp = ['2345-7', '2160-0', '3094-0', '2951-2', '2823-3', '2075-0', '2028-9', '17861-6'];
		const recentBmp = patient!.resources.filter(
			(r) => r.resourceType === 'Observation' && bmp.includes(r.code.coding?.[0]?.code ?? '') && Date.parse(lesson.scenario.today) - Date.parse((r.effectiveDateTime ?? '').slice(0, 10)) < 30 * 86_400_000
		);
		expect(recentBmp).toEqual([]);
	});

	test('overriding the alert and ordering the A1c again loses the duplicate check, and the lesson is not passed', () => {
		const orders = lesson.exercises['orders']!.solution as object[];
		const a1c = { ...orders[0], title: 'Lab order: Hemoglobin A1c', activity: [{ detail: { kind: 'ServiceRequest', status: 'scheduled', code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] } } }] };
		const result = grade(withSolution(lesson, 'orders', [...orders, a1c]));
		expect(checkLabels(result, 'orders')).toEqual({ 'Basic metabolic panel ordered for Ms. Abernathy': true, 'No repeat hemoglobin A1c': false, 'Nothing else changed': true });
		expect(result.percent).toBeLessThan(80);
	});
});

describe('transcribe-a-paper-intake', () => {
	const lesson = lessonById('transcribe-a-paper-intake');

	test('the reference solution transcribes exactly what the paper adds', () => {
		expect(grade(lesson).percent).toBe(100);
	});

	test('a wrong reaction and a skipped medication score low, check by check', () => {
		const [allergy] = lesson.exercises['transcribe']!.solution as object[];
		const careless = { ...allergy, reaction: [{ manifestation: [{ coding: [{ system: 'http://snomed.info/sct', code: '126485001' }] }], severity: 'severe' }] };
		const result = grade(withSolution(withSolution(lesson, 'transcribe', [careless]), 'phone', '(614) 555-2851'));
		expect(checkLabels(result, 'transcribe')).toEqual({
			"The allergy on the paper, coded, on Ms. Pruitt's chart": true,
			'The reaction as written on the paper': false,
			'The severity as written on the paper': false,
			'The medication on the paper, in the medication history': false,
			'Nothing else changed': true
		});
		expect(checkLabels(result, 'phone')).toEqual({ 'The phone number on the paper': false });
		expect(result.percent).toBeLessThan(50);
	});
});
