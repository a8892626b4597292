import type { Table, Transaction } from 'dexie';
import type { ChartroomDatabase } from './database';
import { lastVisitIn } from './clinical-rows';
import type { ResourceRow } from './resource-row';
import type { StoredResourceType } from './resource-types';

/*
 * A Patient row carries what a search page shows beside the patient that other rows decide:
 * `lastVisit` (the latest Encounter start) and `similarName` (another patient holds one of its
 * name keys). Every write keeps them current in its own transaction, so a page of hits is one
 * read instead of two requests per hit.
 */

type Row = ResourceRow;

export interface StoreRowsOptions {
	/**
	 * The caller cleared the tables, no id repeats and no patient's resources of one type span two
	 * batches: every row is new (skips reading old rows).
	 */
	fresh?: boolean;
}

/** The tables a write of these types touches: a Patient's last visit lives on its row. */
export function upkeepTypes(types: Iterable<StoredResourceType>): StoredResourceType[] {
	const all = new Set(types);
	if (all.has('Patient') || all.has('Encounter')) all.add('Patient').add('Encounter');
	return [...all];
}

async function isEmpty(table: Table<Row, string>): Promise<boolean> {
	return (await table.limit(1).primaryKeys()).length === 0;
}

/**
 * Rows of `ids` already stored. A large batch first reads which keys exist in its id range (one
 * request), then reads the range whole when the batch is most of it, else only the ids present.
 */
async function storedRows<R extends { id: string }>(table: Table<R, string>, ids: readonly string[]): Promise<Map<string, R>> {
	// Dexie keeps its transaction zone only across awaited promises, never a bare value.
	if (ids.length === 0) return Promise.resolve(new Map());
	let found: (R | undefined)[];
	if (ids.length <= 32) found = await table.bulkGet([...ids]);
	else {
		const sorted = [...ids].sort();
		const range = table.where(':id').between(sorted[0]!, sorted.at(-1)!, true, true);
		const present = new Set(await range.clone().primaryKeys());
		const wanted = ids.filter((id) => present.has(id));
		found = wanted.length === 0 ? [] : wanted.length * 2 >= present.size ? await range.toArray() : await table.bulkGet(wanted);
	}
	const wanted = new Set(ids);
	return new Map(found.filter((row): row is R => row !== undefined && wanted.has(row.id)).map((row) => [row.id, row]));
}

function bump(counts: Map<string, number>, key: string, by = 1): void {
	counts.set(key, (counts.get(key) ?? 0) + by);
}

const sameKeys = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * Store Patient rows and keep every affected Patient row's `lastVisit` and `similarName` exact.
 * `visits` holds the exact last visit of every patient whose Encounter row this write changed
 * (the row holds all their visits, so it is known without another read). Runs inside the
 * caller's transaction, which must hold the tables of `upkeepTypes`.
 */
