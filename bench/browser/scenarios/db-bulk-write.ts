import type { Patient } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import { ChartroomDatabase } from '$lib/db/database';
import { putResources } from '$lib/db/resources';
import { deleteDatabase, openRawCopyOfSchema, rawPutAll, rowsPerStore } from '../raw-indexeddb';
import { samplePatients } from '../sample-patients';
import type { Scenario } from '../scenario';

const SIZES = [1_000, 10_000, 100_000];
let patients: Patient[] = [];
let db: ChartroomDatabase | undefined;
let raw: IDBDatabase | undefined;

export const rawPut: Scenario = {
	name: 'raw IndexedDB put() of Patients, one transaction (baseline)',
	sizes: SIZES,
	async prepare(size) {
		patients = samplePatients(size);
		raw = await openRawCopyOfSchema('bench-raw');
	},
	async run() {
		// Row building (index fields) is part of what Chartroom does, so the baseline stores ready rows.
		await rawPutAll(raw!, rowsPerStore(patients));
	},
	async cleanup() {
		raw?.close();
		await deleteDatabase('bench-raw');
	}
};

export const dbBulkWrite: Scenario = {
	name: 'db module putResources() of Patients',
	sizes: SIZES,
	baseline: rawPut.name,
	target: '≤ 1.5× baseline',
	async prepare(size) {
		patients = samplePatients(size);
		await Dexie.delete('bench-db');
		db = new ChartroomDatabase('bench-db');
		await db.open();
	},
	async run() {
		await putResources(db!, patients);
	},
	async cleanup() {
		db?.close();
		await Dexie.delete('bench-db');
	}
};

export default [rawPut, dbBulkWrite];
