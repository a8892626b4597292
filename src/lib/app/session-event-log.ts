/**
 * What the learner does at the workstation that the audit log cannot see (the tab hidden, input
 * seen, the lessons area opened), kept for the privacy monitor. In sessionStorage: one browser tab
 * is one simulated workstation, the log survives a reload, and it is written synchronously, so
 * the last event before the tab goes away is not lost.
 */
import type { SessionEvent } from '$lib/privacy/session-events';
import { instantMs } from '$lib/session/instant';

const STORAGE_KEY = 'chartroom.session-events';

/** Enough for a long lesson; older events fall off the front. */
export const MAX_LOGGED_EVENTS = 2000;

/** A hidden tab shown again within this long was a glance or a reload, not a departure. */
export const BRIEF_ABSENCE_MS = 10_000;

export interface LoggedSessionEvent {
	event: SessionEvent;
	workstation: string;
	/** The lesson attempt (workspace) in progress, if any. */
	attempt?: string;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function store(): KeyValueStore | undefined {
	return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
}

export function readSessionEvents(storage: KeyValueStore | undefined = store()): LoggedSessionEvent[] {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
		return Array.isArray(parsed) ? (parsed as LoggedSessionEvent[]) : [];
	} catch {
		return [];
	}
}

export function appendSessionEvent(entry: LoggedSessionEvent, storage: KeyValueStore | undefined = store(), max = MAX_LOGGED_EVENTS): void {
	if (storage === undefined) return;
	const all = [...readSessionEvents(storage), entry].slice(-max);
	storage.setItem(STORAGE_KEY, JSON.stringify(all));
}

/**
 * Drops a `tab-hidden` that a `tab-visible` followed within `graceMs` (a reload hides the page
 * for a moment; so does a glance at another tab), and a `tab-hidden` still pending that began
 * less than `graceMs` before `now` (it may yet be one). What is left is walking away.
 */
export function withoutBriefAbsences(events: readonly SessionEvent[], now: string, graceMs = BRIEF_ABSENCE_MS): SessionEvent[] {
	const kept: SessionEvent[] = [];
	const nowMs = instantMs(now);
	for (let index = 0; index < events.length; index++) {
		const event = events[index]!;
		if (event.kind === 'tab-hidden') {
			const shownAgain = events.slice(index + 1).find((later) => later.kind === 'tab-visible');
			const endMs = shownAgain === undefined ? nowMs : instantMs(shownAgain.at);
			if (endMs - instantMs(event.at) < graceMs) {
				if (shownAgain !== undefined) index = events.indexOf(shownAgain, index + 1);
				continue;
			}
		}
		kept.push(event);
	}
	return kept;
}
