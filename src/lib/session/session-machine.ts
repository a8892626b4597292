/**
 * One workstation's session as a pure state machine: signed-out → signed-in ⇄ locked → signed-out.
 * Authentication (ONC 45 CFR 170.315(d)(1); HIPAA 164.312(d)), automatic access time-out
 * (170.315(d)(5); HIPAA 164.312(a)(2)(iii) automatic logoff) and the audit records each transition
 * writes (170.315(d)(2)). No timers inside: the caller passes every instant, so a lesson can replay
 * a day in a test and a throttled background tab cannot stretch the unlocked time.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import { instantAt, instantMs, type Instant } from './instant';
import { findStaff, verifyPassword, type StaffMember } from './staff';

/** The simulator's default; a lesson may set its own (e.g. 60 s to make the lock happen in class). */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 300;

export type LockReason = 'idle' | 'manual';

export interface SessionConfig {
	workstation: string;
	/** Who may sign in here. */
	roster: readonly StaffMember[];
	idleTimeoutSeconds?: number;
	/** The lesson attempt, copied onto every audit record so flags attach to it. */
	attempt?: string;
}

interface SessionBase {
	workstation: string;
	roster: readonly StaffMember[];
	idleTimeoutMs: number;
	attempt?: string;
}

interface SignedInFields {
	user: StaffMember;
	signedInAt: Instant;
	/** The last input seen; the idle time-out counts from here. */
	lastActivityAt: Instant;
}

export type SessionState =
	| (SessionBase & { status: 'signed-out' })
	| (SessionBase & SignedInFields & { status: 'signed-in' })
	| (SessionBase & SignedInFields & { status: 'locked'; lockedAt: Instant; lockReason: LockReason });

export type SessionCommand =
	| { type: 'sign-in'; at: Instant; user: string; password: string }
	/** Keyboard, pointer or screen change: proof someone is at the workstation. */
	| { type: 'activity'; at: Instant }
	/** The user locked the screen (Windows+L, the lock button). */
	| { type: 'lock'; at: Instant }
	| { type: 'unlock'; at: Instant; password: string }
	| { type: 'sign-out'; at: Instant }
	/** The clock was read; locks the session if it has been idle long enough. */
	| { type: 'tick'; at: Instant };

/**
 * Why a command did nothing. A failed sign-in says only `credentials`, never whether the user
 * exists or the password was wrong: that difference helps someone guessing.
 */
export type SessionRefusal = 'credentials' | 'wrong-password' | 'already-signed-in' | 'not-signed-in' | 'already-locked' | 'not-locked';

export interface SessionStep {
	state: SessionState;
	/** To append to the audit log, in order. */
	audit: AuditRecord[];
	refused?: SessionRefusal;
}

export function createSession(config: SessionConfig): SessionState {
	const seconds = config.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS;
	if (!Number.isFinite(seconds) || seconds <= 0) {
		throw new RangeError(`idleTimeoutSeconds must be a positive number of seconds, got ${seconds}`);
	}
	const state: SessionState = {
		status: 'signed-out',
		workstation: config.workstation,
		roster: config.roster,
		idleTimeoutMs: seconds * 1000
	};
	if (config.attempt !== undefined) state.attempt = config.attempt;
	return state;
}

function baseOf(state: SessionState): SessionBase {
	const base: SessionBase = { workstation: state.workstation, roster: state.roster, idleTimeoutMs: state.idleTimeoutMs };
	if (state.attempt !== undefined) base.attempt = state.attempt;
	return base;
}

function auditRecord(
	state: SessionState,
	user: StaffMember,
	at: Instant,
	action: 'login' | 'logout' | 'lock' | 'unlock',
	outcome: 'success' | 'failure',
	reason?: LockReason
): AuditRecord {
	const record: AuditRecord = { at, user: user.id, role: user.role, workstation: state.workstation, action, outcome };
	if (reason !== undefined) record.reason = reason;
	if (state.attempt !== undefined) record.attempt = state.attempt;
	return record;
}

/** When an unlocked session locks itself if nothing happens; undefined when not signed in and unlocked. */
export function idleDeadline(state: SessionState): Instant | undefined {
	return state.status === 'signed-in' ? instantAt(instantMs(state.lastActivityAt) + state.idleTimeoutMs) : undefined;
}

/** Idle for the whole time-out, the limit itself included, and not yet locked. */
export function shouldAutoLock(state: SessionState, now: Instant): boolean {
	return state.status === 'signed-in' && instantMs(now) - instantMs(state.lastActivityAt) >= state.idleTimeoutMs;
}

