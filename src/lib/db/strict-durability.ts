import type { DBCore } from 'dexie';

/**
 * Tables whose writes are the learner's graded history: a submitted attempt and the privacy
 * flags raised with it. Losing one to a power cut after the page said "saved" would be
 * losing a grade, so their write transactions ask for `strict` durability (flushed to disk
 * before they complete). Everything else keeps the browser's faster default.
 */
export const STRICT_TABLES: ReadonlySet<string> = new Set(['attempts', 'flags']);

/**
 * Dexie 4 sets durability only for a whole database (`chromeTransactionDurability`); this
 * DBCore middleware sets it per transaction, from the tables the transaction writes.
 * Browsers without the option ignore it.
 */
export function strictDurabilityForSubmissions(down: DBCore): DBCore {
	return {
		...down,
		transaction(stores, mode, options) {
			const strict = mode === 'readwrite' && stores.some((store) => STRICT_TABLES.has(store));
			return down.transaction(stores, mode, strict ? { ...options, durability: 'strict' } : options);
		}
	};
}
