import Dexie, { type Collection, type Table } from 'dexie';
import type { ResourceRow } from './resource-row';

/**
 * Reads over the `[code+date]` index of coded tables (Condition, Observation, Immunization,
 * MedicationRequest). One code, a code prefix (ICD-10-CM `E11` covers `E11.9`, `E11.65`…) or a
 * code since a date is each one key range, so IndexedDB answers it in a single request.
 */
const INDEX = '[code+date]';
/** Sorts after every string that starts with the prefix (the highest BMP code unit). */
const AFTER_PREFIX = '\uffff';

export function rowsWithCode<T extends ResourceRow>(table: Table<T, string>, code: string, since = ''): Collection<T, string> {
	return table.where(INDEX).between([code, since || Dexie.minKey], [code, Dexie.maxKey], true, true);
}

export function rowsWithCodePrefix<T extends ResourceRow>(table: Table<T, string>, prefix: string): Collection<T, string> {
	return table.where(INDEX).between([prefix, Dexie.minKey], [`${prefix}${AFTER_PREFIX}`, Dexie.maxKey], true, true);
}
