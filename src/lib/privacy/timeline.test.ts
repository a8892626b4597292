import { describe, expect, test } from 'vitest';
import type { AuditRecord } from '$lib/db/audit-record';
import { at } from './__fixtures__/audit-trail';
import { auditWhere, buildTimeline, groupRecords, sortedAudit } from './timeline';

const record = (seq: number | undefined, seconds: number, action: AuditRecord['action'] = 'view'): AuditRecord => ({
	...(seq === undefined ? {} : { seq }),
	at: at(seconds),
	user: 'u',
	role: 'nurse',
	workstation: 'w',
	action,
	outcome: 'success'
});

describe('timeline', () => {
	test('audit by time, then by seq', () => {
		expect(sortedAudit([record(3, 5), record(2, 5), record(1, 9)]).map((r) => r.seq)).toEqual([2, 3, 1]);
	});

	test('session events interleave by time, after audit records of the same instant', () => {
		const entries = buildTimeline([record(1, 5, 'lock'), record(2, 10)], [{ at: at(5), kind: 'tab-hidden' }, { at: at(1), kind: 'activity' }]);
		expect(entries.map((e) => (e.source === 'audit' ? `audit ${e.record.action}` : `session ${e.event.kind}`))).toEqual([
			'session activity',
			'audit lock',
			'session tab-hidden',
			'audit view'
		]);
	});

	test('where: audit#seq, or the instant for a record not yet stored', () => {
		expect(auditWhere(record(12, 0))).toBe('audit#12');
		expect(auditWhere(record(undefined, 0))).toBe(`audit@${at(0)}`);
	});

	test('groups in order of first appearance; records without a key are left out', () => {
		const records = [record(1, 0), record(2, 1), record(3, 2)];
		const groups = groupRecords(records, (r) => (r.seq === 2 ? undefined : r.seq === 1 ? 'b' : 'a'));
		expect(groups.map((g) => g.map((r) => r.seq))).toEqual([[1], [3]]);
	});
});
