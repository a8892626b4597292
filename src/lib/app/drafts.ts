import { databaseConnection } from './database-connection.svelte';

/**
 * Work typed and not yet saved to the record: kept in IndexedDB as the learner types, so a
 * reload, a lock or a failed save loses nothing.
 */
export async function loadDraft<T>(key: string): Promise<T | undefined> {
	const db = await databaseConnection.open();
	return (await db?.drafts.get(key))?.value as T | undefined;
}

export async function saveDraft(key: string, value: unknown): Promise<void> {
	const db = databaseConnection.db;
	await db?.drafts.put({ key, value: plainCopy(value), updatedAt: new Date().toISOString() });
}

export async function clearDraft(key: string): Promise<void> {
	await databaseConnection.db?.drafts.delete(key);
}

/** Svelte state proxies cannot be structured-cloned into IndexedDB: store plain data. */
function plainCopy(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Save after the learner pauses typing, and at once when the page is hidden or closed.
 * Returns `schedule(value)` and `dispose()`.
 */
export function draftAutosaver(key: string, delayMs = 400) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: unknown;
	let dirty = false;
	const flush = () => {
		clearTimeout(timer);
		if (!dirty) return;
		dirty = false;
		void saveDraft(key, pending);
	};
	const onHide = () => flush();
	window.addEventListener('pagehide', onHide);
	document.addEventListener('visibilitychange', onHide);
	return {
		schedule(value: unknown) {
			pending = value;
			dirty = true;
			clearTimeout(timer);
			timer = setTimeout(flush, delayMs);
		},
		flush,
		dispose() {
			flush();
			window.removeEventListener('pagehide', onHide);
			document.removeEventListener('visibilitychange', onHide);
		}
	};
}
