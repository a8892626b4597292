/**
 * The lessons answered on the lesson page alone (no workspace record or conduct), graded through
 * the same functions as the page: the reference solution scores 100 %, and a careless attempt —
 * the mistakes each lesson is written to catch — scores low with feedback naming each mistake.
 */
import { describe, expect, test } from 'vitest';
import { gradeAttempt, type AttemptEvidence, type AttemptResult } from '../grading/grade-attempt';
import type { LearnerAnswer } from '../grading/grade-answer';
import { buildLessonCast } from './cast-context-from-records';
import { lessonCatalog } from './lesson-catalog';
import type { Lesson } from './lesson-schema';
import { solutionEvidence } from './solution-evidence';

function lessonById(id: string): Lesson {
	const lesson = lessonCatalog.find((entry) => entry.id === id)?.lesson;
	if (!lesson) throw new Error(`no lesson ${id}`);
	return lesson;
}

function grade(lesson: Lesson, evidence: AttemptEvidence): AttemptResult {
	return gradeAttempt(lesson, evidence, buildLessonCast(lesson.scenario).context);
}

function answers(given: Record<string, LearnerAnswer>): AttemptEvidence {
	return Object.fromEntries(Object.entries(given).map(([id, answer]) => [id, { kind: 'answer', answer }]));
}

/** "exercise: expected …, found …" for each exercise that did not earn all its points. */
function shortfalls(result: AttemptResult): string[] {
	return result.exercises.flatMap((exercise) =>
		exercise.checks.filter((check) => check.earned < check.possible).map((check) => `${exercise.exerciseId}: expected ${check.expected}, found ${check.found}`)
	);
}

describe.each(['vitals-units', 'hipaa-basics', 'answer-from-the-chart'])('%s', (id) => {
	test('the reference solution scores 100 %', () => {
		const lesson = lessonById(id);
		const cast = buildLessonCast(lesson.scenario);
		const result = gradeAttempt(lesson, solutionEvidence(lesson, cast.context, cast.chart).evidence, cast.context);
		expect(shortfalls(result)).toEqual([]);
		expect(result.percent).toBe(100);
	});
});

test('vitals-units: values copied without converting them score low and say what was expected', () => {
	const result = grade(lessonById('vitals-units'), answers({ weight: '154', temperature: '98.6', height: '66', bmi: '35.4', 'bmi-category': 'obesity' }));
	expect(result.percent).toBe(0);
	expect(shortfalls(result)).toEqual([
		'weight: expected 69.9 kg (± 0.1 kg), found 154',
		'temperature: expected 37 °C (± 0.1 °C), found 98.6',
		'height: expected 167.6 cm (± 0.5 cm), found 66',
		'bmi: expected 24.9 (± 0.2), found 35.4',
		'bmi-category: expected "Healthy weight (18.5 to 24.9)", found "Obesity (30.0 or more)"'
	]);
});

test('hipaa-basics: the whole chart, a turned-off monitor and an authorization without an expiry score low', () => {
	const result = grade(
		lessonById('hipaa-basics'),
		answers({ 'minimum-necessary': 'whole-chart', 'step-away': 'screen-off', authorization: ['description', 'recipient', 'purpose', 'signature', 'ssn'], 'no-authorization': 'specialist' })
	);
	expect(result.passed).toBe(false);
	expect(shortfalls(result)).toEqual([
		'minimum-necessary: expected "Only what the claim needs: the visit\'s codes, dates, provider and insurance details", found "The whole chart, so nothing is missed"',
		'step-away: expected "Lock the workstation before you stand up", found "Turn the monitor off"',
		'authorization: expected "description", "recipient", "purpose", "expiration", "signature", found "description", "recipient", "purpose", "signature", "ssn"'
	]);
});

test("answer-from-the-chart: a wrong birth date, MRN and age, the wrong allergy and a guessed medication score low", () => {
	const lesson = lessonById('answer-from-the-chart');
	// What the generated chart says (the keys read the cast, so each learner's variant grades right).
	const regular = buildLessonCast(lesson.scenario).context.cast.regular!;
	const result = grade(lesson, answers({ dob: '1900-01-01', mrn: '00000000', age: 17, allergy: 'sulfa', 'diabetes-medication': 'insulin-glargine' }));
	expect(result.passed).toBe(false);
	expect(shortfalls(result)).toEqual([
		`dob: expected ${regular.birthDate}, found 1900-01-01`,
		`mrn: expected "${regular.mrn}", found "00000000"`,
		`age: expected ${regular.age}, found 17`,
		'allergy: expected one of "penicillin", "penicillins", found "sulfa"',
		'diabetes-medication: expected "Metformin", found "Insulin glargine"'
	]);
});
