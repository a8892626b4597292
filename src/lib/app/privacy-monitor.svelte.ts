/**
 * The privacy monitor, live: while someone is signed in, it records what happens at the
 * workstation (the tab hidden, input, the area opened), re-reads the audit log as it grows,
 * runs every privacy rule (`evaluatePrivacy`) and stores each new flag with the lesson attempt.
 * The learner sees the flags in plain words as they work.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ChartroomDatabase } from '$lib/db/database';
import { flagRow, flagsForAttempt, flagsForScope, saveFlags, type PrivacyFlagRow } from '$lib/db/privacy-flags';
import { evaluatePrivacy } from '$lib/privacy/monitor';
import { taskSectionsOf } from '$lib/privacy/minimum-necessary';
import type { SessionEvent, SessionEventKind } from '$lib/privacy/session-events';
import { isRole, type Role } from '$lib/session/roles';
import { databaseConnection } from './database-connection.svelte';
import { ehrSession } from './ehr-session.svelte';
import { gatherPrivacyInput, type MonitorScope } from './privacy-evidence';
import { appendSessionEvent, BRIEF_ABSENCE_MS, readSessionEvents, withoutBriefAbsences } from './session-event-log';

/** How often the clock is read for a chart left open (the rules judge idle time up to "now"). */
const CHECK_EVERY_MS = 5_000;

/** The lesson workspace's settings row (see lesson-workspace): its start and role shape the scope. */
const WORKSPACE_SETTING = 'lesson-workspace';

/**
 * The policy's limit for a chart left unattended: just under the automatic lock. A chart still
 * open when the workstation had to lock itself was left by someone who walked away without
 * locking; the lock is the safety net, locking by hand is the duty.
 */
export function unattendedLimitSeconds(idleTimeoutMs: number): number {
	return Math.max(1, idleTimeoutMs / 1000 - 1);
}

function now(): string {
	return new Date().toISOString();
}

class PrivacyMonitor {
	/** The flags of what is being watched now, oldest first. */
	flags = $state<PrivacyFlagRow[]>([]);
	/** The last flag raised while watching, for an announcement. */
	latest = $state<PrivacyFlagRow | undefined>();
	#running: Promise<void> | undefined;
	#again = false;
	#lastActivityLogged = 0;
	#pendingActivity: ReturnType<typeof setTimeout> | undefined;
	#lastInputAt = '';
	#area = '';

	/** Listens to the workstation and the audit log; returns the stop. Call once, in the browser. */
	start(): () => void {
		const stops: (() => void)[] = [];
		// A reload hides the page for a moment; coming back counts as visible again.
		const mine = readSessionEvents().filter((entry) => entry.workstation === ehrSession.workstation);
		if (mine.at(-1)?.event.kind === 'tab-hidden') this.record('tab-visible');

		const onVisibility = () => this.record(document.visibilityState === 'hidden' ? 'tab-hidden' : 'tab-visible');
		document.addEventListener('visibilitychange', onVisibility);
		stops.push(() => document.removeEventListener('visibilitychange', onVisibility));

		const onInput = () => this.#noteInput();
		for (const type of ['keydown', 'pointerdown', 'wheel'] as const) {
			window.addEventListener(type, onInput, { passive: true, capture: true });
			stops.push(() => window.removeEventListener(type, onInput, { capture: true }));
		}

		const interval = setInterval(() => this.check(), CHECK_EVERY_MS);
		stops.push(() => clearInterval(interval));

		let subscription: Subscription | undefined;
		void databaseConnection.open().then((db) => {
			if (db === undefined) return;
			subscription = liveQuery(() => db.audit.count()).subscribe({ next: () => this.check(), error: () => undefined });
		});
		stops.push(() => subscription?.unsubscribe());
		return () => stops.forEach((stop) => stop());
	}

