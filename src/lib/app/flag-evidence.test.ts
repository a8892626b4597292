import { expect, test } from 'vitest';
import type { AuditRecord } from '$lib/db/audit-record';
import { clockTime, describeEvidence, evidencePatients } from './flag-evidence';

const at = '2025-03-04T14:02:13.000Z';
const view: AuditRecord = { seq: 3, at, user: 'ma-chen', role: 'medical-assistant', workstation: 'room-2', action: 'view', outcome: 'success', patient: 'p1', section: 'vitals' };

test('an audit record reads as who, where, what and whose', () => {
	expect(describeEvidence(view, { p1: 'Smith, Jon (MRN 1001)' })).toBe(`${clockTime(at)} Kevin Chen at room-2 opened Vital signs of Smith, Jon (MRN 1001)`);
	expect(describeEvidence({ ...view, section: 'summary', reason: 'covering' })).toBe(`${clockTime(at)} Kevin Chen at room-2 opened Summary of patient p1, reason given: “covering”`);
	expect(describeEvidence({ ...view, action: 'search', patient: undefined, section: undefined, query: 'Jon Smith' })).toBe(`${clockTime(at)} Kevin Chen at room-2 searched for “Jon Smith”`);
	expect(describeEvidence({ ...view, action: 'view-end', durationMs: 42_400 })).toContain('closed Vital signs of patient p1 after 42 s');
	expect(describeEvidence({ ...view, outcome: 'refused', section: 'notes' })).toContain('opened Notes of patient p1 (refused)');
});

test('a workstation event reads as what happened there', () => {
	expect(describeEvidence({ at, kind: 'area-changed', detail: 'lessons' })).toBe(`${clockTime(at)} moved to another area of Chartroom (lessons)`);
	expect(describeEvidence({ at, kind: 'tab-hidden' })).toContain('the EHR went out of sight');
});

test('a password found in a note is pointed at, never repeated', () => {
	expect(describeEvidence({ resource: 'DocumentReference/n1', staff: 'ma-chen' })).toBe('In DocumentReference/n1: the password of Kevin Chen (not repeated here)');
	expect(describeEvidence({ resource: 'DocumentReference/n1', label: 'pw' })).toBe('In DocumentReference/n1: text labelled “pw” followed by a secret (not repeated here)');
});

test('the patients named in the evidence, once each', () => {
	expect(evidencePatients([view, { ...view, seq: 4 }, { at, kind: 'tab-hidden' }])).toEqual(['p1']);
});
