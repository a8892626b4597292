import { expect, test } from 'vitest';
import { gradeExercise } from './grade-exercise';
import { walkInLesson } from './__fixtures__/walk-in-lesson';
import { walkinContext } from './__fixtures__/cast-context';

const exercises = walkInLesson.exercises;

test('sums the points of every check', () => {
	const result = gradeExercise('lock', exercises.lock!, { kind: 'conduct', flags: [], events: [] }, walkinContext);
	expect([result.kind, result.earned, result.possible, result.checks.map((check) => check.code)]).toEqual([
		'conduct',
		1,
		2,
		['grade.conduct.check-failed', 'grade.conduct.check-passed']
	]);
});

test('an exercise with no evidence earns nothing but keeps what was asked', () => {
	const result = gradeExercise('allergy', exercises.allergy!, undefined, walkinContext);
	expect(result.checks.map((check) => [check.code, check.earned, check.found])).toEqual([
		['grade.not-attempted', 0, 'not attempted'],
		['grade.not-attempted', 0, 'not attempted']
	]);
	expect(result.possible).toBe(4);
});

test('evidence of the wrong kind counts as not attempted', () => {
	const result = gradeExercise('dob', exercises.dob!, { kind: 'conduct', flags: [], events: [] }, walkinContext);
	expect(result.checks[0]?.code).toBe('grade.not-attempted');
});

test('hints name the cast member', () => {
	const result = gradeExercise('dob', exercises.dob!, { kind: 'answer', answer: '1/1/1999' }, walkinContext);
	expect(result.checks[0]?.hint).toBe('Ask Maria Lopez for it.');
});
