/**
 * A chart left exposed: open on an unlocked screen while no one was there, either idle past the
 * policy limit or with the learner gone (window closed, tab hidden, off to the lessons area).
 * Replays the workstation: who is signed in, locked or not, which chart views are still open.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import { instantAt, instantMs } from '$lib/session/instant';
import { DEFAULT_IDLE_TIMEOUT_SECONDS } from '$lib/session/session-machine';
import type { PrivacyInput } from './privacy-input';
import { privacyFinding, type PrivacyFinding } from './privacy-finding';
import { isLeaving, isReturning, type SessionEvent } from './session-events';
import { buildTimeline } from './timeline';

interface Workstation {
	user?: string;
	locked: boolean;
	/** Views not yet ended: the chart on screen. */
	openViews: AuditRecord[];
	lastActivityMs: number;
	/** This idle stretch has been flagged already. */
	idleFlagged: boolean;
}

function isExposed(station: Workstation): boolean {
	return station.user !== undefined && !station.locked && station.openViews.length > 0;
}

function noteActivity(station: Workstation, ms: number): void {
	station.lastActivityMs = Math.max(station.lastActivityMs, ms);
	station.idleFlagged = false;
}

function endView(station: Workstation, record: AuditRecord): void {
	const index =
		record.ref !== undefined
			? station.openViews.findIndex((view) => view.seq === record.ref)
			: station.openViews.findLastIndex((view) => view.patient === record.patient && view.section === record.section);
	if (index >= 0) station.openViews.splice(index, 1);
}

function applyRecord(station: Workstation, record: AuditRecord, ms: number): void {
	noteActivity(station, ms);
	if (record.outcome !== 'success') return;
	switch (record.action) {
		case 'login':
			Object.assign(station, { user: record.user, locked: false, openViews: [] });
			return;
		case 'logout':
			Object.assign(station, { user: undefined, locked: false, openViews: [] });
			return;
		case 'lock':
			station.locked = true;
			return;
		case 'unlock':
			station.locked = false;
			return;
		case 'view-end':
			endView(station, record);
			return;
		case 'view':
			// One chart on screen at a time: opening another patient closes the previous one.
			if (record.patient !== undefined) {
				station.openViews = [...station.openViews.filter((view) => view.patient === record.patient), record];
			}
			break;
	}
	// A log that begins mid-session (no login in this attempt) still has someone signed in.
	station.user ??= record.user;
}

export function checkUnlockedWorkstation(input: PrivacyInput): PrivacyFinding[] {
	const limitMs = (input.idleLimitSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS) * 1000;
	const minutes = String(Math.round((limitMs / 60_000) * 10) / 10);
	const stations = new Map<string, Workstation>();
	const findings: PrivacyFinding[] = [];
	let away = false;

	// Gaps longer than the limit ("past" it: a lock exactly at the limit is the time-out working).
	const flagIdle = (ms: number) => {
		if (away) return; // an absence is judged when it starts
		for (const station of stations.values()) {
			if (!isExposed(station) || station.idleFlagged || ms - station.lastActivityMs <= limitMs) continue;
			station.idleFlagged = true;
			findings.push(
				privacyFinding('unlocked-workstation', 'idle', {
					at: instantAt(station.lastActivityMs + limitMs),
					where: 'session',
					evidence: [...station.openViews],
					values: { minutes }
				})
			);
		}
	};

	const applyEvent = (event: SessionEvent, ms: number) => {
		if (isLeaving(event)) {
			if (away) return;
			away = true;
			for (const station of stations.values()) {
				if (!isExposed(station)) continue;
				findings.push(privacyFinding('unlocked-workstation', 'left', { at: event.at, where: 'session', evidence: [event, ...station.openViews] }));
			}
			return;
		}
		if (isReturning(event)) away = false;
		else if (away) return;
		for (const station of stations.values()) noteActivity(station, ms);
	};

	for (const entry of buildTimeline(input.audit, input.sessionEvents)) {
		flagIdle(entry.ms);
		if (entry.source === 'session') {
			applyEvent(entry.event, entry.ms);
			continue;
		}
		const { record } = entry;
		let station = stations.get(record.workstation);
		if (station === undefined) {
			station = { locked: false, openViews: [], lastActivityMs: entry.ms, idleFlagged: false };
			stations.set(record.workstation, station);
		}
		applyRecord(station, record, entry.ms);
	}
	if (input.until !== undefined) flagIdle(instantMs(input.until));
	return findings;
}