/** How long the caller may wait before the next tick matters; one timer instead of polling. */
export function millisecondsUntilLock(state: SessionState, now: Instant): number | undefined {
	const deadline = idleDeadline(state);
	return deadline === undefined ? undefined : Math.max(0, instantMs(deadline) - instantMs(now));
}

function lockState(state: SessionState & { status: 'signed-in' }, at: Instant, reason: LockReason): SessionState {
	return { ...state, status: 'locked', lockedAt: at, lockReason: reason };
}

/**
 * The idle lock takes effect at the deadline, not at the moment the clock was next read, so the
 * record shows the exposure the policy allowed and no more.
 */
function applyIdleLock(state: SessionState, now: Instant): SessionStep {
	if (state.status !== 'signed-in' || !shouldAutoLock(state, now)) return { state, audit: [] };
	const deadline = instantAt(instantMs(state.lastActivityAt) + state.idleTimeoutMs);
	return { state: lockState(state, deadline, 'idle'), audit: [auditRecord(state, state.user, deadline, 'lock', 'success', 'idle')] };
}

function later(a: Instant, b: Instant): Instant {
	return instantMs(b) > instantMs(a) ? b : a;
}

function applyCommand(state: SessionState, command: SessionCommand): SessionStep {
	const unchanged = (refused?: SessionRefusal): SessionStep => (refused ? { state, audit: [], refused } : { state, audit: [] });
	switch (command.type) {
		case 'sign-in': {
			if (state.status !== 'signed-out') return unchanged('already-signed-in');
			const member = findStaff(state.roster, command.user);
			if (member === undefined) return unchanged('credentials'); // no role to record: see AuditRecord.role
			if (!verifyPassword(member, command.password)) {
				return { state, audit: [auditRecord(state, member, command.at, 'login', 'failure')], refused: 'credentials' };
			}
			const signedIn: SessionState = {
				...baseOf(state),
				status: 'signed-in',
				user: member,
				signedInAt: command.at,
				lastActivityAt: command.at
			};
			return { state: signedIn, audit: [auditRecord(state, member, command.at, 'login', 'success')] };
		}
		case 'activity':
			// Input on the lock screen or the sign-in screen does not keep a chart open.
			if (state.status !== 'signed-in') return unchanged();
			// An event delivered late must not move the clock back.
			return { state: { ...state, lastActivityAt: later(state.lastActivityAt, command.at) }, audit: [] };
		case 'tick':
			return unchanged();
		case 'lock':
			if (state.status === 'signed-out') return unchanged('not-signed-in');
			if (state.status === 'locked') return unchanged('already-locked');
			return {
				state: lockState(state, command.at, 'manual'),
				audit: [auditRecord(state, state.user, command.at, 'lock', 'success', 'manual')]
			};
		case 'unlock': {
			if (state.status === 'signed-out') return unchanged('not-signed-in');
			if (state.status === 'signed-in') return unchanged('not-locked');
			if (!verifyPassword(state.user, command.password)) {
				return { state, audit: [auditRecord(state, state.user, command.at, 'unlock', 'failure')], refused: 'wrong-password' };
			}
			const { lockedAt: _lockedAt, lockReason: _lockReason, ...rest } = state;
			return {
				state: { ...rest, status: 'signed-in', lastActivityAt: later(state.lastActivityAt, command.at) },
				audit: [auditRecord(state, state.user, command.at, 'unlock', 'success')]
			};
		}
		case 'sign-out':
			// Signing out from the lock screen needs no password: it ends access, it grants none.
			if (state.status === 'signed-out') return unchanged('not-signed-in');
			return {
				state: { ...baseOf(state), status: 'signed-out' },
				audit: [auditRecord(state, state.user, command.at, 'logout', 'success')]
			};
	}
}

/**
 * Apply one command. Every command first catches up with the clock: a session idle past its
 * time-out is locked (at the deadline) before the command is considered, so input that arrives
 * after the deadline lands on the lock screen instead of reviving the session.
 */
export function advanceSession(state: SessionState, command: SessionCommand): SessionStep {
	const caughtUp = applyIdleLock(state, command.at);
	const step = applyCommand(caughtUp.state, command);
	const result: SessionStep = { state: step.state, audit: [...caughtUp.audit, ...step.audit] };
	if (step.refused !== undefined) result.refused = step.refused;
	return result;
}

/** Read the clock: `step.audit` holds the idle lock when it fell due. */
export function tick(state: SessionState, now: Instant): SessionStep {
	return advanceSession(state, { type: 'tick', at: now });
}
