import { describe, expect, test } from 'vitest';
import type { AuditRecord } from '../db/audit-record';
import { finding } from '../findings/finding';
import type { ConductCheck, ConductExercise } from '../lessons/lesson-schema';
import { gradeConduct } from './grade-conduct';
import { walkinContext } from './__fixtures__/cast-context';

function exercise(...checks: Partial<ConductCheck>[]): ConductExercise {
	return { kind: 'conduct', checks: checks.map((check) => ({ points: 1, ...check })) };
}

function event(action: AuditRecord['action'], seq: number, extra: Partial<AuditRecord> = {}): AuditRecord {
	return { seq, at: `2024-06-03T09:0${seq}:00Z`, user: 'ana', role: 'front-desk', workstation: 'ws-1', action, outcome: 'success', ...extra };
}

const snooping = finding('error', 'privacy.snooping', 'Patient/other', 'Opened a chart with no care relationship');

describe('gradeConduct: flags', () => {
	test('noFlag fails with the flag as evidence', () => {
		const [outcome] = gradeConduct('privacy', exercise({ noFlag: 'privacy.snooping', hint: 'Open only charts you need.' }), { flags: [snooping], events: [] }, walkinContext);
		expect(outcome).toEqual({
			code: 'grade.conduct.check-failed',
			where: 'exercises.privacy.checks[0]',
			source: ['exercises', 'privacy', 'checks', 0],
			label: 'No privacy.snooping flag',
			earned: 0,
			possible: 1,
			expected: 'no privacy.snooping flag',
			found: 'privacy.snooping: Opened a chart with no care relationship',
			evidence: [snooping],
			hint: 'Open only charts you need.'
		});
	});

	test('privacy.* matches any privacy flag', () => {
		const [outcome] = gradeConduct('p', exercise({ noFlag: 'privacy.*' }), { flags: [snooping], events: [] }, walkinContext);
		expect(outcome?.code).toBe('grade.conduct.check-failed');
	});

	test('flag passes when raised', () => {
		const [outcome] = gradeConduct('p', exercise({ flag: 'privacy.snooping' }), { flags: [snooping], events: [] }, walkinContext);
		expect(outcome?.code).toBe('grade.conduct.check-passed');
	});
});

describe('gradeConduct: events', () => {
	test('an event with a cast template', () => {
		const events = [event('view', 1, { patient: 'walkin-1042', section: 'notes' })];
		const [outcome] = gradeConduct('p', exercise({ event: { action: 'view', patient: '{{walkin.id}}' } }), { flags: [], events }, walkinContext);
		expect([outcome?.code, outcome?.expected, outcome?.found]).toEqual([
			'grade.conduct.check-passed',
			'an event action=view, patient=walkin-1042',
			'view (patient walkin-1042 notes) at 2024-06-03T09:01:00Z'
		]);
	});

	test('before: the lock must come before the logout', () => {
		const check = { event: { action: 'lock' as const }, before: { action: 'logout' as const } };
		const late = [event('logout', 1), event('lock', 2)];
		const [outcome] = gradeConduct('p', exercise(check), { flags: [], events: late }, walkinContext);
		expect([outcome?.code, outcome?.label, outcome?.found]).toEqual([
			'grade.conduct.check-failed',
			'Audit event lock before action=logout',
			'lock at 2024-06-03T09:02:00Z, after logout at 2024-06-03T09:01:00Z'
		]);
		const [onTime] = gradeConduct('p', exercise(check), { flags: [], events: [event('lock', 1)] }, walkinContext);
		expect(onTime?.code).toBe('grade.conduct.check-passed');
	});

	test('events are ordered by sequence, not by array position', () => {
		const check = { event: { action: 'break-glass' as const, reason: '*' }, before: { action: 'view' as const } };
		const events = [event('view', 2), event('break-glass', 1, { reason: 'Emergency' })];
		expect(gradeConduct('p', exercise(check), { flags: [], events }, walkinContext)[0]?.code).toBe('grade.conduct.check-passed');
	});

	test('"*" requires the field to be filled in', () => {
		const [outcome] = gradeConduct('p', exercise({ event: { action: 'break-glass', reason: '*' } }), { flags: [], events: [event('break-glass', 1)] }, walkinContext);
		expect(outcome?.code).toBe('grade.conduct.check-failed');
	});

	test('"-" requires the field to be left empty', () => {
		const check = { event: { action: 'search' as const, section: '-' }, before: { action: 'create' as const } };
		const duplicateCheck = event('search', 1, { section: 'demographics' });
		const [onlyDuplicateCheck] = gradeConduct('p', exercise(check), { flags: [], events: [duplicateCheck, event('create', 2)] }, walkinContext);
		expect([onlyDuplicateCheck?.code, onlyDuplicateCheck?.expected]).toEqual(['grade.conduct.check-failed', 'an event action=search, section=- before action=create']);
		const [searchedFirst] = gradeConduct('p', exercise(check), { flags: [], events: [event('search', 1), duplicateCheck, event('create', 3)] }, walkinContext);
		expect(searchedFirst?.code).toBe('grade.conduct.check-passed');
	});

	test('noEvent', () => {
		const [outcome] = gradeConduct('p', exercise({ noEvent: { action: 'export' } }), { flags: [], events: [event('export', 1)] }, walkinContext);
		expect([outcome?.code, outcome?.label]).toEqual(['grade.conduct.check-failed', 'No export event']);
	});
});
