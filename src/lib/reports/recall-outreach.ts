/** Recall outreach: what the clinic did about each patient on a recall list, one row per report and patient. */
import type { ChartroomDatabase, OutreachRow } from '$lib/db/database';

export const OUTREACH_OUTCOMES = ['called', 'left-message', 'scheduled', 'declined'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<OutreachOutcome, string> = {
	called: 'Called',
	'left-message': 'Left message',
	scheduled: 'Scheduled',
	declined: 'Declined'
};

export interface RecallOutreach extends OutreachRow {
	outcome: OutreachOutcome;
	at: string;
	by?: string;
}

export function outreachId(report: string, patient: string): string {
	return `${report}:${patient}`;
}

export function isOutreachOutcome(value: unknown): value is OutreachOutcome {
	return typeof value === 'string' && (OUTREACH_OUTCOMES as readonly string[]).includes(value);
}

export async function recordOutreach(
	db: ChartroomDatabase,
	entry: { report: string; patient: string; outcome: OutreachOutcome; at: string; by?: string }
): Promise<RecallOutreach> {
	const row: RecallOutreach = { id: outreachId(entry.report, entry.patient), ...entry };
	await db.outreach.put(row);
	return row;
}

/** The report's outreach so far, by patient id. */
export async function outreachFor(db: ChartroomDatabase, report: string): Promise<Map<string, RecallOutreach>> {
	const rows = await db.outreach.where('report').equals(report).toArray();
	return new Map(rows.filter((row): row is RecallOutreach => isOutreachOutcome(row.outcome)).map((row) => [row.patient, row]));
}

/** Open: nobody reached yet (no outreach, or only a message left). Closed: called, scheduled or declined. */
export function isOpen(outreach: RecallOutreach | undefined): boolean {
	return outreach === undefined || outreach.outcome === 'left-message';
}

export function splitRecall<T extends { id: string }>(patients: readonly T[], outreach: ReadonlyMap<string, RecallOutreach>): { open: T[]; closed: T[] } {
	const open: T[] = [];
	const closed: T[] = [];
	for (const patient of patients) (isOpen(outreach.get(patient.id)) ? open : closed).push(patient);
	return { open, closed };
}
