import type { Page } from '@playwright/test';

/**
 * Reading the browser's real IndexedDB from a test, as the learner's browser holds it. Call these
 * from a page of the site that does not hold the database open (e.g. /robots.txt) when the
 * test must not race the app, or from the app's own page to read what it wrote.
 */

/**
 * Rows per store, or resources for a clinical store (filed a row per patient, each resource one
 * entry of its `ids` index); a store the database does not have counts 0.
 */
export async function storedCounts(page: Page, stores: string[]): Promise<Record<string, number>> {
	return page.evaluate(
		(names) =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const req = indexedDB.open('chartroom');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const present = names.filter((name) => db.objectStoreNames.contains(name));
					const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
					if (present.length === 0) {
						db.close();
						return resolve(counts);
					}
					const tx = db.transaction(present, 'readonly');
					for (const name of present) {
						const store = tx.objectStore(name);
						const count = store.indexNames.contains('ids') ? store.index('ids').count() : store.count();
						count.onsuccess = () => (counts[name] = count.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(counts);
					};
				};
			}),
		stores
	);
}

/**
 * A store's rows. A clinical store's rows are each patient's resources of the type; they come
 * back one per resource, `{ id, patient, resource }`, as a test asks of a record.
 */
export async function storedRows<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const req = indexedDB.open('chartroom');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const all = req.result.transaction(name, 'readonly').objectStore(name).getAll();
					all.onsuccess = () => {
						req.result.close();
						const rows = all.result as { id: string; resources?: { id: string }[] }[];
						const perResource = (row: (typeof rows)[number]) => row.resources!.map((resource) => ({ id: resource.id, patient: row.id, resource }));
						resolve((rows.every((row) => Array.isArray(row.resources)) ? rows.flatMap(perResource) : rows) as T[]);
					};
				};
			}),
		store
	);
}

export async function wipeDatabase(page: Page): Promise<void> {
	await page.goto('/robots.txt');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const del = indexedDB.deleteDatabase('chartroom');
				del.onsuccess = () => resolve();
				del.onerror = () => reject(del.error);
			})
	);
}
