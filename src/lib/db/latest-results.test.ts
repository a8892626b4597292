import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { clinicalRow } from './clinical-rows';
import { ChartroomDatabase } from './database';
import { latestResultsOf } from './latest-results';
import { putResources } from './resources';

const LOINC = 'http://loinc.org';
const a1c = (id: string, patient: string, date: string, value: number, status: Observation['status'] = 'final'): Observation => ({
	resourceType: 'Observation',
	id,
	status,
	code: { coding: [{ system: LOINC, code: '4548-4' }], text: 'Hemoglobin A1c' },
	subject: { reference: `Patient/${patient}` },
	effectiveDateTime: date,
	valueQuantity: { value, unit: '%' }
});
const bp = (id: string, patient: string, date: string, systolic: number, diastolic: number): Observation => ({
	resourceType: 'Observation',
	id,
	status: 'final',
	code: { coding: [{ system: LOINC, code: '85354-9' }], text: 'Blood pressure' },
	subject: { reference: `Patient/${patient}` },
	effectiveDateTime: date,
	component: [
		{ code: { coding: [{ system: LOINC, code: '8480-6' }] }, valueQuantity: { value: systolic, unit: 'mm[Hg]' } },
		{ code: { coding: [{ system: LOINC, code: '8462-4' }] }, valueQuantity: { value: diastolic, unit: 'mm[Hg]' } }
	]
});

describe('latest results', () => {
	it('keep the most recent result of each code, whatever order they were recorded in, and skip one entered in error', () => {
		const row = clinicalRow('Observation', 'p-1', [
			a1c('o-3', 'p-1', '2026-03-01', 7.1),
			a1c('o-1', 'p-1', '2025-01-01', 9.4),
			a1c('o-4', 'p-1', '2026-06-01', 12, 'entered-in-error'),
			bp('o-2', 'p-1', '2026-02-02', 152, 96)
		]);
		expect(latestResultsOf(row)).toEqual({
			id: 'p-1',
			results: {
				'4548-4': { date: '2026-03-01', name: 'Hemoglobin A1c', value: 7.1, unit: '%' },
				'85354-9': { date: '2026-02-02', name: 'Blood pressure', components: { '8480-6': 152, '8462-4': 96 } }
			}
		});
	});

	it('are kept by every write: a new result, a correction, and a result moved to another patient', async () => {
		const db = new ChartroomDatabase(`latest-${Math.random()}`);
		const latestA1c = async (patient: string) => (await db.latestResults.get(patient))?.results['4548-4']?.value;
		await putResources(db, [a1c('o-1', 'p-1', '2025-01-01', 9.4)]);
		expect(await latestA1c('p-1')).toBe(9.4);
		await putResources(db, [a1c('o-2', 'p-1', '2026-01-01', 6.8)]);
		expect(await latestA1c('p-1')).toBe(6.8);
		await putResources(db, [a1c('o-2', 'p-1', '2026-01-01', 6.8, 'entered-in-error')]);
		expect(await latestA1c('p-1')).toBe(9.4);
		// Filed under the wrong patient, then corrected: it leaves p-1's results, and p-1 has none left.
		await putResources(db, [a1c('o-1', 'p-2', '2025-01-01', 9.4), a1c('o-2', 'p-2', '2026-01-01', 6.8, 'entered-in-error')]);
		expect(await latestA1c('p-2')).toBe(9.4);
		expect(await db.latestResults.get('p-1')).toBeUndefined();
		db.close();
		await Dexie.delete(db.name);
	});
});
