import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { recordAudit } from './audit';
import { backupTables, collectBackup, restoreBackup } from './backup';
import { readBackup, serialiseBackup } from './backup-format';
import { ChartroomDatabase } from './database';
import { putResources } from './resources';
import { learnerHistory, type LearnerHistory } from './__fixtures__/learner-history';
import { openWithFault, quotaFault } from './__fixtures__/quota-faults';

const opened: ChartroomDatabase[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

async function freshDatabase(name = `backup-${Math.random().toString(36).slice(2)}`): Promise<ChartroomDatabase> {
	const db = new ChartroomDatabase(name);
	opened.push(db);
	await db.open();
	return db;
}

/** The history written as the app writes it: rows as they are, audit through recordAudit, resources through putResources. */
async function store(db: ChartroomDatabase, history: LearnerHistory): Promise<void> {
	await db.transaction('rw', backupTables(db), async () => {
		await db.attempts.bulkPut(history.attempts);
		await db.drafts.bulkPut(history.drafts);
		await db.settings.bulkPut(history.settings);
		await db.table('flags').bulkPut(history.flags);
		for (const event of history.audit) await recordAudit(db, event);
		await putResources(db, history.resources);
	});
}

/** Every row of every table a backup covers, index fields included. */
async function dump(db: ChartroomDatabase): Promise<Record<string, unknown[]>> {
	return Object.fromEntries(await Promise.all(backupTables(db).map(async (table) => [table.name, await table.toArray()] as const)));
}

async function exportText(db: ChartroomDatabase, exportedAt = '2026-11-23T10:00:00.000Z'): Promise<string> {
	return serialiseBackup(await collectBackup(db), exportedAt);
}

async function importText(db: ChartroomDatabase, text: string) {
	const read = await readBackup(text, 'backup.json');
	if (!read.ok) throw new Error(read.findings.map((f) => `${f.where}: ${f.message}`).join('\n'));
	return db.transaction('rw', backupTables(db), () => restoreBackup(db, read.backup.contents));
}

describe('backup and restore', () => {
	test('export → wipe → import gives back the same database, for any learner history', async () => {
		await fc.assert(
			fc.asyncProperty(learnerHistory, async (history) => {
				const name = `backup-prop-${Math.random().toString(36).slice(2)}`;
				const original = await freshDatabase(name);
				await store(original, history);
				const before = await dump(original);
				const text = await exportText(original);

				await original.delete();
				const restored = await freshDatabase(name);
				expect(await dump(restored)).toEqual(Object.fromEntries(Object.keys(before).map((table) => [table, []])));
				await importText(restored, text);
				expect(await dump(restored)).toEqual(before);
				opened.splice(opened.indexOf(original), 1);
			}),
			{ numRuns: 40 }
		);
		// Forty databases in fake IndexedDB: give a loaded machine room (speed is the bench's job).
	}, 90_000);

	test('an import the browser refuses part-way changes nothing: the same data before and after', async () => {
		const history = fc.sample(learnerHistory.filter((h) => h.resources.length > 2 && h.attempts.length > 1), { seed: 42, numRuns: 1 })[0]!;
		const source = await freshDatabase();
		await store(source, history);
		const text = await exportText(source);

		const fault = quotaFault();
		const target = await openWithFault(new ChartroomDatabase(`backup-target-${Math.random().toString(36).slice(2)}`), fault);
		opened.push(target);
		await target.attempts.put({ id: 'kept', lesson: 'quiz', startedAt: '2024-06-03T09:00:00Z', submittedAt: '2024-06-03T09:10:00Z' });
		await putResources(target, [{ resourceType: 'Patient', id: 'kept-patient', name: [{ family: 'Kept' }] }]);
		const before = await dump(target);

		for (const n of [1, 3, 6, 10]) {
			fault.refuse(n);
			await expect(importText(target, text)).rejects.toMatchObject({ name: 'AbortError' });
			expect(await dump(target)).toEqual(before);
		}
	});

	test("the audit log stays append-only: this browser's events are kept, the backup's are added", async () => {
		const event = { at: '2026-01-01T09:00:00Z', user: 'ana', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success' } as const;
		const source = await freshDatabase();
		await recordAudit(source, event);
		await recordAudit(source, { ...event, action: 'lock' });
		const text = await exportText(source);

		const target = await freshDatabase();
		await recordAudit(target, { ...event, user: 'local' });
		const summary = await importText(target, text);
		const actions = (await target.audit.toArray()).map((e) => `${e.seq}:${e.user}:${e.action}`);
		expect(actions).toEqual(['1:local:view', '2:ana:lock', '3:ana:view']);
		expect(summary.auditKept).toBe(0);

		// Importing the same file again adds nothing: the events it holds are already there.
		expect((await importText(target, text)).auditKept).toBe(2);
		expect(await target.audit.count()).toBe(3);
	});

	test('drafts still only in memory go into the file', async () => {
		const db = await freshDatabase();
		await db.drafts.put({ key: 'a', value: 'saved', updatedAt: '2026-01-01T00:00:00Z' });
		const contents = await collectBackup(db, { extraRows: { drafts: [{ key: 'a', value: 'typed since', updatedAt: '2026-01-02T00:00:00Z' }, { key: 'b', value: 'never saved', updatedAt: '2026-01-02T00:00:00Z' }] } });
		expect(contents.tables.drafts!.map((row) => [row.key, row.value])).toEqual([
			['a', 'typed since'],
			['b', 'never saved']
		]);
	});
});