export async function storePatientRows(
	db: ChartroomDatabase,
	rows: readonly Row[],
	visits: ReadonlyMap<string, string | undefined>,
	{ fresh = false }: StoreRowsOptions = {}
): Promise<void> {
	const patientRows = new Map(rows.map((row) => [row.id, row]));
	if (patientRows.size === 0 && visits.size === 0) return;
	const patients = db.resources('Patient');
	const [oldPatients, noPatientsBefore] = await Promise.all([
		fresh ? new Map<string, Row>() : storedRows(patients, [...patientRows.keys()]),
		patientRows.size > 0 ? isEmpty(patients) : false
	]);
	// A new registration whose visits were filed before it (an import's or a batch's order) finds them here.
	const unknownVisits = [...patientRows.keys()].filter((id) => !oldPatients.has(id) && !visits.has(id));
	const encounterRows = await storedRows(db.clinical('Encounter'), unknownVisits);
	const lastVisitOf = (id: string, stored: string | undefined) =>
		visits.has(id) ? visits.get(id) : encounterRows.has(id) ? lastVisitIn(encounterRows.get(id)) : stored;

	// Similar names: only keys whose holder count changes, and rows holding them, are looked at.
	const oldIn = new Map<string, number>();
	const newIn = new Map<string, number>();
	for (const [id, row] of patientRows) {
		for (const key of oldPatients.get(id)?.nameKeys ?? []) bump(oldIn, key);
		for (const key of row.nameKeys ?? []) bump(newIn, key);
	}
	const changedKeys = new Set([...oldIn.keys(), ...newIn.keys()].filter((key) => oldIn.get(key) !== newIn.get(key)));
	const toMark = [...patientRows.values()].filter((row) => {
		const old = oldPatients.get(row.id);
		return old?.similarName === undefined || !sameKeys(old.nameKeys, row.nameKeys) || (row.nameKeys ?? []).some((key) => changedKeys.has(key));
	});
	/** Holders outside this batch, as stored before it (at least two of them when there are two). */
	const outside = new Map<string, string[]>();
	const countOutside = async (keys: Iterable<string>) => {
		const wanted = [...new Set(keys)].filter((key) => !outside.has(key));
		const found = noPatientsBefore
			? await Promise.resolve(wanted.map(() => []))
			: await Promise.all(wanted.map((key) => patients.where('nameKeys').equals(key).limit((oldIn.get(key) ?? 0) + 2).primaryKeys()));
		wanted.forEach((key, i) => outside.set(key, found[i]!.filter((id) => !patientRows.has(id))));
	};
	const holders = (key: string, batch: Map<string, number>) => (outside.get(key)?.length ?? 0) + (batch.get(key) ?? 0);
	const shared = (row: Row) => (row.nameKeys ?? []).some((key) => holders(key, newIn) >= 2);
	await countOutside([...changedKeys, ...toMark.flatMap((row) => row.nameKeys ?? [])]);

	// Rows of other patients whose last visit or mark this write changes.
	const marks = new Map<string, boolean>();
	for (const key of changedKeys) {
		const before = holders(key, oldIn) >= 2;
		const after = holders(key, newIn) >= 2;
		if (before !== after) for (const id of outside.get(key) ?? []) marks.set(id, after || (marks.get(id) ?? false));
	}
	const otherIds = new Set([...visits.keys(), ...marks.keys()].filter((id) => !patientRows.has(id)));
	const otherRows = await storedRows(patients, [...otherIds]);
	// A patient who lost a shared key may still share another one.
	const remark = new Set([...otherRows.values()].filter((row) => (marks.has(row.id) && !marks.get(row.id)) || row.similarName === undefined));
	await countOutside([...remark].flatMap((row) => row.nameKeys ?? []));

	const written: Row[] = [];
	const marked = new Set(toMark);
	for (const [id, row] of patientRows) {
		const old = oldPatients.get(id);
		written.push(withFields(row, lastVisitOf(id, old?.lastVisit), marked.has(row) ? shared(row) : old!.similarName!));
	}
	for (const [id, row] of otherRows) {
		const updated = withFields(row, lastVisitOf(id, row.lastVisit), marks.get(id) || (remark.has(row) ? shared(row) : row.similarName!));
		if (updated.lastVisit !== row.lastVisit || updated.similarName !== row.similarName) written.push(updated);
	}
	await patients.bulkPut(written);
}

function withFields(row: Row, lastVisit: string | undefined, similarName: boolean): Row {
	const next: Row = { ...row, similarName };
	if (lastVisit) next.lastVisit = lastVisit;
	else delete next.lastVisit;
	return next;
}

/**
 * Schema 4 upgrade: rows written before these fields existed get them, from one walk over the
 * encounters' [patient+date] keys and one over the name keys.
 */
export async function backfillPatientRows(tx: Transaction): Promise<void> {
	const lastVisits = new Map<string, string>();
	await tx
		.table('Encounter')
		.orderBy('[patient+date]')
		.eachKey((key) => {
			const [patient, date] = key as [string, string];
			if (date) lastVisits.set(patient, date);
		});
	const holders = new Map<string, number>();
	await tx
		.table('Patient')
		.orderBy('nameKeys')
		.eachKey((key) => bump(holders, key as string));
	await tx
		.table('Patient')
		.toCollection()
		.modify((row: Row) => {
			const lastVisit = lastVisits.get(row.id);
			if (lastVisit) row.lastVisit = lastVisit;
			row.similarName = (row.nameKeys ?? []).some((key) => (holders.get(key) ?? 0) >= 2);
		});
}
