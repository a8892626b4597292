import { ChartroomDatabase } from '$lib/db/database';
import type { Resource } from '@medplum/fhirtypes';
import { clinicalRow } from '$lib/db/clinical-rows';
import { groupForStorage } from '$lib/db/resources';

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

/** The rows Chartroom stores for these resources, per store: what the baseline puts. */
export function rowsPerStore(resources: readonly Resource[]): Map<string, object[]> {
	const batch = groupForStorage(resources);
	const stores = new Map<string, object[]>();
	if (batch.patients.length) stores.set('Patient', batch.patients);
	if (batch.practitioners.length) stores.set('Practitioner', batch.practitioners);
	for (const [type, byPatient] of batch.clinical) stores.set(type, [...byPatient].map(([patient, list]) => clinicalRow(type, patient, list)));
	return stores;
}

export function rawPutAll(db: IDBDatabase, rowsByStore: Map<string, object[]>): Promise<void> {
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
