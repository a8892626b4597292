/**
 * Reads what happened in a lesson workspace from the database: its audit events (tagged with
 * the workspace's id, or untagged and written since it began: one learner per browser), the
 * privacy flags stored for it, and each record the learner wrote as it is now.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from '$lib/db/audit-record';
import type { ChartroomDatabase } from '$lib/db/database';
import { getResource } from '$lib/db/resources';
import { isStoredResourceType } from '$lib/db/resource-types';
import type { Finding, Severity } from '$lib/findings/finding';
import { touchedRecords } from '$lib/lessons/workspace-evidence';
import type { TouchedRecord } from '$lib/lessons/scenario-originals';

export interface WorkspaceLog {
	events: AuditRecord[];
	flags: Finding[];
	touched: TouchedRecord[];
	current: Map<string, Resource | undefined>;
}

/** A row of the `flags` table as the privacy monitor stores it: a flag with its attempt and rule. */
interface FlagRow {
	id: string;
	attempt: string;
	at: string;
	rule: string;
	code?: string;
	severity?: Severity;
	where?: string;
	message?: string;
	hint?: string;
	[field: string]: unknown;
}

export function flagFinding(row: FlagRow): Finding {
	return {
		...row,
		severity: row.severity ?? 'error',
		code: row.code ?? `privacy.${row.rule}`,
		where: row.where ?? `flags/${row.id}`,
		message: row.message ?? row.rule
	};
}

export async function readWorkspaceLog(db: ChartroomDatabase, workspace: { id: string; startedAt: string }): Promise<WorkspaceLog> {
	const [events, flagRows] = await Promise.all([
		db.audit
			.where('at')
			.aboveOrEqual(workspace.startedAt)
			.filter((event) => event.attempt === undefined || event.attempt === workspace.id)
			.toArray(),
		db.table<FlagRow, string>('flags').where('attempt').equals(workspace.id).toArray()
	]);
	events.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
	const touched = touchedRecords(events);
	const current = new Map<string, Resource | undefined>();
	for (const { reference } of touched) {
		const [type = '', id = ''] = reference.split('/');
		current.set(reference, isStoredResourceType(type) ? await getResource(db, type, id) : undefined);
	}
	return { events, flags: flagRows.sort((a, b) => a.at.localeCompare(b.at)).map(flagFinding), touched, current };
}
