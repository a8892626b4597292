import type { Table } from 'dexie';
import type { Resource } from '@medplum/fhirtypes';
import { BACKUP_TABLES, type BackupContents, type BackupRow } from './backup-format';
import type { ChartroomDatabase } from './database';
import { groupForStorage, recordTables, storeBatch } from './resources';
import { CLINICAL_TYPES } from './resource-types';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** Every table a backup is read from and restored into: the learner's tables and the record. */
export function backupTables(db: ChartroomDatabase): Table[] {
	return [...Object.keys(BACKUP_TABLES).map((name) => db.table(name)), ...recordTables(db)];
}

export interface CollectOptions {
	/** Rows to add or replace by primary key: drafts still only in memory, the date of this backup. */
	extraRows?: Record<string, readonly object[]>;
}

/** Everything the learner has, read in one transaction so the file is one moment's state. */
export async function collectBackup(db: ChartroomDatabase, { extraRows = {} }: CollectOptions = {}): Promise<BackupContents> {
	const names = Object.keys(BACKUP_TABLES);
	const { tables, resources } = await db.transaction('r', backupTables(db), async () => {
		const rows = await Promise.all(names.map((name) => db.table<BackupRow>(name).toArray()));
		const [people, clinical] = await Promise.all([
			Promise.all((['Patient', 'Practitioner'] as const).map((type) => db.resources(type).toArray())),
			Promise.all(CLINICAL_TYPES.map((type) => db.clinical(type).toArray()))
		]);
		return {
			tables: Object.fromEntries(names.map((name, index) => [name, rows[index]!])),
			resources: [...people.flat().map((row) => row.resource), ...clinical.flat().flatMap((row) => row.resources)]
		};
	});
	for (const [name, extra] of Object.entries(extraRows)) {
		const key = BACKUP_TABLES[name]?.key;
		if (key === undefined) continue;
		const byKey = new Map((tables[name] ?? []).map((row) => [row[key], row]));
		for (const row of extra as readonly BackupRow[]) byKey.set(row[key], row);
		tables[name] = [...byKey.values()];
	}
	return { schemaVersion: CURRENT_SCHEMA_VERSION, tables, resources };
}

export interface RestoreSummary {
	rows: number;
	resources: number;
	/** Audit events in the backup that this browser's log already held. */
	auditKept: number;
}

/**
 * Replace the learner's tables and the record with a backup's, all or nothing: call it inside
 * one write transaction over `backupTables(db)` (it joins the caller's). A table the backup does
 * not carry (written by an older Chartroom) is left as it is.
 *
 * The audit log is append-only, here too: its events are never removed; the backup's events
 * are added, except those already present (same content, whatever their number). One whose
 * sequence number is taken by a different event is added under a new number.
 */
export async function restoreBackup(db: ChartroomDatabase, contents: BackupContents): Promise<RestoreSummary> {
	return db.transaction('rw', backupTables(db), async () => {
		let rows = 0;
		let auditKept = 0;
		for (const [name, backupRows] of Object.entries(contents.tables)) {
			if (BACKUP_TABLES[name] === undefined) continue;
			if (name === 'audit') {
				auditKept = await appendAudit(db, backupRows);
				rows += backupRows.length;
				continue;
			}
			const table = db.table<BackupRow>(name);
			await table.clear();
			await table.bulkPut(backupRows);
			rows += backupRows.length;
		}
		await Promise.all(recordTables(db).map((table) => table.clear()));
		// Through the write path, so Patient rows get their last visit and similar-name mark.
		await storeBatch(db, groupForStorage(contents.resources as Resource[]), { fresh: true });
		return { rows, resources: contents.resources.length, auditKept };
	});
}

/** An event's content, whatever its sequence number and key order. */
function eventContent(event: BackupRow): string {
	const { seq: _seq, ...rest } = event;
	return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
}

async function appendAudit(db: ChartroomDatabase, events: readonly BackupRow[]): Promise<number> {
	const present = await db.audit.toArray();
	// A multiset: two identical events in the backup and one here means one is added.
	const unmatched = new Map<string, number>();
	for (const event of present) {
		const content = eventContent(event as unknown as BackupRow);
		unmatched.set(content, (unmatched.get(content) ?? 0) + 1);
	}
	const taken = new Set(present.map((event) => event.seq));
	const keepingSeq: BackupRow[] = [];
	const renumbered: BackupRow[] = [];
	for (const event of events) {
		const content = eventContent(event);
		const count = unmatched.get(content) ?? 0;
		if (count > 0) {
			unmatched.set(content, count - 1);
			continue;
		}
		const { seq, ...rest } = event;
		if (typeof seq === 'number' && !taken.has(seq)) {
			keepingSeq.push(event);
			taken.add(seq);
		} else renumbered.push(rest);
	}
	// Numbers the backup brings first, so a renumbered event never takes one of them.
	await db.audit.bulkAdd([...keepingSeq, ...renumbered] as never[]);
	return events.length - keepingSeq.length - renumbered.length;
}
