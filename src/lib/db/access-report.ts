/**
 * The privacy officer's access reports over the audit log (ONC 45 CFR 170.315(d)(3) audit report;
 * HIPAA 164.312(b) audit controls, 164.308(a)(1)(ii)(D) activity review): who opened which chart,
 * when, for how long and from which workstation; emergency access; failed sign-ins; refusals.
 * Answers "who looked at this VIP's chart last week, for how long, from which terminal?".
 */
import type { AuditAction, AuditRecord } from './audit-record';
import type { ChartroomDatabase } from './database';

/** What the report lists: every event, or one kind of the events a privacy officer reviews. */
export const ACCESS_REPORT_KINDS = ['all', 'access', 'break-glass', 'refused', 'failed-sign-in', 'release'] as const;
export type AccessReportKind = (typeof ACCESS_REPORT_KINDS)[number];

export const ACCESS_REPORT_KIND_TITLES: Record<AccessReportKind, string> = {
	all: 'Every audited event',
	access: 'Chart views',
	'break-glass': 'Emergency access (break the glass)',
	refused: 'Refused access',
	'failed-sign-in': 'Failed sign-ins and unlocks',
	release: 'Prints, exports and releases'
};

export interface AccessReportFilter {
	patient?: string;
	user?: string;
	/** Instants bounding `at`, both included. */
	from?: string;
	to?: string;
	kind?: AccessReportKind;
}

/** One event as the report shows it; a view carries the time on screen of its `view-end` (absent while open). */
export type AccessEntry = Pick<AuditRecord, 'at' | 'user' | 'role' | 'workstation' | 'action' | 'outcome' | 'patient' | 'section' | 'durationMs' | 'reason' | 'query'> & {
	seq: number;
};

export interface AccessSummaryRow {
	/** The patient (per-patient summary) or the staff member (per-user summary). */
	key: string;
	views: number;
	totalMs: number;
	first: string;
	last: string;
	/** Staff members (per patient) or patients (per user), in order of first view. */
	others: string[];
	workstations: string[];
}

export interface AccessReport {
	entries: AccessEntry[];
	byPatient: AccessSummaryRow[];
	byUser: AccessSummaryRow[];
}

const RELEASES: readonly AuditAction[] = ['print', 'export', 'disclose'];

/**
 * A successful view of a chart section. A run of this report about a patient is recorded as a
 * view of the `audit` section (it is one, and it is listed among all events), not a chart view.
 */
export function isChartView(entry: Pick<AccessEntry, 'action' | 'outcome'> & { section?: string }): boolean {
	return entry.action === 'view' && entry.outcome === 'success' && entry.section !== 'audit';
}

export function entryKindMatches(entry: Pick<AccessEntry, 'action' | 'outcome'> & { section?: string }, kind: AccessReportKind): boolean {
	switch (kind) {
		case 'all':
			return true;
		case 'access':
			return isChartView(entry);
		case 'break-glass':
			return entry.action === 'break-glass';
		case 'refused':
			return entry.outcome === 'refused';
		case 'failed-sign-in':
			return (entry.action === 'login' || entry.action === 'unlock') && entry.outcome === 'failure';
		case 'release':
			return RELEASES.includes(entry.action);
	}
}

/** The audit records in range, read through the narrowest index the filter allows. */
async function recordsInRange(db: ChartroomDatabase, filter: AccessReportFilter): Promise<AuditRecord[]> {
	const from = filter.from ?? '';
	const to = filter.to ?? '\uffff';
	if (filter.patient !== undefined) return db.audit.where('[patient+at]').between([filter.patient, from], [filter.patient, to], true, true).toArray();
	if (filter.user !== undefined) return db.audit.where('[user+at]').between([filter.user, from], [filter.user, to], true, true).toArray();
	return db.audit.where('at').between(from, to, true, true).toArray();
}

/**
 * Views joined with their ends (a `view-end` carries the view's start and the time on screen,
 * so both fall in the same range), filtered, oldest first.
 */
export function accessEntries(records: readonly AuditRecord[], filter: AccessReportFilter = {}): AccessEntry[] {
	const durations = new Map<number, number>();
	for (const record of records) {
		if (record.action === 'view-end' && record.ref !== undefined && record.durationMs !== undefined) durations.set(record.ref, record.durationMs);
	}
	const entries: AccessEntry[] = [];
	for (const record of records) {
		if (record.action === 'view-end' || record.seq === undefined) continue;
		if (filter.patient !== undefined && record.patient !== filter.patient) continue;
		if (filter.user !== undefined && record.user !== filter.user) continue;
		if (filter.from !== undefined && record.at < filter.from) continue;
		if (filter.to !== undefined && record.at > filter.to) continue;
		if (!entryKindMatches(record, filter.kind ?? 'all')) continue;
		const entry: AccessEntry = { seq: record.seq, at: record.at, user: record.user, role: record.role, workstation: record.workstation, action: record.action, outcome: record.outcome };
		if (record.patient !== undefined) entry.patient = record.patient;
		if (record.section !== undefined) entry.section = record.section;
		if (record.reason !== undefined) entry.reason = record.reason;
		if (record.query !== undefined) entry.query = record.query;
		const duration = durations.get(record.seq);
		if (duration !== undefined) entry.durationMs = duration;
		entries.push(entry);
	}
	return entries.sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
}

function addOnce(list: string[], value: string): void {
	if (!list.includes(value)) list.push(value);
}

/** Successful chart views summed per patient or per staff member. */
export function summariseViews(entries: readonly AccessEntry[], by: 'patient' | 'user'): AccessSummaryRow[] {
	const rows = new Map<string, AccessSummaryRow>();
	for (const entry of entries) {
		if (!isChartView(entry) || entry.patient === undefined) continue;
		const key = by === 'patient' ? entry.patient : entry.user;
		const other = by === 'patient' ? entry.user : entry.patient;
		let row = rows.get(key);
		if (row === undefined) rows.set(key, (row = { key, views: 0, totalMs: 0, first: entry.at, last: entry.at, others: [], workstations: [] }));
		row.views += 1;
		row.totalMs += entry.durationMs ?? 0;
		if (entry.at < row.first) row.first = entry.at;
		if (entry.at > row.last) row.last = entry.at;
		addOnce(row.others, other);
		addOnce(row.workstations, entry.workstation);
	}
	return [...rows.values()];
}

export async function accessReport(db: ChartroomDatabase, filter: AccessReportFilter = {}): Promise<AccessReport> {
	const entries = accessEntries(await recordsInRange(db, filter), filter);
	return { entries, byPatient: summariseViews(entries, 'patient'), byUser: summariseViews(entries, 'user') };
}

/** Patients that appear in the audit log at all: what the report's patient filter offers. */
export async function auditedPatients(db: ChartroomDatabase): Promise<string[]> {
	const keys = (await db.audit.orderBy('[patient+at]').keys()) as unknown as [string, string][];
	return [...new Set(keys.map(([patient]) => patient))];
}

/** "4 min 05 s": time on screen as a privacy officer reads it out. */
export function formatDuration(ms: number | undefined): string {
	if (ms === undefined) return 'not closed';
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	return minutes === 0 ? `${seconds} s` : `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
