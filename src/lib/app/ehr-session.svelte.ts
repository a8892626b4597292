import { advanceSession, createSession, millisecondsUntilLock, tick, type SessionCommand, type SessionState } from '$lib/session/session-machine';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import type { StaffMember } from '$lib/session/staff';
import { writeAudit } from './audit-trail';

const STORAGE_KEY = 'chartroom.session';

/** Workstations of the simulated clinic, as they appear in access reports. */
export const WORKSTATIONS = ['front-1', 'front-2', 'room-2', 'room-3', 'station-1', 'office-1', 'office-2'] as const;

type Stored = { state: Omit<SessionState, 'roster'> };

/**
 * The learner's sign-in at this browser tab's simulated workstation. The state lives in
 * sessionStorage so that a reload neither signs the learner out nor opens a locked screen.
 */
class EhrSession {
	state = $state<SessionState>(createSession({ workstation: 'front-1', roster: PRACTICE_STAFF }));
	/** The last refused command, in words for the screen. */
	refusal = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#lastActivity = 0;

	get user(): StaffMember | undefined {
		return this.state.status === 'signed-out' ? undefined : this.state.user;
	}
	get locked(): boolean {
		return this.state.status === 'locked';
	}
	get signedIn(): boolean {
		return this.state.status === 'signed-in';
	}
	get workstation(): string {
		return this.state.workstation;
	}

	restore(): void {
		const saved = sessionStorage.getItem(STORAGE_KEY);
		if (saved) {
			try {
				const { state } = JSON.parse(saved) as Stored;
				this.state = { ...state, roster: PRACTICE_STAFF } as SessionState;
			} catch {
				sessionStorage.removeItem(STORAGE_KEY);
			}
		}
		// The tab may have been closed for a while: the idle lock catches up first.
		this.#apply(tick(this.state, new Date().toISOString()));
	}

	/** Lessons set a shorter idle time-out; the simulator default is 5 minutes. */
	configure(options: { idleTimeoutSeconds?: number; attempt?: string }): void {
		const seconds = options.idleTimeoutSeconds ?? 300;
		this.state = { ...this.state, idleTimeoutMs: seconds * 1000, attempt: options.attempt };
		this.#persist();
		this.#schedule();
	}

	signIn(user: string, password: string, workstation: string): boolean {
		if (this.state.status === 'signed-out') this.state = { ...this.state, workstation };
		return this.#command({ type: 'sign-in', at: now(), user, password });
	}
	lock(): void {
		this.#command({ type: 'lock', at: now() });
	}
	unlock(password: string): boolean {
		return this.#command({ type: 'unlock', at: now(), password });
	}
	signOut(): void {
		this.#command({ type: 'sign-out', at: now() });
	}
	/** Input was seen; throttled, since every keystroke need not restart the clock. */
	activity(): void {
		const t = Date.now();
		if (t - this.#lastActivity < 1000 || this.state.status !== 'signed-in') return;
		this.#lastActivity = t;
		this.#command({ type: 'activity', at: new Date(t).toISOString() });
	}

	#command(command: SessionCommand): boolean {
		const step = advanceSession(this.state, command);
		this.#apply(step);
		const messages: Record<string, string> = {
			credentials: 'That staff member and password do not match. Check the practice password and try again.',
			'wrong-password': 'Wrong password. The workstation stays locked.'
		};
		this.refusal = step.refused ? (messages[step.refused] ?? '') : '';
		return !step.refused;
	}

	#apply(step: { state: SessionState; audit: Parameters<typeof writeAudit>[0] }): void {
		this.state = step.state;
		if (step.audit.length) void writeAudit(step.audit);
		this.#persist();
		this.#schedule();
	}

	#persist(): void {
		if (typeof sessionStorage === 'undefined') return;
		const { roster: _roster, ...state } = this.state;
		sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ state } satisfies Stored));
	}

	/** One timer for the idle deadline, re-armed on every change, rather than polling. */
	#schedule(): void {
		clearTimeout(this.#timer);
		if (typeof window === 'undefined') return;
		const wait = millisecondsUntilLock(this.state, now());
		if (wait === undefined) return;
		this.#timer = setTimeout(() => this.#apply(tick(this.state, now())), wait + 50);
	}
}

function now(): string {
	return new Date().toISOString();
}

export const ehrSession = new EhrSession();
