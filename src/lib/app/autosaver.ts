import type { ChartroomDatabase, DraftRow } from '$lib/db/database';
import { StorageFullError } from '$lib/db/storage-errors';
import { databaseConnection } from './database-connection.svelte';
import { workSaving } from './work-saving.svelte';

/**
 * Saves what the learner types (lesson answers, chart forms, notes) as drafts while they type:
 * after a pause, and at once when the page is hidden or closed (`visibilitychange`, `pagehide`:
 * the last moments a page is sure to run). Every form uses this one saver.
 *
 * Saves, clears and submissions run one after another, so an older save never lands after a
 * newer one. A save that fails keeps its values in memory, to be written by the next save
 * and included in a backup export (`unsavedDrafts`), so a full disk loses nothing typed.
 */

export type SaveStatus = 'idle' | 'pending' | 'saved' | 'unavailable' | 'full' | 'failed';

/** How long typing may pause before a save. */
export const AUTOSAVE_DELAY_MS = 400;

export interface AutosaverOptions {
	delayMs?: number;
	/** A value that means "nothing typed": its stored draft is deleted rather than written. */
	isBlank?: (value: unknown) => boolean;
	onStatus?: (status: SaveStatus) => void;
	/** The database once open, or undefined when this tab must not write. */
	database?: () => Promise<ChartroomDatabase | undefined>;
}

