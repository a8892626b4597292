import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import type { Encounter, Patient, Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { nameKeys } from '$lib/record/name-keys';
import { ChartroomDatabase } from './database';
import { searchPatients } from './patient-search';
import { toRow } from './resource-row';
import { SCHEMA_V3 } from './schema';
import { parsePatientQuery } from '$lib/record/patient-query';
import { replaceWorld } from './replace-world';
import { putResources } from './resources';

// A small pool, so that namesakes, renames and moved visits happen often.
const NAMES = [
	['Smith', 'Jon'],
	['Smyth', 'John'],
	['Okafor', 'Chioma'],
	['Quill', 'Ada'],
	['Núñez', 'José']
] as const;
const PATIENTS = ['p0', 'p1', 'p2', 'p3'];
const DATES = ['', '2024-01-05T09:00:00Z', '2025-06-01T10:00:00Z', '2026-03-03T08:30:00Z'];

const patientWrite = fc.record({ id: fc.constantFrom(...PATIENTS), name: fc.constantFrom(...NAMES) }).map(
	({ id, name: [family, given] }): Patient => ({ resourceType: 'Patient', id, name: [{ family, given: [given] }] })
);
const encounterWrite = fc.record({ id: fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4'), who: fc.constantFrom(...PATIENTS, 'nobody'), start: fc.constantFrom(...DATES) }).map(
	({ id, who, start }): Encounter => ({ resourceType: 'Encounter', id, status: 'finished', class: { code: 'AMB' }, subject: { reference: `Patient/${who}` }, ...(start ? { period: { start } } : {}) })
);
const batches = fc.array(fc.array(fc.oneof(patientWrite, encounterWrite), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

/** What the fields must be: computed from scratch over every stored row. */
async function expected(db: ChartroomDatabase) {
	const patients = await db.resources<Patient>('Patient').toArray();
	const encounters = (await db.clinical<Encounter>('Encounter').toArray()).flatMap((row) => row.resources);
	const holders = new Map<string, number>();
	for (const row of patients) for (const key of nameKeys(row.resource)) holders.set(key, (holders.get(key) ?? 0) + 1);
	return Object.fromEntries(
		patients.map((row) => {
			const dates = encounters.filter((e) => e.subject?.reference === `Patient/${row.id}` && e.period?.start).map((e) => e.period!.start!);
			const lastVisit = dates.sort().at(-1);
			return [row.id, { lastVisit, similarName: nameKeys(row.resource).some((key) => (holders.get(key) ?? 0) >= 2) }];
		})
	);
}

async function stored(db: ChartroomDatabase) {
	const rows = await db.resources('Patient').toArray();
	return Object.fromEntries(rows.map((row) => [row.id, { lastVisit: row.lastVisit, similarName: row.similarName }]));
}

describe('last visit and similar-name mark on Patient rows', () => {
	test('stay exact through any sequence of writes: new visits, moved or re-dated visits, renames, namesakes', async () => {
		await fc.assert(
			fc.asyncProperty(batches, async (writes: Resource[][]) => {
				const name = `upkeep-${Math.random().toString(36).slice(2)}`;
				const db = new ChartroomDatabase(name);
				try {
					for (const batch of writes) {
						await putResources(db, batch);
						expect(await stored(db)).toEqual(await expected(db));
					}
				} finally {
					db.close();
					await Dexie.delete(name);
				}
			}),
			{ numRuns: 40 }
		);
	}, 30_000);

	const many = (count: number, rename = 0): Resource[] =>
		Array.from({ length: count }, (_, n): Resource[] => {
			const [family, given] = NAMES[(n + rename) % NAMES.length]!;
			return [
				{ resourceType: 'Patient', id: `q${n}`, name: [{ family, given: [given] }] },
				{ resourceType: 'Encounter', id: `v${n}`, status: 'finished', class: { code: 'AMB' }, subject: { reference: `Patient/q${(n * 7) % count}` }, period: { start: DATES[n % DATES.length] } }
			];
		}).flat();

	test('stay exact when a large batch rewrites most of the clinic', async () => {
		const db = new ChartroomDatabase('upkeep-large');
		await putResources(db, many(60));
		expect(await stored(db)).toEqual(await expected(db));
		await putResources(db, many(50, 2));
		expect(await stored(db)).toEqual(await expected(db));
		db.close();
		await Dexie.delete('upkeep-large');
	});

	test('stay exact for a generated clinic whose namesakes and visits span batches', async () => {
		const db = new ChartroomDatabase('upkeep-world');
		const all = many(45);
		// Visits stored in the batch before their patients, and namesakes in every batch.
		const batches = [all.filter((r) => r.resourceType === 'Encounter'), all.filter((r) => r.resourceType === 'Patient').slice(0, 20), all.filter((r) => r.resourceType === 'Patient').slice(20)];
		await replaceWorld(db, { id: 'current', seed: 1, cohort: 45, today: '2026-11-23', generatedAt: '2026-11-23T00:00:00Z' }, batches.map((resources) => ({ resources, patients: 0 })));
		expect(await stored(db)).toEqual(await expected(db));
		db.close();
		await Dexie.delete('upkeep-world');
	});

	test('are filled in when a database written by schema version 3 is upgraded', async () => {
		const name = `upkeep-upgrade-${Math.random().toString(36).slice(2)}`;
		const old = new Dexie(name);
		old.version(3).stores(SCHEMA_V3);
		const rows = [...many(12), { resourceType: 'Patient', id: 'lonely', name: [{ family: 'Haddad', given: ['Mona'] }] } as Patient].map((r) => toRow(r as Resource & { id: string }));
		await old.table('Patient').bulkPut(rows.filter((r) => r.resource.resourceType === 'Patient'));
		await old.table('Encounter').bulkPut(rows.filter((r) => r.resource.resourceType === 'Encounter'));
		old.close();

		const db = new ChartroomDatabase(name);
		await db.open();
		expect(await stored(db)).toEqual(await expected(db));
		const hits = (await searchPatients(db, parsePatientQuery('haddad'))).hits;
		expect(hits.map((h) => [h.patient.id, h.similarName, h.lastVisit])).toEqual([['lonely', false, undefined]]);
		const smiths = (await searchPatients(db, parsePatientQuery('smith jon'))).hits;
		expect(smiths.length).toBeGreaterThan(1);
		expect(smiths.every((h) => h.similarName)).toBe(true);
		expect(smiths.some((h) => h.lastVisit)).toBe(true);
		db.close();
		await Dexie.delete(name);
	});
});
