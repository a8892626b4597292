import 'fake-indexeddb/auto';
import type { Condition, Immunization, Procedure } from '@medplum/fhirtypes';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartroomDatabase } from './database';
import { putResources } from './resources';
import { codePrefixRange, codeRange, patientsInRanges, patientsWithCode, patientsWithCodePrefix } from './code-index';

let db: ChartroomDatabase | undefined;
afterEach(async () => {
	await db?.delete();
});

async function clinicWith(resources: (Condition | Immunization | Procedure)[]): Promise<ChartroomDatabase> {
	db = new ChartroomDatabase(`code-index-${Math.random()}`);
	await putResources(db, resources);
	return db;
}

const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const SNOMED = 'http://snomed.info/sct';

function condition(id: string, patient: string, code: string, onset: string, also?: string): Condition {
	const coding = [{ system: ICD, code }, ...(also ? [{ system: SNOMED, code: also }] : [])];
	return { resourceType: 'Condition', id, subject: { reference: `Patient/${patient}` }, code: { coding }, onsetDateTime: onset };
}

function fluShot(id: string, patient: string, cvx: string, date: string): Immunization {
	return { resourceType: 'Immunization', id, status: 'completed', patient: { reference: `Patient/${patient}` }, vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: cvx }] }, occurrenceDateTime: date };
}

const sorted = (patients: Set<string>) => [...patients].sort();

describe('the code index', () => {
	it('finds each patient once under an ICD-10-CM category prefix, and nobody whose code merely sorts near it', async () => {
		const db = await clinicWith([
			condition('c-1', 'p-1', 'E11.9', '2020-01-01'),
			condition('c-2', 'p-1', 'E11.65', '2021-01-01'),
			condition('c-3', 'p-2', 'E11.65', '2022-01-01'),
			condition('c-4', 'p-3', 'E10.9', '2019-01-01'),
			condition('c-5', 'p-4', 'E119', '2019-01-01'),
			condition('c-6', 'p-5', 'I10', '2018-01-01'),
			condition('c-7', 'p-6', 'E1', '2018-01-01')
		]);
		const conditions = db.clinical('Condition');
		expect(sorted(await patientsWithCodePrefix(conditions, 'E11.'))).toEqual(['p-1', 'p-2']);
		expect(sorted(await patientsWithCodePrefix(conditions, 'E11'))).toEqual(['p-1', 'p-2', 'p-4']);
		expect(sorted(await patientsWithCodePrefix(conditions, 'E1'))).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-6']);
	});

	it('an exact code matches that code only, not the longer codes it begins', async () => {
		const db = await clinicWith([condition('c-1', 'p-1', 'E11.6', '2020-01-01'), condition('c-2', 'p-2', 'E11.65', '2020-01-01'), condition('c-3', 'p-3', 'E11', '2020-01-01')]);
		expect(sorted(await patientsWithCode(db.clinical('Condition'), 'E11.6'))).toEqual(['p-1']);
		expect(sorted(await patientsWithCode(db.clinical('Condition'), 'E11'))).toEqual(['p-3']);
	});

	it('finds a problem by any of its codings (ICD-10-CM or SNOMED CT)', async () => {
		const db = await clinicWith([condition('c-1', 'p-1', 'I10', '2020-01-01', '38341003'), condition('c-2', 'p-2', 'I10', '2020-01-01')]);
		expect(sorted(await patientsWithCode(db.clinical('Condition'), '38341003'))).toEqual(['p-1']);
		expect(sorted(await patientsWithCode(db.clinical('Condition'), 'I10'))).toEqual(['p-1', 'p-2']);
	});

	it('reads a code from a date on: a dose on the first day of the season counts, the evening before does not', async () => {
		const db = await clinicWith([
			fluShot('i-1', 'p-1', '150', '2026-07-31T23:59:59-04:00'),
			fluShot('i-2', 'p-2', '150', '2026-08-01'),
			fluShot('i-3', 'p-3', '150', '2026-08-01T00:00:00-04:00'),
			fluShot('i-4', 'p-4', '141', '2026-10-01T09:00:00Z'),
			fluShot('i-5', 'p-1', '150', '2025-10-01T09:00:00Z')
		]);
		const shots = db.clinical('Immunization');
		expect(sorted(await patientsWithCode(shots, '150', '2026-08-01'))).toEqual(['p-2', 'p-3']);
		expect(sorted(await patientsWithCode(shots, '150'))).toEqual(['p-1', 'p-2', 'p-3']);
		expect(sorted(await patientsInRanges(shots, [codeRange('150', '2026-08-01'), codeRange('141', '2026-08-01')]))).toEqual(['p-2', 'p-3', 'p-4']);
	});

	it('keys procedures by code and date too', async () => {
		const colonoscopy = (id: string, patient: string, date: string): Procedure => ({
			resourceType: 'Procedure',
			id,
			status: 'completed',
			subject: { reference: `Patient/${patient}` },
			code: { coding: [{ system: SNOMED, code: '73761001' }] },
			performedDateTime: date
		});
		const db = await clinicWith([colonoscopy('pr-1', 'p-1', '2017-03-01'), colonoscopy('pr-2', 'p-2', '2012-03-01')]);
		expect(sorted(await patientsWithCode(db.clinical('Procedure'), '73761001', '2016-11-02'))).toEqual(['p-1']);
		expect(sorted(await patientsInRanges(db.clinical('Procedure'), [codePrefixRange('7376')]))).toEqual(['p-1', 'p-2']);
	});
});
