import { describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from '../db/audit-record';
import { finding } from '../findings/finding';
import { gradeAttempt } from '../grading/grade-attempt';
import { walkinContext } from '../grading/__fixtures__/cast-context';
import { lessonWith } from './__fixtures__/lesson-input';
import { touchedRecords, workspaceEvidence, workspaceRecord, type WorkspaceState } from './workspace-evidence';

const walkin = walkinContext.cast.walkin!.patient;
const oldAllergy: Resource = { resourceType: 'AllergyIntolerance', id: 'a0', patient: { reference: 'Patient/walkin-1042' }, code: { text: 'latex' } };
const penicillin: Resource = {
	resourceType: 'AllergyIntolerance',
	id: 'a1',
	patient: { reference: 'Patient/walkin-1042' },
	code: { coding: [{ code: '7980' }] }
};

function event(action: AuditRecord['action'], fields: Partial<AuditRecord> = {}): AuditRecord {
	return { at: '2024-06-03T09:00:00Z', user: 'staff-nurse', role: 'nurse', workstation: 'room-2', action, outcome: 'success', ...fields };
}

function state(fields: Partial<WorkspaceState>): WorkspaceState {
	return { events: [], flags: [], chart: [walkin, oldAllergy], originals: new Map(), current: new Map(), ...fields };
}

describe('touchedRecords', () => {
	test('are the resources of successful writes, once each; views and refused writes are not', () => {
		const events = [
			event('view', { resource: 'Patient/walkin-1042', patient: 'walkin-1042' }),
			event('create', { resource: 'AllergyIntolerance/a1', patient: 'walkin-1042' }),
			event('update', { resource: 'AllergyIntolerance/a1', patient: 'walkin-1042' }),
			event('update', { resource: 'Patient/p-000003', outcome: 'refused' }),
			event('delete', { resource: 'AllergyIntolerance/a0' })
		];
		expect(touchedRecords(events)).toEqual([{ reference: 'AllergyIntolerance/a1', patient: 'walkin-1042' }, { reference: 'AllergyIntolerance/a0' }]);
	});
});

describe('workspaceRecord', () => {
	test('after is before with the touched records as they are now: changed, created, deleted', () => {
		const renamed = { ...walkin, name: [{ family: 'López' }] };
		const { before, after } = workspaceRecord(
			state({
				originals: new Map<string, Resource>([['Patient/walkin-1042', walkin], ['AllergyIntolerance/a0', oldAllergy]]),
				current: new Map<string, Resource | undefined>([
					['Patient/walkin-1042', renamed],
					['AllergyIntolerance/a0', undefined],
					['AllergyIntolerance/a1', penicillin]
				])
			})
		);
		expect(before).toEqual([walkin, oldAllergy]);
		expect(after).toEqual([renamed, penicillin]);
	});

	test('a record of another patient keeps its original in before, so its change is seen', () => {
		const stranger: Resource = { resourceType: 'Patient', id: 'p-000009', gender: 'male' };
		const { before, after } = workspaceRecord(
			state({ originals: new Map([['Patient/p-000009', stranger]]), current: new Map([['Patient/p-000009', { ...stranger, gender: 'female' }]]) })
		);
		expect(before.at(-1)).toBe(stranger);
		expect(after.at(-1)).toEqual({ ...stranger, gender: 'female' });
	});
});

describe('workspaceEvidence', () => {
	const lesson = lessonWith({
		dob: { kind: 'answer', prompt: 'Date of birth?', input: 'date', key: '{{walkin.birthDate}}' },
		allergy: {
			kind: 'record',
			checks: [{ fhirpath: "AllergyIntolerance.where(patient.reference = 'Patient/{{walkin.id}}').code.coding.code", equals: '7980', points: 2 }]
		},
		step: { kind: 'conduct', checks: [{ event: { action: 'lock' }, before: { action: 'logout' } }, { noFlag: 'privacy.*' }] }
	});

	test('a learner who did the work earns the record and conduct points', () => {
		const events = [event('login'), event('create', { resource: 'AllergyIntolerance/a1' }), event('lock'), event('logout')];
		const evidence = workspaceEvidence(lesson, walkinContext, state({ events, current: new Map([['AllergyIntolerance/a1', penicillin]]) }));
		expect(Object.keys(evidence)).toEqual(['allergy', 'step']);
		const result = gradeAttempt(lesson, evidence, walkinContext);
		expect(result.exercises.map((one) => [one.exerciseId, one.earned, one.possible])).toEqual([
			['dob', 0, 1],
			['allergy', 3, 3],
			['step', 2, 2]
		]);
	});

	test('flags and a careless order of events cost their points', () => {
		const flag = finding('error', 'privacy.snooping', 'audit[3]', 'Opened a chart with no reason');
		const evidence = workspaceEvidence(lesson, walkinContext, state({ events: [event('login'), event('logout'), event('lock')], flags: [flag] }));
		const result = gradeAttempt(lesson, evidence, walkinContext);
		expect(result.exercises.find((one) => one.exerciseId === 'step')?.checks.map((check) => check.code)).toEqual([
			'grade.conduct.check-failed',
			'grade.conduct.check-failed'
		]);
		// The workspace was opened but nothing was recorded: graded, not "not attempted".
		expect(result.exercises.find((one) => one.exerciseId === 'allergy')?.checks[0]?.found).toBe('nothing: no record was created or changed');
	});
});
