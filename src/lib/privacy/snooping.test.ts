import { describe, expect, test } from 'vitest';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import { auditTrail } from './__fixtures__/audit-trail';
import { RULE_TEXTS } from './rule-texts';
import type { PrivacyInput } from './privacy-input';
import { checkSnooping } from './snooping';

function frontDesk() {
	return auditTrail({ user: 'fd-alvarez', role: 'front-desk', workstation: 'front-1' });
}

const facts: PrivacyInput['patients'] = {
	'p-star': { family: 'Moreau', vip: true },
	'p-colleague': { family: 'Brennan', staffMemberId: 'rn-brennan' },
	'p-cousin': { family: 'Álvarez' },
	'p-self': { family: 'Alvarez', staffMemberId: 'fd-alvarez' },
	'p-plain': { family: 'Nguyen' },
	'p-nephew': { family: 'Okafor' },
	'p-brennan-kin': { family: 'Adeyemi', relativeOfStaff: 'rn-brennan' },
	'p-my-kin': { family: 'Ruiz', relativeOfStaff: 'fd-alvarez' },
	'p-famous-chen': { family: 'Chen', vip: true }
};

const check = (records: PrivacyInput['audit'], extra: Partial<PrivacyInput> = {}) =>
	checkSnooping({ audit: records, staff: PRACTICE_STAFF, patients: facts, careTeams: { 'p-mine': ['fd-alvarez'] }, ...extra });

describe('snooping', () => {
	test('a view with no care relationship and no reason is flagged at that view', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-plain', section: 'demographics' });
		const findings = check(trail.records);
		expect(findings.map((f) => [f.code, f.where, f.severity])).toEqual([['privacy.snooping', 'audit#1', 'warning']]);
		expect(findings[0]?.regulation).toContain('45 CFR 164.502(a)');
	});

	test('care-team member: no flag', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-mine', section: 'demographics' });
		expect(check(trail.records)).toEqual([]);
	});

	test('a reason on the view, or given earlier for the same chart: no flag', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-plain', section: 'demographics', reason: 'Patient called to reschedule' });
		trail.add(5, 'view', { patient: 'p-plain', section: 'insurance' });
		expect(check(trail.records)).toEqual([]);
	});

	test('a blank reason is no reason; a reason given only afterwards does not excuse the first look', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-plain', section: 'demographics', reason: '  ' });
		trail.add(5, 'view', { patient: 'p-plain', section: 'insurance', reason: 'now I say why' });
		expect(check(trail.records).map((f) => f.where)).toEqual(['audit#1']);
	});

	test('break-the-glass explains the views after it (the review rule flags it instead)', () => {
		const trail = auditTrail({ user: 'md-sato', role: 'physician', workstation: 'room-3' });
		trail.add(0, 'break-glass', { patient: 'p-plain', section: 'allergies' });
		trail.add(1, 'view', { patient: 'p-plain', section: 'allergies' });
		expect(check(trail.records)).toEqual([]);
	});

	test('one finding a chart, with every unexplained view as evidence', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-plain', section: 'demographics' });
		trail.add(5, 'view', { patient: 'p-plain', section: 'insurance' });
		trail.add(9, 'view', { patient: 'p-star', section: 'demographics' });
		const findings = check(trail.records);
		expect(findings.map((f) => f.where)).toEqual(['audit#1', 'audit#3']);
		expect(findings[0]?.evidence).toEqual([trail.records[0], trail.records[1]]);
	});

	test.each([
		['p-star', 'You opened the chart of a well-known patient you are not caring for, and gave no reason.'],
		['p-colleague', "You opened a co-worker's chart without a care relationship or a reason."],
		['p-cousin', 'You opened the chart of a patient who shares your family name, without a care relationship or a reason.'],
		['p-self', 'You opened your own chart through the EHR.']
	])('worse for %s: an error with its own message', (patient, message) => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient, section: 'demographics' });
		const [found] = check(trail.records);
		expect([found?.code, found?.where, found?.severity, found?.message]).toEqual(['privacy.snooping', 'audit#1', 'error', message]);
	});

	test.each([
		['p-my-kin', 'relative', 'recorded as my family, whatever the surname'],
		['p-brennan-kin', 'co-worker-relative', 'recorded as a co-worker\'s family'],
		['p-nephew', 'co-worker-relative', 'sharing a co-worker\'s family name (Okafor)'],
		['p-famous-chen', 'vip', 'a VIP who merely shares a co-worker\'s family name']
	] as const)('%s is %s: %s', (patient, variant, _why) => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient, section: 'demographics' });
		expect(check(trail.records).map((f) => [f.severity, f.message])).toEqual([['error', RULE_TEXTS.snooping.variants[variant].message]]);
	});

	test('a co-worker\'s relative with a reason stated, or on the care team: no flag', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-brennan-kin', section: 'demographics', reason: 'Checking her in for today\'s visit' });
		trail.add(5, 'view', { patient: 'p-nephew', section: 'demographics' });
		expect(check(trail.records, { careTeams: { 'p-nephew': ['fd-alvarez'] } })).toEqual([]);
	});

	test('the viewer\'s own surname is theirs, not a co-worker\'s: a colleague opening Ms Alvarez\'s cousin is told of a co-worker\'s relative', () => {
		const trail = auditTrail({ user: 'rn-okafor', role: 'nurse', workstation: 'station-1' });
		trail.add(0, 'view', { patient: 'p-cousin', section: 'summary' });
		expect(check(trail.records).map((f) => f.message)).toEqual([RULE_TEXTS.snooping.variants['co-worker-relative'].message]);
	});

	test('refused views, searches and views of no chart are not snooping', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-plain', section: 'notes', outcome: 'refused' });
		trail.add(1, 'search', { query: 'Moreau' });
		trail.add(2, 'view', { section: 'scheduling' });
		expect(check(trail.records)).toEqual([]);
	});

	test('without patient facts or a roster: plain snooping', () => {
		const trail = frontDesk();
		trail.add(0, 'view', { patient: 'p-cousin', section: 'demographics' });
		expect(checkSnooping({ audit: trail.records }).map((f) => f.severity)).toEqual(['warning']);
	});
});
