import { describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { gradeAttempt, type AttemptEvidence } from './grade-attempt';
import { walkInLesson } from './__fixtures__/walk-in-lesson';
import { walkinContext } from './__fixtures__/cast-context';

const walkin = walkinContext.cast.walkin!.patient;
const allergy: Resource = {
	resourceType: 'AllergyIntolerance',
	id: 'a1',
	patient: { reference: 'Patient/walkin-1042' },
	code: { coding: [{ code: '7980' }] }
};

const perfect: AttemptEvidence = {
	dob: { kind: 'answer', answer: 'March 5, 1980' },
	allergy: { kind: 'record', before: [walkin], after: [walkin, allergy] },
	lock: {
		kind: 'conduct',
		flags: [],
		events: [{ at: '2024-06-03T09:00:00Z', user: 'ana', role: 'front-desk', workstation: 'ws-1', action: 'lock', outcome: 'success' }]
	}
};

describe('gradeAttempt', () => {
	test('a perfect attempt', () => {
		const result = gradeAttempt(walkInLesson, perfect, walkinContext);
		expect([result.score, result.possible, result.percent, result.passed]).toEqual([8, 8, 100, true]);
		expect(result.findings.map((f) => [f.severity, f.code, f.where])).toEqual([
			['info', 'grade.answer.correct', 'exercises.dob'],
			['info', 'grade.record.check-passed', "AllergyIntolerance.where(patient.reference = 'Patient/{{walkin.id}}').code.coding.code"],
			['info', 'grade.record.nothing-else-changed', 'exercises.allergy.unchanged'],
			['info', 'grade.conduct.check-passed', 'exercises.lock.checks[0]'],
			['info', 'grade.conduct.check-passed', 'exercises.lock.checks[1]']
		]);
	});

	test('below the pass mark', () => {
		const result = gradeAttempt(walkInLesson, { ...perfect, dob: { kind: 'answer', answer: '05/03/1980' } }, walkinContext);
		expect([result.score, result.percent, result.passed]).toEqual([6, 75, false]);
		expect(result.findings[0]?.message).toBe('dob: not yet right; expected 1980-03-05, found 1980-05-03');
	});

	test('is deterministic', () => {
		expect(gradeAttempt(walkInLesson, perfect, walkinContext)).toEqual(gradeAttempt(walkInLesson, perfect, walkinContext));
	});

	test('nothing attempted', () => {
		const result = gradeAttempt(walkInLesson, {}, walkinContext);
		expect([result.score, result.possible, result.percent, result.passed]).toEqual([0, 8, 0, false]);
	});
});
