import { describe, expect, test } from 'vitest';
import { at, auditTrail, nurseWithChartOpen } from './__fixtures__/audit-trail';
import type { SessionEvent } from './session-events';
import { checkUnlockedWorkstation } from './unlocked-workstation';

const codesAndWhere = (findings: ReturnType<typeof checkUnlockedWorkstation>) => findings.map((f) => [f.code, f.where, f.at]);

describe('idle with a chart open', () => {
	test('idle past the limit, unlocked: flagged at the moment the limit passed', () => {
		const trail = nurseWithChartOpen();
		trail.add(311, 'view-end', { patient: 'p1', section: 'vitals', ref: 2 });
		const findings = checkUnlockedWorkstation({ audit: trail.records });
		expect(codesAndWhere(findings)).toEqual([['privacy.unlocked-workstation', 'session', at(310)]]);
		expect(findings[0]?.message).toBe('A chart stayed open and unlocked for more than 5 minutes with no one at the keyboard.');
		expect(findings[0]?.severity).toBe('error');
		expect(findings[0]?.evidence).toEqual([trail.records[1]]);
	});

	test('locked by the time-out exactly at the limit: no flag', () => {
		const trail = nurseWithChartOpen();
		trail.add(310, 'lock', { reason: 'idle' });
		trail.add(900, 'unlock');
		expect(checkUnlockedWorkstation({ audit: trail.records })).toEqual([]);
	});

	test('locked by hand before walking away: no flag', () => {
		const trail = nurseWithChartOpen();
		trail.add(20, 'lock', { reason: 'manual' });
		const events: SessionEvent[] = [{ at: at(21), kind: 'left-workstation', detail: 'stood-up' }];
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: events, until: at(2000) })).toEqual([]);
	});

	test('input recorded while reading keeps the chart attended', () => {
		const trail = nurseWithChartOpen();
		const events: SessionEvent[] = [
			{ at: at(200), kind: 'activity' },
			{ at: at(450), kind: 'activity' }
		];
		trail.add(700, 'view-end', { ref: 2 });
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: events })).toEqual([]);
	});

	test('left open until the attempt ended', () => {
		const trail = nurseWithChartOpen();
		expect(codesAndWhere(checkUnlockedWorkstation({ audit: trail.records, until: at(400) }))).toEqual([
			['privacy.unlocked-workstation', 'session', at(310)]
		]);
		expect(checkUnlockedWorkstation({ audit: trail.records, until: at(310) })).toEqual([]);
	});

	test('the lesson policy limit is used and named', () => {
		const trail = nurseWithChartOpen();
		const findings = checkUnlockedWorkstation({ audit: trail.records, idleLimitSeconds: 90, until: at(101) });
		expect(codesAndWhere(findings)).toEqual([['privacy.unlocked-workstation', 'session', at(100)]]);
		expect(findings[0]?.message).toContain('more than 1.5 minutes');
	});

	test('no chart open: idle is not exposure', () => {
		const trail = nurseWithChartOpen();
		trail.add(20, 'view-end', { ref: 2 });
		trail.add(2000, 'search', { query: 'lopez' });
		expect(checkUnlockedWorkstation({ audit: trail.records })).toEqual([]);
	});

	test('one flag per idle stretch; a new stretch after activity is flagged again', () => {
		const trail = nurseWithChartOpen();
		trail.add(400, 'view', { patient: 'p1', section: 'labs' });
		trail.add(401, 'search', { query: 'x' });
		trail.add(1000, 'view-end', { ref: 3 });
		expect(codesAndWhere(checkUnlockedWorkstation({ audit: trail.records }))).toEqual([
			['privacy.unlocked-workstation', 'session', at(310)],
			['privacy.unlocked-workstation', 'session', at(701)]
		]);
	});
});

describe('leaving the workstation', () => {
	test.each([
		['left-workstation', 'window-closed'],
		['tab-hidden', undefined],
		['area-changed', 'lessons']
	] as const)('%s with a chart open and unlocked: flagged at the departure', (kind, detail) => {
		const trail = nurseWithChartOpen();
		const event: SessionEvent = detail === undefined ? { at: at(30), kind } : { at: at(30), kind, detail };
		const findings = checkUnlockedWorkstation({ audit: trail.records, sessionEvents: [event] });
		expect(codesAndWhere(findings)).toEqual([['privacy.unlocked-workstation', 'session', at(30)]]);
		expect(findings[0]?.message).toBe('You left the workstation with a chart open and the screen unlocked.');
		expect(findings[0]?.evidence).toEqual([event, trail.records[1]]);
	});

	test('the absence is one flag, however long, and however many ways it was recorded', () => {
		const trail = nurseWithChartOpen();
		const events: SessionEvent[] = [
			{ at: at(30), kind: 'tab-hidden' },
			{ at: at(31), kind: 'area-changed', detail: 'lessons' },
			{ at: at(40), kind: 'left-workstation' }
		];
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: events, until: at(5000) })).toHaveLength(1);
	});

	test('back, then away again with the chart still open: a second flag', () => {
		const trail = nurseWithChartOpen();
		const events: SessionEvent[] = [
			{ at: at(30), kind: 'tab-hidden' },
			{ at: at(60), kind: 'tab-visible' },
			{ at: at(90), kind: 'area-changed', detail: 'lessons' }
		];
		expect(codesAndWhere(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: events }))).toEqual([
			['privacy.unlocked-workstation', 'session', at(30)],
			['privacy.unlocked-workstation', 'session', at(90)]
		]);
	});

	test('signed out, or the chart closed, before leaving: no flag', () => {
		const signedOut = nurseWithChartOpen();
		signedOut.add(20, 'logout');
		const closed = nurseWithChartOpen();
		closed.add(20, 'view-end', { patient: 'p1', section: 'vitals' });
		const leave: SessionEvent[] = [{ at: at(30), kind: 'left-workstation' }];
		expect(checkUnlockedWorkstation({ audit: signedOut.records, sessionEvents: leave })).toEqual([]);
		expect(checkUnlockedWorkstation({ audit: closed.records, sessionEvents: leave })).toEqual([]);
	});

	test('lock and departure in the same instant: locked first, no flag', () => {
		const trail = nurseWithChartOpen();
		trail.add(30, 'lock', { reason: 'manual' });
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: [{ at: at(30), kind: 'tab-hidden' }] })).toEqual([]);
	});

	test('unlocked again, then left: flagged', () => {
		const trail = nurseWithChartOpen();
		trail.add(20, 'lock', { reason: 'manual' });
		trail.add(25, 'unlock');
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: [{ at: at(30), kind: 'tab-hidden' }] })).toHaveLength(1);
	});

	test('opening another patient closes the previous chart', () => {
		const trail = nurseWithChartOpen();
		trail.add(20, 'view', { patient: 'p2', section: 'vitals' });
		trail.add(25, 'view-end', { patient: 'p2', section: 'vitals', ref: 3 });
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: [{ at: at(30), kind: 'tab-hidden' }] })).toEqual([]);
	});

	test('a log that begins mid-session still counts the chart as open', () => {
		const trail = auditTrail({ user: 'rn-okafor', role: 'nurse', workstation: 'station-1' });
		trail.add(10, 'view', { patient: 'p1', section: 'vitals' });
		expect(checkUnlockedWorkstation({ audit: trail.records, sessionEvents: [{ at: at(30), kind: 'tab-hidden' }] })).toHaveLength(1);
	});
});
