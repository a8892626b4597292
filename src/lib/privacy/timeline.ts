/**
 * The order the monitor reads events in: audit records by time, then by the order the database
 * wrote them; session events interleaved by time, after any audit record of the same instant (a
 * lock and a departure in the same millisecond count as locked first).
 */
import type { AuditRecord } from '$lib/db/audit-record';
import { instantMs } from '$lib/session/instant';
import type { SessionEvent } from './session-events';

export type TimelineEntry =
	| { source: 'audit'; ms: number; record: AuditRecord }
	| { source: 'session'; ms: number; event: SessionEvent };

/** Where a finding about one audit record points: `audit#12`. */
export function auditWhere(record: AuditRecord): string {
	return record.seq === undefined ? `audit@${record.at}` : `audit#${record.seq}`;
}

export function sortedAudit(audit: readonly AuditRecord[]): AuditRecord[] {
	return audit
		.map((record, index) => ({ record, index, ms: instantMs(record.at) }))
		.sort((a, b) => a.ms - b.ms || (a.record.seq ?? a.index) - (b.record.seq ?? b.index))
		.map(({ record }) => record);
}

export function buildTimeline(audit: readonly AuditRecord[], sessionEvents: readonly SessionEvent[] = []): TimelineEntry[] {
	const entries: TimelineEntry[] = sortedAudit(audit).map((record) => ({ source: 'audit', ms: instantMs(record.at), record }));
	const events = sessionEvents.map((event) => ({ source: 'session' as const, ms: instantMs(event.at), event }));
	// Stable sort keeps audit-before-session on ties and each source's own order.
	return [...entries, ...events].sort((a, b) => a.ms - b.ms);
}

/** Successful records of these actions, in timeline order. */
export function successful(audit: readonly AuditRecord[], actions: readonly AuditRecord['action'][]): AuditRecord[] {
	return sortedAudit(audit).filter((record) => record.outcome === 'success' && actions.includes(record.action));
}

/** Records grouped by a key, groups in order of first appearance: one finding a group. */
export function groupRecords(
	records: readonly AuditRecord[],
	keyOf: (record: AuditRecord) => string | undefined
): [AuditRecord, ...AuditRecord[]][] {
	const groups = new Map<string, [AuditRecord, ...AuditRecord[]]>();
	for (const record of records) {
		const key = keyOf(record);
		if (key === undefined) continue;
		const group = groups.get(key);
		if (group === undefined) groups.set(key, [record]);
		else group.push(record);
	}
	return [...groups.values()];
}
