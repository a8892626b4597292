import { Autosaver, forgetDraft, unsavedDrafts, type AutosaverOptions } from './autosaver';
import { databaseConnection } from './database-connection.svelte';

/**
 * Work typed and not yet saved to the record (a chart form), kept in IndexedDB as the learner
 * types, so a reload, a lock or a failed save loses nothing. A form of one draft key; lessons
 * use the same `Autosaver` for their many answers.
 */
export interface FormDraft<T> {
	load(): Promise<T | undefined>;
	/** The form changed: save it after a pause. */
	schedule(value: T): void;
	flush(): Promise<void>;
	/** The form was saved to the record: forget the draft, after any save still queued. */
	clear(): Promise<void>;
	/** Saves what is left and stops listening to the page. */
	dispose(): Promise<void>;
}

/** Call during component initialisation; saves on pause, on `visibilitychange` and on `pagehide`. */
export function draftAutosaver<T>(key: string, options: Omit<AutosaverOptions, 'isBlank'> & { isBlank?: (value: T) => boolean } = {}): FormDraft<T> {
	const { isBlank, ...rest } = options;
	const saver = new Autosaver({ ...rest, isBlank: isBlank ? (value) => value === undefined || isBlank(value as T) : undefined });
	const stop = saver.listen();
	return {
		load: async () => (await saver.load([key])).get(key)?.value as T | undefined,
		schedule: (value) => saver.schedule(key, value),
		flush: () => saver.flush(),
		clear: () => saver.clear([key]),
		dispose: stop
	};
}

/** The draft stored under `key`, or typed in this page and not yet saved (which is newer). */
export async function loadDraft<T>(key: string): Promise<T | undefined> {
	const unsaved = unsavedDrafts().find((row) => row.key === key);
	if (unsaved !== undefined) return unsaved.value as T;
	await databaseConnection.open();
	return (await databaseConnection.db?.drafts.get(key))?.value as T | undefined;
}

/** Forget the draft under `key`, after any save of it still queued. A form's own `clear()` does the same. */
export function clearDraft(key: string): Promise<void> {
	return forgetDraft(key);
}
