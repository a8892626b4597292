import { ChartroomDatabase } from '$lib/db/database';
import type { ResourceRow } from '$lib/db/resource-row';

/**
 * The floor: plain IndexedDB, one `put()` per row, in one transaction, into stores with the
 * very indexes Chartroom's schema declares (copied from a freshly created Chartroom database).
 */
export async function openRawCopyOfSchema(name: string): Promise<IDBDatabase> {
	const template = new ChartroomDatabase(`${name}-template`);
	await template.open();
	const source = template.backendDB();
	const stores = [...source.objectStoreNames].map((storeName) => {
		const store = source.transaction(storeName).objectStore(storeName);
		return {
			name: storeName,
			keyPath: store.keyPath,
			autoIncrement: store.autoIncrement,
			indexes: [...store.indexNames].map((i) => {
				const index = store.index(i);
				return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
			})
		};
	});
	template.close();
	await deleteDatabase(`${name}-template`);
	await deleteDatabase(name);
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => {
			for (const s of stores) {
				const store = request.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
				for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
			}
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

export function rawPutAll(db: IDBDatabase, rowsByStore: Map<string, ResourceRow[]>): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction([...rowsByStore.keys()], 'readwrite');
		for (const [storeName, rows] of rowsByStore) {
			const store = tx.objectStore(storeName);
			for (const row of rows) store.put(row);
		}
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error);
	});
}

export function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
		request.onblocked = () => resolve();
	});
}
