import { describe, expect, test } from 'vitest';
import {
	DEFAULT_IDLE_TIMEOUT_SECONDS,
	advanceSession,
	createSession,
	idleDeadline,
	millisecondsUntilLock,
	shouldAutoLock,
	tick,
	type SessionCommand,
	type SessionState
} from './session-machine';
import type { StaffMember } from './staff';

const okafor: StaffMember = { id: 'rn-okafor', name: 'Grace Okafor', role: 'nurse', password: 'Lantern-Quartz-42' };
const roster = [okafor];

/** 09:00:00 plus the given seconds, as an ISO instant. */
function at(seconds: number): string {
	return new Date(Date.parse('2025-03-04T09:00:00.000Z') + seconds * 1000).toISOString();
}

function run(state: SessionState, commands: readonly SessionCommand[]) {
	const audit = [];
	const refusals = [];
	for (const command of commands) {
		const step = advanceSession(state, command);
		state = step.state;
		audit.push(...step.audit);
		if (step.refused) refusals.push(step.refused);
	}
	return { state, audit, refusals };
}

const fresh = () => createSession({ workstation: 'station-1', roster, attempt: 'attempt-1' });
const signIn = (seconds = 0): Extract<SessionCommand, { type: 'sign-in' }> => ({ type: 'sign-in', at: at(seconds), user: 'rn-okafor', password: 'Lantern-Quartz-42' });
const signedIn = () => advanceSession(fresh(), signIn()).state;

describe('createSession', () => {
	test('starts signed out with the default five-minute time-out', () => {
		const state = fresh();
		expect(state.status).toBe('signed-out');
		expect(state.idleTimeoutMs).toBe(DEFAULT_IDLE_TIMEOUT_SECONDS * 1000);
		expect(DEFAULT_IDLE_TIMEOUT_SECONDS).toBe(300);
	});

	test('a lesson sets its own time-out; nonsense is refused', () => {
		expect(createSession({ workstation: 'w', roster, idleTimeoutSeconds: 60 }).idleTimeoutMs).toBe(60_000);
		expect(() => createSession({ workstation: 'w', roster, idleTimeoutSeconds: 0 })).toThrow(
			'idleTimeoutSeconds must be a positive number of seconds, got 0'
		);
		expect(() => createSession({ workstation: 'w', roster, idleTimeoutSeconds: Number.NaN })).toThrow(RangeError);
	});
});

describe('sign-in', () => {
	test('success: signed in, one login record with user, role, workstation and attempt', () => {
		const step = advanceSession(fresh(), signIn());
		expect(step.state.status).toBe('signed-in');
		expect(step.refused).toBeUndefined();
		expect(step.audit).toEqual([
			{ at: at(0), user: 'rn-okafor', role: 'nurse', workstation: 'station-1', action: 'login', outcome: 'success', attempt: 'attempt-1' }
		]);
	});

	test('wrong password: still signed out, a login failure recorded', () => {
		const step = advanceSession(fresh(), { ...signIn(), password: 'lantern-quartz-42' });
		expect(step.state.status).toBe('signed-out');
		expect(step.refused).toBe('credentials');
		expect(step.audit.map((r) => [r.action, r.outcome, r.user])).toEqual([['login', 'failure', 'rn-okafor']]);
	});

	test('unknown user: the same refusal as a wrong password, and no record without a role', () => {
		const step = advanceSession(fresh(), { ...signIn(), user: 'nobody' });
		expect([step.state.status, step.refused, step.audit]).toEqual(['signed-out', 'credentials', []]);
	});

	test('a second sign-in on a signed-in or locked workstation is refused: sign out first', () => {
		expect(advanceSession(signedIn(), signIn(10)).refused).toBe('already-signed-in');
		const locked = advanceSession(signedIn(), { type: 'lock', at: at(5) }).state;
		const step = advanceSession(locked, signIn(10));
		expect([step.refused, step.state.status, step.audit]).toEqual(['already-signed-in', 'locked', []]);
	});
});

describe('lock and unlock', () => {
	test('manual lock records reason "manual"', () => {
		const step = advanceSession(signedIn(), { type: 'lock', at: at(30) });
		expect(step.state).toMatchObject({ status: 'locked', lockReason: 'manual', lockedAt: at(30) });
		expect(step.audit.map((r) => [r.action, r.reason, r.at])).toEqual([['lock', 'manual', at(30)]]);
	});

	test('unlock with the password: signed in again, the idle clock restarts', () => {
		const locked = advanceSession(signedIn(), { type: 'lock', at: at(30) }).state;
		const step = advanceSession(locked, { type: 'unlock', at: at(100), password: 'Lantern-Quartz-42' });
		expect(step.state.status).toBe('signed-in');
		expect(step.audit.map((r) => [r.action, r.outcome])).toEqual([['unlock', 'success']]);
		expect(idleDeadline(step.state)).toBe(at(400));
		expect(step.state).not.toHaveProperty('lockReason');
	});

	test('unlock with a wrong password: still locked, an unlock failure recorded', () => {
		const locked = advanceSession(signedIn(), { type: 'lock', at: at(30) }).state;
		const step = advanceSession(locked, { type: 'unlock', at: at(40), password: 'Copper-Meadow-55' });
		expect([step.state.status, step.refused]).toEqual(['locked', 'wrong-password']);
		expect(step.audit.map((r) => [r.action, r.outcome, r.user])).toEqual([['unlock', 'failure', 'rn-okafor']]);
	});

	test('refusals out of place: lock twice, unlock while unlocked, lock while signed out', () => {
		const { refusals, audit } = run(fresh(), [
			{ type: 'lock', at: at(0) },
			{ type: 'unlock', at: at(0), password: 'x' },
			signIn(1),
			{ type: 'unlock', at: at(2), password: 'Lantern-Quartz-42' },
			{ type: 'lock', at: at(3) },
			{ type: 'lock', at: at(4) }
		]);
		expect(refusals).toEqual(['not-signed-in', 'not-signed-in', 'not-locked', 'already-locked']);
		expect(audit.map((r) => r.action)).toEqual(['login', 'lock']);
	});

	test('activity on the lock screen does not unlock or reset anything', () => {
		const locked = advanceSession(signedIn(), { type: 'lock', at: at(30) }).state;
		expect(advanceSession(locked, { type: 'activity', at: at(31) }).state).toBe(locked);
	});
});

