import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Encounter, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartroomDatabase } from './database';
import { mergePatients } from './merge-patients';
import { registerPatient } from './register-patient';
import { putResources } from './resources';
import { searchPatients } from './patient-search';
import { parsePatientQuery } from '$lib/record/patient-query';
import { MRN_SYSTEM } from '$lib/record/identifiers';

function patient(id: string, family: string, given: string, birthDate: string, phone = '555-010-0000'): Patient {
	return {
		resourceType: 'Patient',
		id,
		identifier: [{ system: MRN_SYSTEM, value: `MRN-${id.padStart(5, '0')}` }],
		name: [{ use: 'official', family, given: [given] }],
		birthDate,
		telecom: [{ system: 'phone', value: phone }]
	};
}
const encounter = (id: string, patientId: string, start: string): Encounter => ({
	resourceType: 'Encounter',
	id,
	status: 'finished',
	class: { code: 'AMB' },
	subject: { reference: `Patient/${patientId}` },
	period: { start }
});

const db = new ChartroomDatabase('patient-search-test');
const find = async (text: string) => (await searchPatients(db, parsePatientQuery(text))).hits.map((h) => h.patient.id);

beforeAll(async () => {
	await putResources(db, [
		patient('1', 'Smith', 'Jon', '1958-04-02', '(555) 010-2233'),
		patient('2', 'Smyth', 'John', '1961-09-14'),
		patient('3', 'Smithers', 'Wayland', '1970-01-01'),
		patient('4', 'Núñez', 'José', '1990-12-24'),
		patient('5', 'Okafor', 'Chioma', '1958-04-02'),
		patient('6', 'Okafor', 'Chioma', '1984-07-30'),
		encounter('e1', '1', '2025-03-01T09:00:00Z'),
		encounter('e2', '1', '2026-10-12T10:30:00Z')
	]);
});
afterAll(async () => {
	db.close();
	await Dexie.delete('patient-search-test');
});

