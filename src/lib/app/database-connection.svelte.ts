import { ChartroomDatabase } from '$lib/db/database';

/**
 * The page's one connection to the database, and what the learner must be told about it.
 * A tab never hangs silently: a newer version elsewhere, an upgrade held up by an old tab,
 * or a browser without IndexedDB each become a status the layout shows in words.
 */
export type ConnectionStatus =
	| 'opening'
	| 'ready'
	/** Another tab opened a newer Chartroom: this tab stopped writing and must reload. */
	| 'superseded'
	/** The stored database is newer than this tab's code (an old cached tab). */
	| 'outdated'
	/** This tab is upgrading the database and an older tab is holding it open. */
	| 'blocked'
	/** No IndexedDB (private mode, storage disabled): nothing can be saved. */
	| 'unavailable';

class DatabaseConnection {
	status = $state<ConnectionStatus>('opening');
	error = $state<string | undefined>();
	#db: ChartroomDatabase | undefined;
	#opening: Promise<ChartroomDatabase | undefined> | undefined;

	/** Open once; later calls share the same connection. Resolves undefined when unusable. */
	open(): Promise<ChartroomDatabase | undefined> {
		this.#opening ??= this.#open();
		return this.#opening;
	}

	/** The open database, or undefined when this tab must not write. */
	get db(): ChartroomDatabase | undefined {
		return this.status === 'ready' ? this.#db : undefined;
	}

	async #open(): Promise<ChartroomDatabase | undefined> {
		if (typeof indexedDB === 'undefined') {
			this.status = 'unavailable';
			return undefined;
		}
		const db = new ChartroomDatabase();
		db.on('versionchange', () => {
			this.status = 'superseded';
			// Closed here so the newer tab can upgrade, and for good: Dexie's own handler (which
			// `false` replaces) would reopen on the next call, at a schema this build does not know.
			db.close({ disableAutoOpen: true });
			return false;
		});
		db.on('blocked', () => {
			this.status = 'blocked';
		});
		try {
			await db.open();
			if (db.isNewerThanThisBuild()) {
				db.close();
				this.status = 'outdated';
				return undefined;
			}
			this.#db = db;
			this.status = 'ready';
			return db;
		} catch (error) {
			const name = (error as { name?: string }).name;
			if (name === 'VersionError') this.status = 'outdated';
			else {
				this.status = 'unavailable';
				this.error = error instanceof Error ? error.message : String(error);
			}
			return undefined;
		}
	}
}

export const databaseConnection = new DatabaseConnection();
