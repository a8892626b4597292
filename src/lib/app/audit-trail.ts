import type { AuditRecord } from '$lib/db/audit-record';
import { recordAudit } from '$lib/db/audit';
import { databaseConnection } from './database-connection.svelte';

/**
 * Append audit records for what the learner just did. Writes are queued in order, so a
 * `view-end` is never stored before its `view`.
 */
let queue: Promise<unknown> = Promise.resolve();

export function writeAudit(records: readonly AuditRecord[]): Promise<number[]> {
	const run = queue.then(async () => {
		const db = await databaseConnection.open();
		if (!db || databaseConnection.status !== 'ready') return [];
		const seqs: number[] = [];
		for (const record of records) seqs.push(await recordAudit(db, record));
		return seqs;
	});
	queue = run.catch(() => undefined);
	return run;
}
