import 'fake-indexeddb/auto';
import type { Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { ChartroomDatabase } from './database';
import { findDuplicatePairs, findPossibleDuplicates } from './duplicate-patients';
import { putResources } from './resources';

const patient = (id: string, family: string, given: string, birthDate: string, phone: string, active = true): Patient => ({
	resourceType: 'Patient',
	id,
	active,
	identifier: [{ system: MRN_SYSTEM, value: `MRN${id}` }],
	name: [{ use: 'official', family, given: [given] }],
	birthDate,
	telecom: [{ system: 'phone', value: phone }]
});

const db = new ChartroomDatabase('duplicate-patients-test');

beforeAll(async () => {
	await putResources(db, [
		patient('1', 'Smith', 'Jon', '1958-04-02', '(614) 555-0142'),
		patient('2', 'Smyth', 'John', '1958-04-02', '(740) 555-0100'), // sound-alike, same DOB
		patient('3', 'Smith', 'Jon', '1961-09-14', '(937) 555-0111'), // namesake, another person
		patient('4', 'Okafor', 'Chioma', '1984-07-30', '(614) 555-0199'),
		patient('5', 'Adeyemi', 'Chioma', '1984-07-30', '(614) 555-0199'), // married name: DOB + phone
		patient('6', 'Nunez', 'Jose', '1990-12-24', '(614) 555-0123'),
		patient('7', 'Núñez', 'José', '1990-12-24', '(614) 555-0124', false) // already merged
	]);
});
afterAll(() => db.delete());

describe('the duplicate check before registering', () => {
	test('finds the same person under a sound-alike name, and not the namesake', async () => {
		const matches = await findPossibleDuplicates(db, patient('new', 'Smith', 'John', '1958-04-02', '(555) 555-0000'));
		expect(matches.map((m) => [m.patient.id, m.mrn, m.reasons])).toEqual([
			['1', 'MRN1', ['similar-name', 'same-birth-date']],
			['2', 'MRN2', ['similar-name', 'same-birth-date']]
		]);
	});

	test('finds a registration under another name by birth date and phone', async () => {
		const matches = await findPossibleDuplicates(db, patient('new', 'Eze', 'Chioma', '1984-07-30', '614-555-0199'));
		expect(matches.map((m) => m.patient.id).sort()).toEqual(['4', '5']);
	});

	test('never offers a merged registration, nor the patient being edited', async () => {
		expect(await findPossibleDuplicates(db, patient('6', 'Nunez', 'Jose', '1990-12-24', '(614) 555-0123'), '6')).toEqual([]);
	});

	test('a new person matches no one', async () => {
		expect(await findPossibleDuplicates(db, patient('new', 'Lindqvist', 'Maja', '2001-01-01', '(614) 555-0777'))).toEqual([]);
	});
});

describe('the master patient index sweep', () => {
	test('pairs likely duplicates across the clinic, skipping namesakes and merged records', async () => {
		const pairs = await findDuplicatePairs(db);
		expect(pairs.map((p) => [p.first.patient.id, p.second.patient.id, p.reasons]).sort()).toEqual([
			['1', '2', ['similar-name', 'same-birth-date']],
			['4', '5', ['same-birth-date', 'same-phone']]
		]);
	});
});
