/**
 * Reads what happened in a lesson workspace from the database: its audit events (tagged with
 * the workspace's id, or untagged and written since it began: one learner per browser), the
 * flags the live privacy monitor stored for it (privacy-flags.ts), and each record the
 * learner wrote as it is now.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from '$lib/db/audit-record';
import type { ChartroomDatabase } from '$lib/db/database';
import { getResource } from '$lib/db/resources';
import { isStoredResourceType } from '$lib/db/resource-types';
import { flagsForAttempt } from '$lib/db/privacy-flags';
import type { Finding } from '$lib/findings/finding';
import { touchedRecords } from '$lib/lessons/workspace-evidence';
import type { TouchedRecord } from '$lib/lessons/scenario-originals';

export interface WorkspaceLog {
	events: AuditRecord[];
	flags: Finding[];
	touched: TouchedRecord[];
	current: Map<string, Resource | undefined>;
}

export async function readWorkspaceLog(db: ChartroomDatabase, workspace: { id: string; startedAt: string }): Promise<WorkspaceLog> {
	const [events, flagRows] = await Promise.all([
		db.audit
			.where('at')
			.aboveOrEqual(workspace.startedAt)
			.filter((event) => event.attempt === undefined || event.attempt === workspace.id)
			.toArray(),
		flagsForAttempt(db, workspace.id)
	]);
	events.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
	const touched = touchedRecords(events);
	const current = new Map<string, Resource | undefined>();
	for (const { reference } of touched) {
		const [type = '', id = ''] = reference.split('/');
		current.set(reference, isStoredResourceType(type) ? await getResource(db, type, id) : undefined);
	}
	return { events, flags: flagRows, touched, current };
}
