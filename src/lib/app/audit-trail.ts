import type { AuditRecord } from '$lib/db/audit-record';
import { recordAudit } from '$lib/db/audit';
import { StorageFullError } from '$lib/db/storage-errors';
import { databaseConnection } from './database-connection.svelte';
import { workSaving } from './work-saving.svelte';

/**
 * Append audit records for what the learner just did. Writes are queued in order, so a
 * `view-end` is never stored before its `view`; one call's records are one transaction.
 *
 * On a full disk the records cannot be kept: the banner (workSaving) says so, and the call
 * resolves with no sequence numbers rather than failing every screen that merely audits a view.
 */
let queue: Promise<unknown> = Promise.resolve();

export function writeAudit(records: readonly AuditRecord[]): Promise<number[]> {
	const run = queue.then(async () => {
		const db = await databaseConnection.open();
		if (!db || databaseConnection.status !== 'ready') return [];
		try {
			return await workSaving.write(db, [db.audit], async () => {
				const seqs: number[] = [];
				for (const record of records) seqs.push(await recordAudit(db, record));
				return seqs;
			});
		} catch (error) {
			if (error instanceof StorageFullError) return [];
			throw error;
		}
	});
	queue = run.catch(() => undefined);
	return run;
}
