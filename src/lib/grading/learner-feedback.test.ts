import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { compareDiagnosisCodes } from '../codes/compare-codes';
import { LessonSchema } from '../lessons/lesson-schema';
import { gradeAttempt } from './grade-attempt';
import { feedbackBeforeSubmit, learnerFeedback } from './learner-feedback';
import { walkInLesson } from './__fixtures__/walk-in-lesson';
import { walkinContext } from './__fixtures__/cast-context';

describe('feedbackBeforeSubmit', () => {
	test('says what the learner entered and hints, not what the key expects', () => {
		const result = gradeAttempt(walkInLesson, { dob: { kind: 'answer', answer: '05/03/1980' } }, walkinContext);
		const [dob] = feedbackBeforeSubmit(result);
		expect(dob).toEqual({
			severity: 'error',
			code: 'grade.answer.incorrect',
			where: 'exercises.dob',
			message: 'dob: not yet right; found 1980-05-03',
			hint: 'Ask Maria Lopez for it.',
			evidence: ['05/03/1980'],
			points: { earned: 0, possible: 2 }
		});
	});

	test('never contains the expected birth date, whatever the learner types', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 20 }).filter((typed) => !typed.includes('1980')), (typed) => {
				const result = gradeAttempt(walkInLesson, { dob: { kind: 'answer', answer: typed } }, walkinContext);
				expect(JSON.stringify(feedbackBeforeSubmit(result))).not.toContain('1980-03-05');
			})
		);
	});

	test('never contains expected values of record and conduct checks either', () => {
		const result = gradeAttempt(walkInLesson, {}, walkinContext);
		const shown = JSON.stringify(learnerFeedback(result, false));
		expect(shown).not.toContain('7980');
		expect(shown).not.toContain('action=lock');
		expect(JSON.stringify(learnerFeedback(result, true))).toContain('7980');
	});
});

describe('code matcher details', () => {
	const coding = v.parse(LessonSchema, {
		...walkInLesson,
		exercises: { dx: { kind: 'answer', prompt: 'Code the visit', input: 'code', system: 'icd-10-cm', key: ['E11.9', 'I10'] } }
	});
	const result = gradeAttempt(coding, { dx: { kind: 'answer', answer: ['E11.65'] } }, walkinContext, {
		compareCodesBySystem: { 'icd-10-cm': compareDiagnosisCodes }
	});

	test('partial credit from the matcher', () => {
		expect([result.score, result.possible]).toEqual([0.25, 1]);
	});

	test('name the key after submission only', () => {
		expect(result.findings.map((one) => one.code)).toEqual(['grade.answer.partial', 'code.wrong-specificity', 'code.missing']);
		const before = JSON.stringify(feedbackBeforeSubmit(result));
		expect(before).not.toContain('E11.9');
		expect(before).not.toContain('I10');
	});
});
