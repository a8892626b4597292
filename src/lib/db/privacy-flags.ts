/**
 * The privacy monitor's flags, kept in the `flags` table with the lesson attempt they belong to,
 * so a learner sees them again after a reload and `conduct` exercises are graded on them. A flag
 * is stored flat (the finding's fields beside its bookkeeping) and keyed by what it is about, so
 * the monitor can re-evaluate as often as it likes without raising the same flag twice.
 */
import type { PrivacyFinding } from '$lib/privacy/privacy-finding';
import type { ChartroomDatabase } from './database';

export interface PrivacyFlagRow extends PrivacyFinding {
	/** `scope|code|where|at`: one flag per rule, place and moment within a scope. */
	id: string;
	/** The lesson attempt (workspace) the learner was working in; absent in free practice. */
	attempt?: string;
	/** The rule's id, e.g. `snooping`. */
	rule: string;
	/** What the monitor was watching: an attempt, or one sign-in at one workstation. */
	scope: string;
	workstation: string;
	/** The staff member signed in when the flag was raised. */
	user?: string;
	/** When the monitor first raised it (the finding's `at` is when the conduct happened). */
	raisedAt: string;
}

function flagsTable(db: ChartroomDatabase) {
	return db.table<PrivacyFlagRow, string>('flags');
}

export function flagRow(
	found: PrivacyFinding,
	context: { scope: string; workstation: string; attempt?: string; user?: string; raisedAt: string }
): PrivacyFlagRow {
	const row: PrivacyFlagRow = {
		...found,
		id: `${context.scope}|${found.code}|${found.where}|${found.at}`,
		rule: found.code.replace(/^privacy\./, ''),
		scope: context.scope,
		workstation: context.workstation,
		raisedAt: context.raisedAt
	};
	if (context.attempt !== undefined) row.attempt = context.attempt;
	if (context.user !== undefined) row.user = context.user;
	return row;
}

/**
 * Stores the flags, keeping the first `raisedAt` of those already stored (their evidence may have
 * grown: a second view of the same section). Returns the flags that are new.
 */
export async function saveFlags(db: ChartroomDatabase, rows: readonly PrivacyFlagRow[]): Promise<PrivacyFlagRow[]> {
	if (rows.length === 0) return [];
	const table = flagsTable(db);
	return db.transaction('rw', table, async () => {
		const stored = await table.bulkGet(rows.map((row) => row.id));
		const merged = rows.map((row, index) => {
			const before = stored[index];
			return before === undefined ? row : { ...row, raisedAt: before.raisedAt };
		});
		await table.bulkPut(merged);
		return rows.filter((_row, index) => stored[index] === undefined);
	});
}

function byTime(a: PrivacyFlagRow, b: PrivacyFlagRow): number {
	return a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
}

/** The flags raised in one lesson attempt, oldest first: what `conduct` exercises are graded on. */
export async function flagsForAttempt(db: ChartroomDatabase, attempt: string): Promise<PrivacyFlagRow[]> {
	return (await flagsTable(db).where('attempt').equals(attempt).toArray()).sort(byTime);
}

/** The flags of one monitoring scope that began at `since`, oldest first. */
export async function flagsForScope(db: ChartroomDatabase, scope: string, since: string): Promise<PrivacyFlagRow[]> {
	return (await flagsTable(db).where('at').aboveOrEqual(since).filter((row) => row.scope === scope).toArray()).sort(byTime);
}
