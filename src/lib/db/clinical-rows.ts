import type { Observation, Resource } from '@medplum/fhirtypes';
import type { Transaction } from 'dexie';
import { LATEST_RESULTS_TABLE, latestResultsOf } from './latest-results';
import { codesOf, dateOf, patientOf } from './resource-row';
import { CLINICAL_TYPES, type ClinicalResourceType } from './resource-types';

/**
 * How clinical resources are stored: one row per patient and type, holding that patient's
 * resources of the type in date order. IndexedDB's cost is mostly per row (measured in Chromium
 * 156 on disk: a 1,000-patient clinic's 92,630 resources as one row each took 23 s to put raw,
 * as 9,636 rows 4–6 s), and a chart screen reads a patient's type whole.
 *
 * Two multi-entry indexes answer the questions asked across patients:
 * - `ids`: the resource ids the row holds (a resource found by id, wherever it is filed);
 * - `keys`: `code|date` for each coding of a coded resource (problems, labs, vaccines,
 *   medications, procedures), or the date alone for visits and appointments, so a code, a code
 *   prefix, a code since a date, or a day's visits is one key range, answered with patient ids.
 */
export interface ClinicalRow<T extends Resource = Resource> {
	/** The patient's id ('' for resources that name no patient). */
	id: string;
	resources: T[];
	ids: string[];
	keys: string[];
}

/** Types whose codes are index keys, for population reports and the coding queue. */
export const KEYED_BY_CODE: ReadonlySet<ClinicalResourceType> = new Set(['Condition', 'Observation', 'Immunization', 'MedicationRequest', 'Procedure']);
/** Types whose dates are index keys: the appointment book and the visits of a day. */
export const KEYED_BY_DATE: ReadonlySet<ClinicalResourceType> = new Set(['Encounter', 'Appointment']);

/** Sorts after every string that starts with a prefix (the highest BMP code unit). */
export const AFTER_PREFIX = '\uffff';

/** The index key of a code on a date: `E11.9|2024-03-01T09:00:00-05:00`. */
export function codeKey(code: string, date = ''): string {
	return `${code}|${date}`;
}

function keysOf(type: ClinicalResourceType, resource: Resource): string[] {
	if (KEYED_BY_DATE.has(type)) return [dateOf(resource) ?? ''];
	if (!KEYED_BY_CODE.has(type)) return [];
	const date = dateOf(resource) ?? '';
	return codesOf(resource).map((code) => codeKey(code, date));
}

/** The patient a clinical resource is filed under ('' when it names none). */
export function ownerOf(resource: Resource): string {
	return patientOf(resource) ?? '';
}

const byDateThenId = (a: Resource, b: Resource) => {
	const da = dateOf(a) ?? '';
	const db = dateOf(b) ?? '';
	return da < db ? -1 : da > db ? 1 : (a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0;
};

/** A patient's row of one type from its resources (any order; stored oldest first). */
export function clinicalRow<T extends Resource>(type: ClinicalResourceType, patient: string, resources: readonly T[]): ClinicalRow<T> {
	const sorted = [...resources].sort(byDateThenId);
	return {
		id: patient,
		resources: sorted,
		ids: sorted.map((resource) => resource.id ?? ''),
		keys: [...new Set(sorted.flatMap((resource) => keysOf(type, resource)))]
	};
}

/**
 * The row after a write: `incoming` replace the resources of the same id and join the others;
 * ids in `leaving` (filed under another patient now) are taken out.
 */
export function updatedRow<T extends Resource>(
	type: ClinicalResourceType,
	patient: string,
	stored: ClinicalRow<T> | undefined,
	incoming: readonly T[],
	leaving: ReadonlySet<string> = new Set()
): ClinicalRow<T> {
	const byId = new Map((stored?.resources ?? []).map((resource) => [resource.id ?? '', resource]));
	for (const id of leaving) byId.delete(id);
	for (const resource of incoming) byId.set(resource.id ?? '', resource);
	return clinicalRow(type, patient, [...byId.values()]);
}

/** The start of a patient's latest visit, from their Encounter row (stored oldest first). */
export function lastVisitIn(row: ClinicalRow | undefined): string | undefined {
	for (let i = (row?.resources.length ?? 0) - 1; i >= 0; i--) {
		const date = dateOf(row!.resources[i]!);
		if (date) return date;
	}
	return undefined;
}

/** A version 4 row: one resource. */
type OldRow = { id: string; patient?: string; resource: Resource };
const isOld = (row: unknown): row is OldRow => row !== undefined && !Array.isArray((row as { resources?: unknown }).resources);

/** Rows the schema 5 upgrade regroups at a time, so a 10,000-patient clinic is never read whole. */
const UPGRADE_CHUNK = 2000;

/**
 * Schema 5 upgrade: version 4's one-resource rows (with their `patient` field) regrouped per
 * patient, a chunk at a time in key order. Rows already regrouped carry `resources` and are
 * passed over; a patient's row grows as chunks holding their resources go by. Each patient's
 * latest results are then built from their Observation row.
 */
export async function regroupClinicalRows(tx: Transaction, chunk = UPGRADE_CHUNK): Promise<void> {
	for (const type of CLINICAL_TYPES) {
		const table = tx.table<Record<string, unknown> & { id: string }, string>(type);
		let after: string | undefined;
		for (;;) {
			const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(chunk).toArray();
			if (rows.length === 0) break;
			after = rows.at(-1)!.id;
			const old: OldRow[] = rows.filter(isOld);
			if (old.length === 0) continue;
			const byPatient = new Map<string, Resource[]>();
			const stored = new Map<string, ClinicalRow>();
			// A patient's key may hold an old row (a resource whose id is a patient id): it joins this chunk.
			for (let next = old; next.length > 0; ) {
				for (const row of next) {
					const list = byPatient.get(row.patient ?? '');
					if (list) list.push(row.resource);
					else byPatient.set(row.patient ?? '', [row.resource]);
				}
				const unseen = [...byPatient.keys()].filter((patient) => !stored.has(patient));
				const found = await table.bulkGet(unseen);
				const seen = new Set(old.map((row) => row.id));
				next = [];
				unseen.forEach((patient, i) => {
					const row = found[i];
					if (isOld(row)) {
						if (!seen.has(row.id)) next.push(row);
					} else if (row) stored.set(patient, row as unknown as ClinicalRow);
				});
				old.push(...next);
			}
			const regrouped = [...byPatient].map(([patient, resources]) => updatedRow(type, patient, stored.get(patient), resources));
			await table.bulkDelete(old.map((row) => row.id));
			await table.bulkPut(regrouped as unknown as (Record<string, unknown> & { id: string })[]);
		}
	}
	// Then each patient's latest results, from the regrouped Observation rows, a chunk at a time.
	const observations = tx.table<ClinicalRow<Observation>, string>('Observation');
	for (let after: string | undefined; ; ) {
		const rows = await (after === undefined ? observations.orderBy(':id') : observations.where(':id').above(after)).limit(chunk).toArray();
		if (rows.length === 0) break;
		after = rows.at(-1)!.id;
		await tx.table(LATEST_RESULTS_TABLE).bulkPut(rows.map(latestResultsOf));
	}
}
