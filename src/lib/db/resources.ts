import type { Observation, Resource } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import type { ChartroomDatabase } from './database';
import { clinicalRow, lastVisitIn, ownerOf, updatedRow, type ClinicalRow } from './clinical-rows';
import { latestResultsOf } from './latest-results';
import { storePatientRows, upkeepTypes, type StoreRowsOptions } from './patient-row-upkeep';
import { toRow, type ResourceRow } from './resource-row';
import { CLINICAL_TYPES, isStoredResourceType, RESOURCE_TYPES, type ClinicalResourceType, type StoredResourceType } from './resource-types';

export class UnsupportedResourceError extends Error {
	override name = 'UnsupportedResourceError';
}

type IdentifiedResource = Resource & { id: string };

/** A batch sorted for its tables: Patient and Practitioner rows, clinical resources per type and patient. */
export interface StorageBatch {
	patients: ResourceRow[];
	practitioners: ResourceRow[];
	clinical: Map<ClinicalResourceType, Map<string, Resource[]>>;
}

/** Sort resources into their tables, refusing any Chartroom does not store (nothing is written). */
export function groupForStorage(resources: readonly Resource[]): StorageBatch {
	const batch: StorageBatch = { patients: [], practitioners: [], clinical: new Map() };
	for (const resource of resources) {
		const type = resource.resourceType;
		if (!isStoredResourceType(type)) throw new UnsupportedResourceError(`Chartroom does not store ${type} resources.`);
		if (!resource.id) throw new UnsupportedResourceError(`A ${type} without an id cannot be stored.`);
		if (type === 'Patient') batch.patients.push(toRow(resource as IdentifiedResource));
		else if (type === 'Practitioner') batch.practitioners.push(toRow(resource as IdentifiedResource));
		else {
			let byPatient = batch.clinical.get(type);
			if (!byPatient) batch.clinical.set(type, (byPatient = new Map()));
			const owner = ownerOf(resource);
			const list = byPatient.get(owner);
			if (list) list.push(resource);
			else byPatient.set(owner, [resource]);
		}
	}
	return batch;
}

/** The resource types a batch writes. */
export function typesIn(batch: StorageBatch): StoredResourceType[] {
	return [...(batch.patients.length ? ['Patient' as const] : []), ...(batch.practitioners.length ? ['Practitioner' as const] : []), ...batch.clinical.keys()];
}

/**
 * The tables `putResources` writes for these types. A caller that wraps it in its own
 * transaction includes them all: storing an Encounter also updates its Patient's row.
 */
export function tablesToWrite(db: ChartroomDatabase, types: Iterable<StoredResourceType>) {
	const all = upkeepTypes(types);
	return [...all.map((type) => db.tableOf(type)), ...(all.includes('Observation') ? [db.latestResults] : [])];
}

/** Every table that holds the record: the resources and what is derived from them. */
export function recordTables(db: ChartroomDatabase) {
	return [...RESOURCE_TYPES.map((type) => db.tableOf(type)), db.latestResults];
}

/** An Observation write keeps each patient's latest results beside it (latest-results.ts). */
function putLatestResults(db: ChartroomDatabase, rows: readonly ClinicalRow[]): Promise<unknown> {
	const kept = rows.filter((row) => row.resources.length > 0);
	const emptied = rows.filter((row) => row.resources.length === 0).map((row) => row.id);
	return Dexie.Promise.all([
		db.latestResults.bulkPut(kept.map((row) => latestResultsOf(row as ClinicalRow<Observation>))),
		emptied.length ? db.latestResults.bulkDelete(emptied) : undefined
	]);
}

/**
 * One type's rows after a write. A resource filed under another patient before (a merge, a
 * corrected subject) leaves that patient's row, so every id is filed exactly once.
 */
async function writeClinical(
	db: ChartroomDatabase,
	type: ClinicalResourceType,
	byPatient: ReadonlyMap<string, Resource[]>,
	fresh: boolean
): Promise<ClinicalRow[]> {
	const table = db.clinical(type);
	const stored = new Map<string, ClinicalRow>();
	const leaving = new Map<string, Set<string>>();
	if (!fresh) {
		const owner = new Map<string, string>();
		for (const [patient, list] of byPatient) for (const resource of list) owner.set(resource.id!, patient);
		const holders = await table.where('ids').anyOf([...owner.keys()]).primaryKeys();
		const rows = await table.bulkGet([...new Set([...byPatient.keys(), ...holders])]);
		for (const row of rows) {
			if (!row) continue;
			stored.set(row.id, row);
			for (const id of row.ids) {
				const now = owner.get(id);
				if (now === undefined || now === row.id) continue;
				let ids = leaving.get(row.id);
				if (!ids) leaving.set(row.id, (ids = new Set()));
				ids.add(id);
			}
		}
	}
	const patients = new Set([...byPatient.keys(), ...leaving.keys()]);
	const next = [...patients].map((patient) => updatedRow(type, patient, stored.get(patient), byPatient.get(patient) ?? [], leaving.get(patient)));
	const emptied = next.filter((row) => row.resources.length === 0).map((row) => row.id);
	await Promise.all([
		table.bulkPut(next.filter((row) => row.resources.length > 0)),
		emptied.length ? table.bulkDelete(emptied) : undefined,
		type === 'Observation' ? putLatestResults(db, next) : undefined
	]);
	return next;
}