	/** The learner moved to another area of Chartroom (`ehr`, `lessons`, `reports` …). */
	enterArea(area: string): void {
		if (area === this.#area) return;
		const first = this.#area === '';
		this.#area = area;
		if (!first) this.record('area-changed', area);
	}

	/** Something happened at the workstation that the audit log does not see. */
	record(kind: SessionEventKind, detail?: string, patient?: string): void {
		if (ehrSession.user === undefined) return;
		const event: SessionEvent = { at: now(), kind };
		if (detail !== undefined) event.detail = detail;
		if (patient !== undefined) event.patient = patient;
		const attempt = ehrSession.state.attempt;
		appendSessionEvent({ event, workstation: ehrSession.workstation, ...(attempt === undefined ? {} : { attempt }) });
		this.check();
		// A hidden tab becomes a departure once the grace has passed.
		if (kind === 'tab-hidden') setTimeout(() => this.check(), BRIEF_ABSENCE_MS + 100);
	}

	/**
	 * Input proves someone is at the keyboard. Recorded often enough to tell a reader from an empty
	 * chair, and always the last input of a burst (the trailing record), never more than that.
	 */
	#noteInput(): void {
		if (!ehrSession.signedIn) return;
		const spacing = Math.min(30_000, Math.max(1_000, (ehrSession.state.idleTimeoutMs / 10) | 0));
		this.#lastInputAt = now();
		if (Date.now() - this.#lastActivityLogged >= spacing) {
			this.#logActivity();
			return;
		}
		this.#pendingActivity ??= setTimeout(() => this.#logActivity(), spacing);
	}

	#logActivity(): void {
		clearTimeout(this.#pendingActivity);
		this.#pendingActivity = undefined;
		if (ehrSession.user === undefined || this.#lastInputAt === '') return;
		this.#lastActivityLogged = Date.now();
		const attempt = ehrSession.state.attempt;
		appendSessionEvent({ event: { at: this.#lastInputAt, kind: 'activity' }, workstation: ehrSession.workstation, ...(attempt === undefined ? {} : { attempt }) });
	}

	/** Re-evaluate soon; evaluations never overlap, and one asked for during another runs after it. */
	check(): void {
		if (this.#running !== undefined) {
			this.#again = true;
			return;
		}
		this.#running = this.#evaluate()
			.catch(() => undefined)
			.finally(() => {
				this.#running = undefined;
				if (this.#again) {
					this.#again = false;
					this.check();
				}
			});
	}

	/** Resolves once the evaluations asked for so far have run. */
	async settled(): Promise<void> {
		while (this.#running !== undefined) await this.#running;
	}

	async #scope(db: ChartroomDatabase): Promise<MonitorScope | undefined> {
		const state = ehrSession.state;
		if (state.status === 'signed-out') return undefined;
		const world = await db.worlds.get('current');
		const today = world?.today ?? state.signedInAt.slice(0, 10);
		const base = { workstation: state.workstation, idleLimitSeconds: unattendedLimitSeconds(state.idleTimeoutMs), today };
		if (state.attempt === undefined) {
			return { ...base, key: `session:${state.workstation}:${state.user.id}:${state.signedInAt}`, since: state.signedInAt };
		}
		const workspace = (await db.settings.get(WORKSPACE_SETTING))?.value as { id?: string; startedAt?: string; role?: unknown; needs?: unknown } | undefined;
		const ours = workspace?.id === state.attempt;
		const scope: MonitorScope = {
			...base,
			key: `attempt:${state.attempt}`,
			attempt: state.attempt,
			since: ours && typeof workspace?.startedAt === 'string' ? workspace.startedAt : state.signedInAt
		};
		const role: Role | undefined = ours && isRole(workspace?.role) ? workspace.role : undefined;
		if (role !== undefined) scope.learnerRole = role;
		// What the lesson's task needs: only then is minimum necessary judged (never in free practice).
		const needs = ours ? taskSectionsOf(workspace?.needs) : undefined;
		if (needs !== undefined) scope.taskSections = needs;
		return scope;
	}

	#sessionEvents(scope: MonitorScope, at: string): SessionEvent[] {
		const events = readSessionEvents()
			.filter((entry) =>
				scope.attempt === undefined ? entry.attempt === undefined && entry.workstation === scope.workstation && entry.event.at >= scope.since : entry.attempt === scope.attempt
			)
			.map((entry) => entry.event);
		return withoutBriefAbsences(events, at);
	}

	async #evaluate(): Promise<void> {
		const db = databaseConnection.db;
		const user = ehrSession.user;
		if (db === undefined || user === undefined) return;
		const scope = await this.#scope(db);
		if (scope === undefined) return;
		const at = now();
		const input = await gatherPrivacyInput(db, scope, this.#sessionEvents(scope, at), at);
		const context = { scope: scope.key, workstation: scope.workstation, user: user.id, raisedAt: at, ...(scope.attempt === undefined ? {} : { attempt: scope.attempt }) };
		const raised = await saveFlags(
			db,
			evaluatePrivacy(input).map((found) => flagRow(found, context))
		);
		this.flags = scope.attempt === undefined ? await flagsForScope(db, scope.key, scope.since) : await flagsForAttempt(db, scope.attempt);
		if (raised.length > 0) this.latest = raised.at(-1);
	}
}

export const privacyMonitor = new PrivacyMonitor();
