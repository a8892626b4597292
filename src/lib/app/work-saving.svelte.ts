import type { Table } from 'dexie';
import type { ChartroomDatabase } from '$lib/db/database';
import { isQuotaError, StorageFullError } from '$lib/db/storage-errors';
import { storageStatus } from './storage-status.svelte';

/**
 * The one door the learner's own work goes through on its way to IndexedDB: drafts, submitted
 * attempts, charted vitals, restored backups. Each save is one transaction (all of it or none
 * of it), so a refused write damages nothing already saved. Here, and only here, a refusal
 * for lack of space becomes `StorageFullError` and the banner that tells the learner to export
 * their work; and the first save that succeeds asks the browser to keep the site's storage.
 */
class WorkSaving {
	/** The browser refused the latest save for lack of space; cleared by the next save that succeeds. */
	storageFull = $state(false);
	#askedToPersist = false;

	async write<T>(db: ChartroomDatabase, tables: readonly (Table | string)[], scope: () => Promise<T>): Promise<T> {
		let result: T;
		try {
			result = await db.transaction('rw', tables as (Table | string)[], scope);
		} catch (error) {
			if (!isQuotaError(error)) throw error;
			this.storageFull = true;
			throw new StorageFullError(error);
		}
		this.storageFull = false;
		this.#askToPersist();
		return result;
	}

	/**
	 * Asked after a real save rather than on the first visit: Chromium grants by engagement, and
	 * Firefox shows a prompt that means something only once there is work to keep.
	 */
	#askToPersist(): void {
		if (this.#askedToPersist) return;
		this.#askedToPersist = true;
		storageStatus.requestPersistence().catch(() => {
			// The browser refused to answer; the footer keeps saying storage is not persistent.
		});
	}
}

export const workSaving = new WorkSaving();
