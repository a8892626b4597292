import type { Table } from 'dexie';
import type { Resource } from '@medplum/fhirtypes';
import { AFTER_PREFIX, codeKey, type ClinicalRow } from './clinical-rows';

/**
 * Questions over the `keys` index of coded clinical rows (clinical-rows.ts): each key is
 * `code|date`, so one code, a code since a date, or a code prefix (ICD-10-CM `E11` covers `E11.9`,
 * `E11.65`…) is one key range. A row is a patient, so the primary keys of a range are the
 * patients who have such a record: answered keys-only, without reading a single resource.
 */

/** Inclusive bounds of a range of the `keys` index. */
export type KeyRange = readonly [lower: string, upper: string];

/**
 * One code's keys dated `since` (an ISO date or instant) or later. `|` sorts after the
 * characters codes are made of, so `E11.6` never reaches `E11.65|…`.
 */
export function codeRange(code: string, since = ''): KeyRange {
	return [codeKey(code, since), codeKey(code, AFTER_PREFIX)];
}

/** Every code that starts with `prefix`, any date. */
export function codePrefixRange(prefix: string): KeyRange {
	return [prefix, `${prefix}${AFTER_PREFIX}`];
}

/** Patients whose row holds a key in any of the ranges (one keys-only request per range). */
export async function patientsInRanges<T extends Resource>(table: Table<ClinicalRow<T>, string>, ranges: readonly KeyRange[]): Promise<Set<string>> {
	const lists = await Promise.all(ranges.map(([lower, upper]) => table.where('keys').between(lower, upper, true, true).primaryKeys()));
	// A patient appears once per matching key; a Set keeps each once.
	const patients = new Set<string>();
	for (const list of lists) for (const patient of list) patients.add(patient);
	return patients;
}

export function patientsWithCode<T extends Resource>(table: Table<ClinicalRow<T>, string>, code: string, since = ''): Promise<Set<string>> {
	return patientsInRanges(table, [codeRange(code, since)]);
}

export function patientsWithCodePrefix<T extends Resource>(table: Table<ClinicalRow<T>, string>, prefix: string): Promise<Set<string>> {
	return patientsInRanges(table, [codePrefixRange(prefix)]);
}