describe('searchPatients', () => {
	it('finds by any part of the name, whole words before prefixes', async () => {
		expect(await find('smith')).toEqual(['1', '3']);
		expect(await find('jon smi')).toEqual(['1']);
	});

	it('ignores accents and case', async () => {
		expect(await find('NUNEZ jose')).toEqual(['4']);
	});

	it('finds by birth date, MRN and phone', async () => {
		expect(await find('04/02/1958')).toEqual(['1', '5']);
		expect(await find('mrn-00004')).toEqual(['4']);
		expect(await find('555 010 2233')).toEqual(['1']);
	});

	it('combines criteria: name and birth date', async () => {
		expect(await find('okafor 1984-07-30')).toEqual(['6']);
	});

	it('marks sound-alike and same-name patients so the learner checks a second identifier', async () => {
		const page = await searchPatients(db, parsePatientQuery('smith'));
		expect(page.hits.map((h) => [h.patient.id, h.similarName])).toEqual([
			['1', true],
			['3', false]
		]);
		const twins = await searchPatients(db, parsePatientQuery('chioma'));
		expect(twins.hits.every((h) => h.similarName)).toBe(true);
	});

	it('shows the last visit, and says more patients match when the page is full', async () => {
		const page = await searchPatients(db, parsePatientQuery('s'), 1);
		expect(page).toMatchObject({ total: 2, totalIsLowerBound: true });
		expect(page.hits).toHaveLength(1);
		expect((await searchPatients(db, parsePatientQuery('s'), 3)).total).toBe(3);
		const jon = await searchPatients(db, parsePatientQuery('jon smith'));
		expect(jon.hits[0]?.lastVisit).toBe('2026-10-12T10:30:00Z');
	});

	it('lists a patient once when two of their name words match, and still fills the page', async () => {
		const own = new ChartroomDatabase('patient-search-twice');
		await putResources(own, [patient('a', 'Webster', 'Weaver', '1950-01-01'), patient('b', 'Weir', 'Ann', '1951-01-01'), patient('c', 'Wells', 'Ada', '1952-01-01')]);
		const page = await searchPatients(own, parsePatientQuery('we'), 2);
		expect(new Set(page.hits.map((h) => h.patient.id)).size).toBe(2);
		expect(page).toMatchObject({ total: 3, totalIsLowerBound: true });
		expect((await searchPatients(own, parsePatientQuery('we'), 5)).hits.map((h) => h.patient.id).sort()).toEqual(['a', 'b', 'c']);
		own.close();
		await Dexie.delete('patient-search-twice');
	});

	it('shows a visit stored after the patient, and a corrected visit date', async () => {
		const own = new ChartroomDatabase('patient-search-visits');
		const lastVisitOf = async (query: string) => (await searchPatients(own, parsePatientQuery(query))).hits[0]?.lastVisit;
		await putResources(own, [patient('a', 'Webster', 'Ada', '1950-01-01')]);
		expect(await lastVisitOf('webster')).toBeUndefined();
		await putResources(own, [encounter('v1', 'a', '2025-02-01T09:00:00Z')]);
		expect(await lastVisitOf('webster')).toBe('2025-02-01T09:00:00Z');
		await putResources(own, [encounter('v2', 'a', '2026-06-01T09:00:00Z'), encounter('v0', 'a', '2024-01-01T09:00:00Z')]);
		expect(await lastVisitOf('webster')).toBe('2026-06-01T09:00:00Z');
		// The latest visit was keyed on the wrong day: the one before it is the last visit again.
		await putResources(own, [encounter('v2', 'a', '2023-06-01T09:00:00Z')]);
		expect(await lastVisitOf('webster')).toBe('2025-02-01T09:00:00Z');
		// Editing the demographics keeps the last visit.
		await putResources(own, [{ ...patient('a', 'Webster', 'Ada', '1950-01-01'), gender: 'female' }]);
		expect(await lastVisitOf('webster')).toBe('2025-02-01T09:00:00Z');
		own.close();
		await Dexie.delete('patient-search-visits');
	});

	it('moves the last visit to the surviving registration after a merge', async () => {
		const own = new ChartroomDatabase('patient-search-merge');
		await putResources(own, [
			patient('keep', 'Quill', 'Ada', '1950-02-03'),
			patient('dupe', 'Quill', 'Adah', '1950-02-03'),
			encounter('k1', 'keep', '2024-03-01T09:00:00Z'),
			encounter('d1', 'dupe', '2026-09-09T09:00:00Z')
		]);
		await mergePatients(own, { survivorId: 'keep', duplicateId: 'dupe', at: '2026-11-23T10:00:00Z', by: { user: 'u', role: 'front-desk', workstation: 'WS-1' } });
		const hits = (await searchPatients(own, parsePatientQuery('quill'))).hits;
		expect(Object.fromEntries(hits.map((h) => [h.patient.id, h.lastVisit]))).toEqual({ keep: '2026-09-09T09:00:00Z', dupe: undefined });
		own.close();
		await Dexie.delete('patient-search-merge');
	});

	it('marks both patients when a namesake registers, and neither once one name is corrected', async () => {
		const own = new ChartroomDatabase('patient-search-namesake');
		const marks = async () => Object.fromEntries((await searchPatients(own, parsePatientQuery('wayland'))).hits.map((h) => [h.patient.id, h.similarName]));
		await putResources(own, [patient('w1', 'Smithers', 'Wayland', '1970-01-01'), patient('x', 'Okafor', 'Chioma', '1958-04-02')]);
		expect(await marks()).toEqual({ w1: false });
		await registerPatient(own, (mrn) => [{ ...patient('w2', 'Smithers', 'Wayland', '1981-05-05'), identifier: [{ system: MRN_SYSTEM, value: mrn }] }], () => 0.5);
		expect(await marks()).toEqual({ w1: true, w2: true });
		// A misspelt registration fixed: the other Wayland Smithers has no namesake left.
		await putResources(own, [patient('w2', 'Nguyen', 'Wayland', '1981-05-05')]);
		expect(await marks()).toEqual({ w1: false, w2: false });
		own.close();
		await Dexie.delete('patient-search-namesake');
	});

	it('pages through a common surname when a second word keeps only a few of its patients', async () => {
		const own = new ChartroomDatabase('patient-search-sparse');
		const ids = Array.from({ length: 60 }, (_, n) => `n${String(n).padStart(2, '0')}`);
		await putResources(own, ids.map((id, n) => patient(id, 'Nguyen', n % 7 === 3 ? 'Ben' : 'Lan', '1960-01-01')));
		const bens = ids.filter((_, n) => n % 7 === 3);
		const page = await searchPatients(own, parsePatientQuery('nguyen ben'), 4);
		expect(page.hits.map((h) => h.patient.id)).toEqual(bens.slice(0, 4));
		expect(page).toMatchObject({ total: 5, totalIsLowerBound: true });
		expect((await searchPatients(own, parsePatientQuery('nguyen be'), 50)).hits.map((h) => h.patient.id)).toEqual(bens);
		own.close();
		await Dexie.delete('patient-search-sparse');
	});

	it('returns nothing for an empty query', async () => {
		expect(await searchPatients(db, parsePatientQuery('  '))).toEqual({ hits: [], total: 0 });
	});
});
