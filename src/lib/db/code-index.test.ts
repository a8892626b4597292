import 'fake-indexeddb/auto';
import type { Condition, Immunization } from '@medplum/fhirtypes';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartroomDatabase } from './database';
import { putResources } from './resources';
import { rowsWithCode, rowsWithCodePrefix } from './code-index';

let db: ChartroomDatabase | undefined;
afterEach(async () => {
	await db?.delete();
});

function condition(id: string, code: string, onset: string): Condition {
	return { resourceType: 'Condition', id, subject: { reference: 'Patient/p-1' }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code }] }, onsetDateTime: onset };
}

function fluShot(id: string, cvx: string, date: string): Immunization {
	return { resourceType: 'Immunization', id, status: 'completed', patient: { reference: 'Patient/p-1' }, vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: cvx }] }, occurrenceDateTime: date };
}

describe('the code index', () => {
	it('finds every code under an ICD-10-CM category prefix, and nothing that merely sorts near it', async () => {
		db = new ChartroomDatabase(`code-index-${Math.random()}`);
		await putResources(db, [condition('c-1', 'E11.9', '2020-01-01'), condition('c-2', 'E11.65', '2021-01-01'), condition('c-3', 'E10.9', '2019-01-01'), condition('c-4', 'E119', '2019-01-01'), condition('c-5', 'I10', '2018-01-01')]);
		expect(await rowsWithCodePrefix(db.resources('Condition'), 'E11.').primaryKeys()).toEqual(['c-2', 'c-1']);
		expect((await rowsWithCodePrefix(db.resources('Condition'), 'E11').primaryKeys()).sort()).toEqual(['c-1', 'c-2', 'c-4']);
		expect(await rowsWithCode(db.resources('Condition'), 'I10').primaryKeys()).toEqual(['c-5']);
	});

	it('reads one code from a date on, so a season is one range', async () => {
		db = new ChartroomDatabase(`code-index-${Math.random()}`);
		await putResources(db, [fluShot('i-1', '150', '2025-10-01T09:00:00Z'), fluShot('i-2', '150', '2026-09-15T09:00:00Z'), fluShot('i-3', '141', '2026-10-01T09:00:00Z')]);
		expect(await rowsWithCode(db.resources('Immunization'), '150', '2026-08-01').primaryKeys()).toEqual(['i-2']);
		expect(await rowsWithCode(db.resources('Immunization'), '150').primaryKeys()).toEqual(['i-1', 'i-2']);
	});
});