describe('idle time-out', () => {
	test('one millisecond short of the limit: no lock', () => {
		const state = signedIn();
		const justBefore = new Date(Date.parse(at(300)) - 1).toISOString();
		expect(shouldAutoLock(state, justBefore)).toBe(false);
		expect(tick(state, justBefore).audit).toEqual([]);
	});

	test('exactly at the limit: locks, reason "idle", at the deadline', () => {
		const state = signedIn();
		expect(shouldAutoLock(state, at(300))).toBe(true);
		const step = tick(state, at(300));
		expect(step.state).toMatchObject({ status: 'locked', lockReason: 'idle', lockedAt: at(300) });
		expect(step.audit).toEqual([
			{ at: at(300), user: 'rn-okafor', role: 'nurse', workstation: 'station-1', action: 'lock', outcome: 'success', reason: 'idle', attempt: 'attempt-1' }
		]);
	});

	test('a late tick still records the lock at the deadline, not when the clock was read', () => {
		const step = tick(signedIn(), at(900));
		expect(step.audit.map((r) => [r.action, r.at])).toEqual([['lock', at(300)]]);
	});

	test('activity resets the idle clock', () => {
		const { state } = run(signedIn(), [{ type: 'activity', at: at(200) }]);
		expect(shouldAutoLock(state, at(300))).toBe(false);
		expect(shouldAutoLock(state, at(499))).toBe(false);
		expect(shouldAutoLock(state, at(500))).toBe(true);
		expect(millisecondsUntilLock(state, at(450))).toBe(50_000);
	});

	test('an activity delivered late does not move the clock back', () => {
		const { state } = run(signedIn(), [
			{ type: 'activity', at: at(200) },
			{ type: 'activity', at: at(100) }
		]);
		expect(idleDeadline(state)).toBe(at(500));
	});

	test('activity after the deadline lands on the lock screen', () => {
		const step = advanceSession(signedIn(), { type: 'activity', at: at(301) });
		expect(step.state.status).toBe('locked');
		expect(step.audit.map((r) => [r.action, r.reason])).toEqual([['lock', 'idle']]);
	});

	test('a manual lock after the deadline: the idle lock came first', () => {
		const step = advanceSession(signedIn(), { type: 'lock', at: at(400) });
		expect([step.state.status, step.refused]).toEqual(['locked', 'already-locked']);
		expect(step.audit.map((r) => [r.action, r.reason, r.at])).toEqual([['lock', 'idle', at(300)]]);
	});

	test('sign-out long after the deadline: idle lock, then logout', () => {
		const step = advanceSession(signedIn(), { type: 'sign-out', at: at(1000) });
		expect(step.state.status).toBe('signed-out');
		expect(step.audit.map((r) => [r.action, r.at])).toEqual([
			['lock', at(300)],
			['logout', at(1000)]
		]);
	});

	test('a locked or signed-out session has no deadline and never auto-locks', () => {
		const locked = tick(signedIn(), at(300)).state;
		expect([idleDeadline(locked), millisecondsUntilLock(locked, at(301)), shouldAutoLock(locked, at(9999))]).toEqual([
			undefined,
			undefined,
			false
		]);
		expect(tick(fresh(), at(9999)).audit).toEqual([]);
	});

	test('the lesson time-out is honoured', () => {
		const short = advanceSession(createSession({ workstation: 'w', roster, idleTimeoutSeconds: 60 }), signIn()).state;
		expect(tick(short, at(59)).audit).toEqual([]);
		expect(tick(short, at(60)).audit.map((r) => r.reason)).toEqual(['idle']);
	});
});

describe('sign-out', () => {
	test('from the lock screen, without a password', () => {
		const { state, audit } = run(signedIn(), [
			{ type: 'lock', at: at(10) },
			{ type: 'sign-out', at: at(20) }
		]);
		expect(state.status).toBe('signed-out');
		expect(audit.map((r) => r.action)).toEqual(['lock', 'logout']);
		expect(state).not.toHaveProperty('user');
	});

	test('a whole day: login, work, idle lock, failed unlock, unlock, sign-out', () => {
		const { state, audit, refusals } = run(fresh(), [
			{ ...signIn(0), password: 'wrong' },
			signIn(5),
			{ type: 'activity', at: at(60) },
			{ type: 'tick', at: at(361) },
			{ type: 'unlock', at: at(400), password: 'nope' },
			{ type: 'unlock', at: at(410), password: 'Lantern-Quartz-42' },
			{ type: 'sign-out', at: at(500) },
			{ type: 'sign-out', at: at(501) }
		]);
		expect(state.status).toBe('signed-out');
		expect(refusals).toEqual(['credentials', 'wrong-password', 'not-signed-in']);
		expect(audit.map((r) => `${r.at.slice(11, 19)} ${r.action} ${r.outcome}${r.reason ? ` ${r.reason}` : ''}`)).toEqual([
			'09:00:00 login failure',
			'09:00:05 login success',
			'09:06:00 lock success idle',
			'09:06:40 unlock failure',
			'09:06:50 unlock success',
			'09:08:20 logout success'
		]);
	});
});
