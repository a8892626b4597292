import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { DATABASE_NAME } from '$lib/db/database';
import { databaseConnection } from './database-connection.svelte';

/** A newer Chartroom in another tab: opens the database at a higher version and adds a store. */
function upgradeElsewhere(version: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DATABASE_NAME, version);
		req.onupgradeneeded = () => req.result.createObjectStore('future');
		req.onsuccess = () => {
			req.result.close();
			resolve(req.result.version);
		};
		req.onerror = () => reject(req.error);
		req.onblocked = () => reject(new Error('blocked by the old connection'));
	});
}

test('a newer version elsewhere: its upgrade completes, and this tab stops writing for good', async () => {
	const db = (await databaseConnection.open())!;
	await db.drafts.put({ key: 'before', value: 1, updatedAt: '2026-11-23T10:00:00.000Z' });

	expect(await upgradeElsewhere(990)).toBe(990);
	expect(databaseConnection.status).toBe('superseded');
	expect(databaseConnection.db).toBeUndefined();
	// Even a write that bypasses the guard cannot reopen the database under the newer schema.
	await expect(db.drafts.put({ key: 'after', value: 2, updatedAt: '2026-11-23T10:01:00.000Z' })).rejects.toMatchObject({ name: 'DatabaseClosedError' });

	const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
		const req = indexedDB.open(DATABASE_NAME);
		req.onsuccess = () => {
			const all = req.result.transaction('drafts').objectStore('drafts').getAllKeys();
			all.onsuccess = () => {
				req.result.close();
				resolve(all.result);
			};
		};
		req.onerror = () => reject(req.error);
	});
	expect(keys).toEqual(['before']);
});