/** Where the page's lifecycle events come from (the real page unless a test says otherwise). */
export interface PageEvents {
	window: EventTarget;
	document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

async function connectedDatabase(): Promise<ChartroomDatabase | undefined> {
	await databaseConnection.open();
	return databaseConnection.db;
}

/** Svelte state proxies cannot be structured-cloned into IndexedDB, and a draft is plain data. */
function plainCopy(value: unknown): unknown {
	return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

const live = new Set<Autosaver>();

/** Everything typed in this page and not yet saved, newest per key: a backup includes it. */
export function unsavedDrafts(): DraftRow[] {
	const rows = new Map<string, DraftRow>();
	for (const saver of live) for (const row of saver.unsaved()) rows.set(row.key, row);
	return [...rows.values()];
}

/**
 * Forget one draft wherever it is: unsaved values for it are dropped, saves already queued
 * finish first (so none lands after), then the stored draft is deleted.
 */
export async function forgetDraft(key: string, database: () => Promise<ChartroomDatabase | undefined> = connectedDatabase): Promise<void> {
	const savers = [...live];
	for (const saver of savers) saver.discard([key]);
	await Promise.all(savers.map((saver) => saver.enqueue(async () => undefined)));
	const db = await database();
	if (db === undefined) return;
	await workSaving.write(db, [db.drafts], () => db.drafts.delete(key));
}

export class Autosaver {
	#pending = new Map<string, { value: unknown; updatedAt: string }>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	#status: SaveStatus = 'idle';
	#disposed = false;
	readonly #delayMs: number;
	readonly #isBlank: (value: unknown) => boolean;
	readonly #onStatus: (status: SaveStatus) => void;
	readonly #database: () => Promise<ChartroomDatabase | undefined>;

	constructor({ delayMs = AUTOSAVE_DELAY_MS, isBlank = (value) => value === undefined, onStatus = () => {}, database = connectedDatabase }: AutosaverOptions = {}) {
		this.#delayMs = delayMs;
		this.#isBlank = isBlank;
		this.#onStatus = onStatus;
		this.#database = database;
		live.add(this);
	}

	get status(): SaveStatus {
		return this.#status;
	}

	#setStatus(status: SaveStatus): void {
		this.#status = status;
		this.#onStatus(status);
	}

	/** The learner typed: save `value` under `key` once they pause. */
	schedule(key: string, value: unknown): void {
		this.#pending.set(key, { value: plainCopy(value), updatedAt: new Date().toISOString() });
		this.#setStatus('pending');
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
	}

	/** Writes everything typed since the last save; safe to call at any time. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		return this.enqueue(() => this.#write());
	}

	/**
	 * Runs a write after every save already queued, and before any queued later: a submission
	 * goes through here so a draft saved late never reappears after it.
	 */
	enqueue<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** Forgets unsaved values for these keys (the learner submitted or reset them). */
	discard(keys: readonly string[]): void {
		for (const key of keys) this.#pending.delete(key);
		if (this.#pending.size === 0) clearTimeout(this.#timer);
	}

	/** Forgets these keys and deletes their stored drafts, after the saves already queued. */
	clear(keys: readonly string[]): Promise<void> {
		this.discard(keys);
		return this.enqueue(async () => {
			const db = await this.#database();
			if (db === undefined) return;
			await workSaving.write(db, [db.drafts], () => db.drafts.bulkDelete([...keys]));
			if (this.#pending.size === 0) this.#setStatus('idle');
		});
	}

	/**
	 * The drafts for these keys (missing keys are absent from the map). A value typed earlier in
	 * this page that could not be saved (a full disk, a form left while it was) wins over the
	 * stored one, and this saver takes it over, to be saved with its own next save.
	 */
	async load(keys: readonly string[]): Promise<Map<string, DraftRow>> {
		const adopted = this.#adopt(keys);
		const db = await this.#database();
		if (db === undefined) {
			this.#setStatus('unavailable');
			return adopted;
		}
		const rows = await db.drafts.bulkGet([...keys]);
		const loaded = new Map(rows.filter((row): row is DraftRow => row !== undefined).map((row) => [row.key, row]));
		for (const [key, row] of adopted) loaded.set(key, row);
		if (adopted.size > 0) void this.flush();
		return loaded;
	}

	#adopt(keys: readonly string[]): Map<string, DraftRow> {
		const adopted = new Map<string, DraftRow>();
		for (const other of live) {
			if (other === this) continue;
			for (const key of keys) {
				const entry = other.#pending.get(key);
				if (entry === undefined) continue;
				other.#pending.delete(key);
				if (!this.#pending.has(key)) this.#pending.set(key, entry);
				adopted.set(key, { key, ...entry });
			}
			if (other.#disposed && other.#pending.size === 0) live.delete(other);
		}
		return adopted;
	}

	unsaved(): DraftRow[] {
		return [...this.#pending].map(([key, { value, updatedAt }]) => ({ key, value, updatedAt }));
	}

	async #write(): Promise<void> {
		if (this.#pending.size === 0) return;
		const db = await this.#database();
		if (db === undefined) {
			// Kept in memory: a later save (in a tab that may write) or a backup still has it.
			this.#setStatus('unavailable');
			return;
		}
		const batch = new Map(this.#pending);
		this.#pending.clear();
		const filled: DraftRow[] = [];
		const blank: string[] = [];
		for (const [key, { value, updatedAt }] of batch) {
			if (this.#isBlank(value)) blank.push(key);
			else filled.push({ key, value, updatedAt });
		}
		try {
			await workSaving.write(db, [db.drafts], async () => {
				if (filled.length) await db.drafts.bulkPut(filled);
				if (blank.length) await db.drafts.bulkDelete(blank);
			});
		} catch (error) {
			// Nothing of this batch was written; keep it unless the learner typed over it since.
			for (const [key, entry] of batch) if (!this.#pending.has(key)) this.#pending.set(key, entry);
			this.#setStatus(error instanceof StorageFullError ? 'full' : 'failed');
			return;
		}
		this.#setStatus(this.#pending.size === 0 ? 'saved' : 'pending');
	}

	/**
	 * Saves at once when the page is hidden (tab switched, phone locked, window closed) or
	 * unloaded. Returns the removal, which also saves what is left.
	 */
	listen(page: PageEvents = { window, document }): () => Promise<void> {
		const onHide = () => void this.flush();
		const onVisibility = () => {
			if (page.document.visibilityState === 'hidden') onHide();
		};
		page.document.addEventListener('visibilitychange', onVisibility);
		page.window.addEventListener('pagehide', onHide);
		return () => {
			page.document.removeEventListener('visibilitychange', onVisibility);
			page.window.removeEventListener('pagehide', onHide);
			return this.dispose();
		};
	}

	/**
	 * Saves what is left. What cannot be saved stays counted among the page's unsaved work (for
	 * a backup, or for the next form that loads the same keys).
	 */
	async dispose(): Promise<void> {
		await this.flush();
		this.#disposed = true;
		if (this.#pending.size === 0) live.delete(this);
	}
}