/** The clinical and Practitioner part of a batch's write; resolves to the last visits it changed. */
async function storeClinical(db: ChartroomDatabase, batch: StorageBatch, fresh: boolean): Promise<Map<string, string | undefined>> {
	const visits = new Map<string, string | undefined>();
	await Promise.all([
		...[...batch.clinical].map(async ([type, byPatient]) => {
			const rows = await writeClinical(db, type, byPatient, fresh);
			if (type === 'Encounter') for (const row of rows) if (row.id) visits.set(row.id, lastVisitIn(row));
		}),
		batch.practitioners.length ? db.resources('Practitioner').bulkPut(batch.practitioners) : undefined
	]);
	return visits;
}

/**
 * A fresh batch's clinical rows (nothing stored to merge) and the last visit of each of its
 * patients, built without touching the database.
 */
export function freshClinicalRows(batch: StorageBatch): { visits: Map<string, string | undefined>; rows: [ClinicalResourceType, ClinicalRow[]][] } {
	const visits = new Map<string, string | undefined>();
	const rows = [...batch.clinical].map(([type, byPatient]): [ClinicalResourceType, ClinicalRow[]] => {
		const typeRows = [...byPatient].map(([patient, list]) => clinicalRow(type, patient, list));
		if (type === 'Encounter') for (const row of typeRows) if (row.id) visits.set(row.id, lastVisitIn(row));
		return [type, typeRows];
	});
	return { visits, rows };
}

/**
 * Put rows without waiting on them: the promise settles when IndexedDB has them, and the caller
 * may generate the next batch meanwhile (the browser writes on another thread).
 */
export function putRows(db: ChartroomDatabase, rows: readonly [ClinicalResourceType, ClinicalRow[]][], practitioners: readonly ResourceRow[]): Promise<unknown> {
	const writes: Promise<unknown>[] = rows.map(([type, typeRows]) => db.clinical(type).bulkPut(typeRows));
	for (const [type, typeRows] of rows) if (type === 'Observation') writes.push(putLatestResults(db, typeRows));
	if (practitioners.length) writes.push(db.resources('Practitioner').bulkPut([...practitioners]));
	// Dexie's own Promise.all keeps the transaction's zone for whoever awaits it.
	return Dexie.Promise.all(writes);
}

/**
 * Write a sorted batch inside the caller's transaction (which holds `tablesToWrite`), keeping
 * each Patient row's last visit and similar-name mark exact.
 */
export async function storeBatch(db: ChartroomDatabase, batch: StorageBatch, options: StoreRowsOptions = {}): Promise<void> {
	const visits = await storeClinical(db, batch, options.fresh ?? false);
	await storePatientRows(db, batch.patients, visits, options);
}

/**
 * Store resources, all or nothing. Inside a caller's transaction it joins it (Dexie reuses the
 * ambient transaction), so a generator or an import can write thousands of batches atomically.
 */
export async function putResources(db: ChartroomDatabase, resources: readonly Resource[]): Promise<void> {
	const batch = groupForStorage(resources);
	const types = typesIn(batch);
	if (types.length === 0) return;
	await db.transaction('rw', tablesToWrite(db, types), () => storeBatch(db, batch));
}

export async function getResource<T extends Resource>(db: ChartroomDatabase, type: StoredResourceType, id: string): Promise<T | undefined> {
	if (type === 'Patient' || type === 'Practitioner') return (await db.resources<T>(type).get(id))?.resource;
	const row = await db.clinical<T>(type).where('ids').equals(id).first();
	return row?.resources.find((resource) => resource.id === id);
}

/** Every resource of one patient, each type in date order: the whole chart. */
export async function patientChart(db: ChartroomDatabase, patientId: string): Promise<Resource[]> {
	const rows = await db.transaction('r', CLINICAL_TYPES.map((t) => db.clinical(t)), () => Promise.all(CLINICAL_TYPES.map((type) => db.clinical(type).get(patientId))));
	return rows.flatMap((row) => row?.resources ?? []);
}

/**
 * Resources of a date-keyed type (visits, appointments) dated within the days `fromDay` to
 * `toDay` inclusive, across patients, oldest first: one key range, then the rows it names.
 */
export async function resourcesOnDays<T extends Resource>(db: ChartroomDatabase, type: 'Encounter' | 'Appointment', fromDay: string, toDay: string): Promise<T[]> {
	const table = db.clinical<T>(type);
	const patients = await table.where('keys').between(fromDay, `${toDay}\uffff`, true, true).primaryKeys();
	const rows = await table.bulkGet([...new Set(patients)]);
	const inRange = (date: string) => date >= fromDay && date.slice(0, toDay.length) <= toDay;
	return rows
		.flatMap((row) => row?.resources ?? [])
		.filter((resource) => inRange(dateOfKeyed(resource)))
		.sort((a, b) => (dateOfKeyed(a) < dateOfKeyed(b) ? -1 : dateOfKeyed(a) > dateOfKeyed(b) ? 1 : 0));
}

function dateOfKeyed(resource: Resource): string {
	return resource.resourceType === 'Encounter' ? (resource.period?.start ?? '') : resource.resourceType === 'Appointment' ? (resource.start ?? '') : '';
}
