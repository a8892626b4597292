import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { StorageFullError } from '$lib/db/storage-errors';
import { openWithFault, quotaFault } from '$lib/db/__fixtures__/quota-faults';
import { storageStatus } from './storage-status.svelte';
import { workSaving } from './work-saving.svelte';

const fault = quotaFault();
let db: ChartroomDatabase;
const storage = {
	persisted: vi.fn(async () => false),
	persist: vi.fn(async () => true),
	estimate: vi.fn(async () => ({ usage: 1000, quota: 10_000_000 }))
};

beforeAll(async () => {
	vi.stubGlobal('navigator', { storage });
	db = await openWithFault(new ChartroomDatabase(`work-saving-${Math.random().toString(36).slice(2)}`), fault);
});
afterAll(async () => {
	vi.unstubAllGlobals();
	db.close();
	await Dexie.delete(db.name);
});

describe('workSaving', () => {
	test('a refused write asks nothing of the browser; the first real save asks once for persistent storage', async () => {
		fault.refuse(1);
		await expect(workSaving.write(db, [db.settings], () => db.settings.put({ key: 'a', value: 1 }))).rejects.toBeInstanceOf(StorageFullError);
		expect(storage.persist).not.toHaveBeenCalled();

		await workSaving.write(db, [db.settings], () => db.settings.put({ key: 'a', value: 1 }));
		await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
		await vi.waitFor(() => expect(storageStatus.persisted).toBe(false));

		await workSaving.write(db, [db.settings], () => db.settings.put({ key: 'b', value: 2 }));
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	test('a write is one transaction: when its second table is refused, its first is not written', async () => {
		const before = await db.settings.toArray();
		fault.refuse(2);
		await expect(
			workSaving.write(db, [db.settings, db.drafts], async () => {
				await db.settings.put({ key: 'c', value: 3 });
				await db.drafts.put({ key: 'd', value: 'x', updatedAt: '2024-06-03T00:00:00Z' });
			})
		).rejects.toThrow('Storage is full — export your work.');
		expect(workSaving.storageFull).toBe(true);
		expect(await db.settings.toArray()).toEqual(before);
		expect(await db.drafts.count()).toBe(0);
	});

	test('other failures pass through untouched and do not claim the disk is full', async () => {
		workSaving.storageFull = false;
		await expect(workSaving.write(db, [db.attempts], () => db.attempts.add({ id: 'x', lesson: 'l', startedAt: '' }).then(() => db.attempts.add({ id: 'x', lesson: 'l', startedAt: '' })))).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(workSaving.storageFull).toBe(false);
		expect(await db.attempts.count()).toBe(0);
	});
});
