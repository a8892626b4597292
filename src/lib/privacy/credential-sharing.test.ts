import { describe, expect, test } from 'vitest';
import { auditTrail, nurseWithChartOpen } from './__fixtures__/audit-trail';
import { checkCredentialSharing } from './credential-sharing';

const flagged = (findings: ReturnType<typeof checkCredentialSharing>) => findings.map((f) => [f.code, f.where, f.message]);

describe('credential sharing', () => {
	test('working as yourself: no flag', () => {
		const trail = nurseWithChartOpen();
		trail.add(20, 'logout');
		expect(checkCredentialSharing({ audit: trail.records, learner: 'rn-okafor' })).toEqual([]);
	});

	test("signing in as someone the lesson did not assign: flagged at the login, once", () => {
		const trail = auditTrail({ user: 'md-whitfield', role: 'physician', workstation: 'station-1' });
		trail.add(0, 'login');
		trail.add(10, 'view', { patient: 'p1', section: 'notes' });
		expect(flagged(checkCredentialSharing({ audit: trail.records, learner: 'rn-okafor' }))).toEqual([
			['privacy.credential-sharing', 'audit#1', "You worked under a staff member's sign-in that is not yours."]
		]);
	});

	test('a failed sign-in under another id is not use of it', () => {
		const trail = nurseWithChartOpen();
		trail.as({ user: 'md-whitfield', role: 'physician' });
		trail.add(20, 'login', { outcome: 'failure' });
		expect(checkCredentialSharing({ audit: trail.records, learner: 'rn-okafor' })).toEqual([]);
	});

	test('a second identity at the workstation without a sign-out between', () => {
		const trail = nurseWithChartOpen();
		trail.as({ user: 'rn-brennan' });
		trail.add(20, 'view', { patient: 'p2', section: 'vitals' });
		expect(flagged(checkCredentialSharing({ audit: trail.records }))).toEqual([
			[
				'privacy.credential-sharing',
				'audit#3',
				'A second staff member worked at this workstation while someone else was still signed in.'
			]
		]);
	});

	test('with an assigned learner, the colleague using their session is named as not-assigned, once', () => {
		const trail = nurseWithChartOpen();
		trail.as({ user: 'rn-brennan' });
		trail.add(20, 'login');
		trail.add(30, 'view', { patient: 'p2', section: 'vitals' });
		expect(checkCredentialSharing({ audit: trail.records, learner: 'rn-okafor' }).map((f) => [f.where, f.message.slice(0, 24)])).toEqual([
			['audit#3', "You worked under a staff"]
		]);
	});

	test('switching back and forth is flagged each time', () => {
		const trail = nurseWithChartOpen();
		trail.as({ user: 'rn-brennan' });
		trail.add(20, 'view', { patient: 'p2', section: 'vitals' });
		trail.as({ user: 'rn-okafor' });
		trail.add(30, 'view', { patient: 'p1', section: 'vitals' });
		expect(checkCredentialSharing({ audit: trail.records }).map((f) => f.where)).toEqual(['audit#3', 'audit#4']);
	});

	test('sign-out, then a colleague signs in: proper hand-over, no flag', () => {
		const trail = nurseWithChartOpen();
		trail.add(20, 'logout');
		trail.as({ user: 'rn-brennan' });
		trail.add(30, 'login');
		expect(checkCredentialSharing({ audit: trail.records })).toEqual([]);
	});

	test('two people at two workstations: no flag', () => {
		const trail = nurseWithChartOpen();
		trail.as({ user: 'rn-brennan', workstation: 'station-2' });
		trail.add(20, 'login');
		expect(checkCredentialSharing({ audit: trail.records })).toEqual([]);
	});
});
