import { describe, expect, test } from 'vitest';
import type { AnswerExercise } from '../lessons/lesson-schema';
import { gradeAnswer } from './grade-answer';
import { walkinContext } from './__fixtures__/cast-context';

function exercise(fields: Partial<AnswerExercise> & Pick<AnswerExercise, 'input' | 'key'>): AnswerExercise {
	return { kind: 'answer', prompt: 'Answer', points: 2, ...fields };
}

function grade(fields: Parameters<typeof exercise>[0], answer: Parameters<typeof gradeAnswer>[2]) {
	const [outcome] = gradeAnswer('q', exercise(fields), answer, walkinContext);
	return outcome;
}

describe('gradeAnswer: text', () => {
	test('a cast value, typed loosely, is correct', () => {
		expect(grade({ input: 'text', key: '{{walkin.name.family}}' }, '  LOPEZ ')).toMatchObject({
			code: 'grade.answer.correct',
			where: 'exercises.q',
			source: ['exercises', 'q', 'key'],
			earned: 2,
			possible: 2,
			expected: '"Lopez"',
			found: '"  LOPEZ "'
		});
	});

	test('a list key accepts any of its values', () => {
		expect(grade({ input: 'text', key: ['Lopez', 'López'] }, 'lopes')).toMatchObject({
			code: 'grade.answer.incorrect',
			earned: 0,
			expected: 'one of "Lopez", "López"'
		});
	});

	test('name matching forgives punctuation', () => {
		expect(grade({ input: 'text', key: "O'Brien", match: 'name' }, 'OBrien')?.code).toBe('grade.answer.correct');
	});

	test('no answer', () => {
		expect(grade({ input: 'text', key: 'x', hint: 'Look at the banner.' }, '  ')).toMatchObject({
			code: 'grade.answer.missing',
			found: 'no answer',
			hint: 'Look at the banner.'
		});
	});
});

describe('gradeAnswer: number', () => {
	test('converts the learner unit to the key unit', () => {
		expect(grade({ input: 'number', key: 72.6, unit: 'kg' }, '160 lb')).toMatchObject({
			code: 'grade.answer.correct',
			expected: '72.6 kg',
			found: '160 lb'
		});
	});

	test('relative tolerance', () => {
		expect(grade({ input: 'number', key: 100, unit: 'mg/dL', tolerance: '5%' }, '104')?.code).toBe('grade.answer.correct');
		expect(grade({ input: 'number', key: 100, unit: 'mg/dL', tolerance: '5%' }, '106')).toMatchObject({
			code: 'grade.answer.incorrect',
			expected: '100 mg/dL (± 5%)',
			found: '106'
		});
	});

	test('glucose in mmol/L against a mg/dL key', () => {
		expect(grade({ input: 'number', key: 99, unit: 'mg/dL', analyte: 'glucose', tolerance: 1 }, '5.5 mmol/L')?.code).toBe(
			'grade.answer.correct'
		);
	});

	test('a number from the cast', () => {
		expect(grade({ input: 'number', key: '{{walkin.age}}' }, 44)?.code).toBe('grade.answer.correct');
	});

	test('unreadable input says what was typed', () => {
		expect(grade({ input: 'number', key: 72, unit: 'kg' }, 'seventy')).toMatchObject({
			code: 'grade.answer.unreadable',
			found: '"seventy", not a number with a known unit'
		});
	});
});

describe('gradeAnswer: date', () => {
	test('US form against an ISO key from the cast', () => {
		expect(grade({ input: 'date', key: '{{walkin.birthDate}}' }, '03/05/1980')).toMatchObject({
			code: 'grade.answer.correct',
			expected: '1980-03-05',
			found: '1980-03-05'
		});
	});

	test('day and month swapped is wrong', () => {
		expect(grade({ input: 'date', key: '1980-03-05' }, '05/03/1980')?.code).toBe('grade.answer.incorrect');
	});

	test('an unreadable date', () => {
		expect(grade({ input: 'date', key: '1980-03-05' }, '3/5/80')?.code).toBe('grade.answer.unreadable');
	});
});

describe('gradeAnswer: choice', () => {
	test('shows choice labels', () => {
		expect(
			grade(
				{ input: 'choice', key: 'b', choices: [{ value: 'a', label: 'Aspirin' }, { value: 'b', label: 'Penicillin' }] },
				'a'
			)
		).toMatchObject({ code: 'grade.answer.incorrect', expected: '"Penicillin"', found: '"Aspirin"' });
	});
});

describe('gradeAnswer: code', () => {
	test('partial credit for one of two codes', () => {
		expect(grade({ input: 'code', key: ['E11.9', 'I10'] }, 'e119')).toMatchObject({
			code: 'grade.answer.partial',
			earned: 1,
			possible: 2,
			expected: 'E11.9, I10',
			found: 'e119'
		});
	});

	test('uses the injected code matcher', () => {
		const [outcome] = gradeAnswer('q', exercise({ input: 'code', key: 'E11.9' }), ['E11.65'], walkinContext, {
			compareCodes: () => ({ earned: 1, possible: 2, findings: [] })
		});
		expect([outcome?.code, outcome?.earned]).toEqual(['grade.answer.partial', 1]);
	});
});

describe('gradeAnswer: list', () => {
	test('any order; an extra item costs one', () => {
		expect(grade({ input: 'list', key: ['flu', 'tdap', 'covid'] }, ['Covid', 'FLU', 'mmr'])).toMatchObject({
			code: 'grade.answer.partial',
			earned: 0.67
		});
		expect(grade({ input: 'list', key: ['flu', 'tdap'] }, 'tdap, flu')?.code).toBe('grade.answer.correct');
	});

	test('as listed: position matters', () => {
		expect(grade({ input: 'list', key: ['a', 'b'], order: 'as-listed' }, ['b', 'a'])).toMatchObject({
			code: 'grade.answer.incorrect',
			expected: '"a", "b" (in this order)'
		});
	});
});

describe('gradeAnswer: key problems', () => {
	test('an unknown cast path is a key error, not a wrong answer', () => {
		expect(grade({ input: 'text', key: '{{walkin.birthdate}}' }, 'x')).toMatchObject({
			code: 'grade.key-error',
			earned: 0,
			expected: '{{walkin.birthdate}}: the cast has no value "walkin.birthdate"'
		});
	});
});
