import type { Encounter } from '@medplum/fhirtypes';
import { ChartroomDatabase } from '$lib/db/database';
import { putResources } from '$lib/db/resources';
import { searchPatients } from '$lib/db/patient-search';
import { parsePatientQuery } from '$lib/record/patient-query';
import { samplePatients } from '../sample-patients';
import type { Scenario } from '../scenario';

const SIZE = 100_000;
const DB_NAME = 'bench-patient-search';
// What a front desk types: surname prefixes, full names, birth dates, MRNs, phone numbers.
const QUERIES = ['smi', 'smith', 'nguyen ben', 'garc', 'okafor chioma', '03/15/1961', 'B0045678', 'kowalski 1975-06-07', '555-0142', 'tanaka hiro', 'r', 'haddad m4'];
let db: ChartroomDatabase | undefined;
let next = 0;

/** Fill once and keep: 100,000 patients, each with one encounter for "last visit". */
async function ensureFilled(): Promise<ChartroomDatabase> {
	db ??= new ChartroomDatabase(DB_NAME);
	await db.open();
	if ((await db.resources('Patient').count()) === SIZE) return db;
	await db.delete();
	db = new ChartroomDatabase(DB_NAME);
	for (let offset = 0; offset < SIZE; offset += 10_000) {
		const patients = samplePatients(10_000, offset);
		const encounters: Encounter[] = patients.map((p, i) => ({
			resourceType: 'Encounter',
			id: `enc-${p.id}`,
			status: 'finished',
			class: { code: 'AMB' },
			subject: { reference: `Patient/${p.id}` },
			period: { start: `2026-${String((i % 12) + 1).padStart(2, '0')}-10T09:00:00-05:00` }
		}));
		await putResources(db, [...patients, ...encounters]);
	}
	return db;
}

export const patientSearch: Scenario = {
	name: 'patient search (one query, first 25 hits, similar-name marks, last visit)',
	sizes: [SIZE],
	runs: 60,
	target: 'median < 10 ms, p95 < 30 ms',
	async prepare() {
		await ensureFilled();
	},
	async run() {
		const query = QUERIES[next++ % QUERIES.length]!;
		const page = await searchPatients(db!, parsePatientQuery(query), 25);
		return { queries: QUERIES.length };
		void page;
	}
};

export default [patientSearch];
