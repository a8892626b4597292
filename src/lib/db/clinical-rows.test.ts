import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Condition, Consent, Encounter, Observation, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { clinicalRow, regroupClinicalRows } from './clinical-rows';
import { ChartroomDatabase } from './database';
import { patientResourcesOf } from './patient-resources';
import { toRow } from './resource-row';
import { getResource, patientChart, putResources } from './resources';
import { SCHEMA_V4, SCHEMA_V5 } from './schema';

const encounter = (id: string, patient: string, start: string): Encounter => ({ resourceType: 'Encounter', id, status: 'finished', class: { code: 'AMB' }, subject: { reference: `Patient/${patient}` }, period: { start } });
const condition = (id: string, patient: string, code: string, onset: string): Condition => ({
	resourceType: 'Condition',
	id,
	subject: { reference: `Patient/${patient}` },
	code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code }, { system: 'http://snomed.info/sct', code: '44054006' }] },
	onsetDateTime: onset
});

describe('clinical rows', () => {
	it('hold a patient’s resources oldest first, with each id and each code|date as index keys', () => {
		const row = clinicalRow('Condition', 'p-1', [condition('c-2', 'p-1', 'I10', '2024-05-01'), condition('c-1', 'p-1', 'E11.9', '2020-01-05')]);
		expect(row.resources.map((r) => r.id)).toEqual(['c-1', 'c-2']);
		expect(row.ids).toEqual(['c-1', 'c-2']);
		expect(row.keys).toEqual(['E11.9|2020-01-05', '44054006|2020-01-05', 'I10|2024-05-01', '44054006|2024-05-01']);
		expect(clinicalRow('Encounter', 'p-1', [encounter('e-1', 'p-1', '2025-02-03T09:00:00Z')]).keys).toEqual(['2025-02-03T09:00:00Z']);
	});

	it('move a corrected record out of the row of the patient it was filed under', async () => {
		const db = new ChartroomDatabase(`rows-move-${Math.random()}`);
		await putResources(db, [encounter('e-1', 'p-1', '2025-01-01'), encounter('e-2', 'p-1', '2025-02-01')]);
		await putResources(db, [encounter('e-2', 'p-2', '2025-02-01')]);
		expect((await patientResourcesOf(db, 'Encounter', 'p-1')).map((e) => e.id)).toEqual(['e-1']);
		expect((await patientResourcesOf(db, 'Encounter', 'p-2')).map((e) => e.id)).toEqual(['e-2']);
		await putResources(db, [encounter('e-1', 'p-2', '2025-01-01')]);
		// An emptied row is gone, not left behind empty.
		expect(await db.clinical('Encounter').get('p-1')).toBeUndefined();
		db.close();
	});
});

describe('the schema 5 upgrade', () => {
	it('regroups version 4 rows a chunk at a time and loses none, even a record whose id is another patient’s id', async () => {
		const name = `rows-upgrade-${Math.random()}`;
		const old = new Dexie(name);
		old.version(4).stores(SCHEMA_V4);
		const records: Resource[] = [
			...Array.from({ length: 7 }, (_, i) => encounter(`e-${i}`, `p-${i % 3}`, `2025-0${1 + i}-01T09:00:00Z`)),
			condition('c-1', 'p-1', 'E11.9', '2020-01-05'),
			{ resourceType: 'Observation', id: 'o-1', status: 'final', code: { coding: [{ code: '4548-4' }], text: 'Hemoglobin A1c' }, subject: { reference: 'Patient/p-1' }, effectiveDateTime: '2025-03-01', valueQuantity: { value: 8.2, unit: '%' } } as Observation,
			// Sorts among the patients' keys and is filed under p-0: it must reach p-0's row, and p-2's row must not overwrite it.
			{ resourceType: 'Consent', id: 'p-2', status: 'active', scope: { text: 'privacy' }, category: [{ text: 'release' }], patient: { reference: 'Patient/p-0' }, dateTime: '2026-01-01' } as Consent,
			{ resourceType: 'Consent', id: 'k-1', status: 'active', scope: { text: 'privacy' }, category: [{ text: 'release' }], patient: { reference: 'Patient/p-2' }, dateTime: '2026-02-01' } as Consent,
			{ resourceType: 'Consent', id: 'k-2', status: 'active', scope: { text: 'privacy' }, category: [{ text: 'release' }], patient: { reference: 'Patient/p-1' }, dateTime: '2026-03-01' } as Consent
		];
		for (const resource of records) await old.table(resource.resourceType).put(toRow(resource as Resource & { id: string }));
		old.close();

		const upgraded = new Dexie(name);
		upgraded.version(4).stores(SCHEMA_V4);
		upgraded.version(5).stores(SCHEMA_V5).upgrade((tx) => regroupClinicalRows(tx, 2));
		await upgraded.open();
		upgraded.close();

		const db = new ChartroomDatabase(name);
		for (const patient of ['p-0', 'p-1', 'p-2']) {
			const expected = records.filter((r) => JSON.stringify(r).includes(`"Patient/${patient}"`)).map((r) => r.id).sort();
			expect((await patientChart(db, patient)).map((r) => r.id).sort(), patient).toEqual(expected);
		}
		expect(await getResource(db, 'Consent', 'p-2')).toEqual(records.find((r) => r.resourceType === 'Consent' && r.id === 'p-2'));
		expect(await db.clinical('Encounter').count()).toBe(3);
		// The latest results are built from the regrouped observations.
		expect((await db.latestResults.get('p-1'))?.results['4548-4']).toEqual({ date: '2025-03-01', name: 'Hemoglobin A1c', value: 8.2, unit: '%' });
		db.close();
		await Dexie.delete(name);
	});
});
