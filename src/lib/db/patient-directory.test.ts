import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Patient } from '@medplum/fhirtypes';
import { afterEach, describe, expect, it } from 'vitest';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { cohortBatches } from '$lib/workers/cohort-batches';
import { ChartroomDatabase } from './database';
import { chunkOf, DIRECTORY_CHUNKS, readPatientDirectory } from './patient-directory';
import { replaceWorld } from './replace-world';
import { putResources } from './resources';

let names: string[] = [];
function freshDb(): ChartroomDatabase {
	const name = `directory-test-${names.length}-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	return new ChartroomDatabase(name);
}
afterEach(async () => {
	await Promise.all(names.map((n) => Dexie.delete(n)));
	names = [];
});

function patient(id: string, family: string, given: string, birthDate: string, gender: Patient['gender']): Patient {
	return { resourceType: 'Patient', id, identifier: [{ system: MRN_SYSTEM, value: `MRN-${id}` }], name: [{ family, given: [given] }], birthDate, gender };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('the patient directory', () => {
	it('lists every stored patient by MRN, display name, birth date and sex', async () => {
		const db = freshDb();
		await putResources(db, [patient('a', 'Okafor', 'Ada', '1961-02-03', 'female'), patient('b', 'Lind', 'Bo', '2019-07-30', 'male')]);
		expect((await readPatientDirectory(db)).sort(byId)).toEqual([
			{ id: 'a', mrn: 'MRN-a', name: 'Okafor, Ada', birthDate: '1961-02-03', sex: 'female' },
			{ id: 'b', mrn: 'MRN-b', name: 'Lind, Bo', birthDate: '2019-07-30', sex: 'male' }
		]);
		db.close();
	});

	it('follows a corrected registration instead of listing the patient twice', async () => {
		const db = freshDb();
		await putResources(db, [patient('a', 'Okafor', 'Ada', '1961-02-03', 'female')]);
		await putResources(db, [patient('a', 'Okafor-Reyes', 'Ada', '1961-03-02', 'female')]);
		expect(await readPatientDirectory(db)).toEqual([{ id: 'a', mrn: 'MRN-a', name: 'Okafor-Reyes, Ada', birthDate: '1961-03-02', sex: 'female' }]);
		db.close();
	});

	it('holds the same rows whatever order the patients were stored in', async () => {
		const [first, second] = [freshDb(), freshDb()];
		// 200 patients in 64 chunks: many share one.
		const patients = Array.from({ length: 200 }, (_, i) => patient(`p-${i}`, 'Same', 'Chunk', '1990-01-01', 'female'));
		await putResources(first, patients);
		await putResources(second, [...patients].reverse());
		expect(await second.table('directory').toArray()).toEqual(await first.table('directory').toArray());
		first.close();
		second.close();
	});

	it('forgets a deleted patient and empties with the table', async () => {
		const db = freshDb();
		await putResources(db, [patient('a', 'Okafor', 'Ada', '1961-02-03', 'female'), patient('b', 'Lind', 'Bo', '2019-07-30', 'male')]);
		await db.resources('Patient').delete('a');
		expect((await readPatientDirectory(db)).map((e) => e.id)).toEqual(['b']);
		await db.resources('Patient').clear();
		expect(await readPatientDirectory(db)).toEqual([]);
		db.close();
	});

	it('is rolled back with a failed write, like the patients themselves', async () => {
		const db = freshDb();
		await putResources(db, [patient('a', 'Okafor', 'Ada', '1961-02-03', 'female')]);
		await expect(
			db.transaction('rw', db.resources('Patient'), async () => {
				await db.resources('Patient').put({ id: 'b', resource: patient('b', 'Lind', 'Bo', '2019-07-30', 'male') });
				throw new Error('the save failed');
			})
		).rejects.toThrow('the save failed');
		expect((await readPatientDirectory(db)).map((e) => e.id)).toEqual(['a']);
		db.close();
	});

	it('matches the Patient table after a generated clinic replaces the previous one', async () => {
		const db = freshDb();
		await putResources(db, [patient('old', 'Gone', 'Al', '1950-01-01', 'male')]);
		const { world, batches } = cohortBatches({ seed: 7, cohort: 60, today: '2026-11-23' }, 25, '2026-11-23T00:00:00Z');
		await replaceWorld(db, world, batches);
		const rows = await db.resources<Patient>('Patient').toArray();
		const directory = await readPatientDirectory(db);
		expect(directory.map((e) => e.id).sort()).toEqual(rows.map((r) => r.id).sort());
		const sample = rows[17]!;
		expect(directory.find((e) => e.id === sample.id)?.birthDate).toBe(sample.resource.birthDate);
		db.close();
	});
});

describe('chunkOf', () => {
	it('spreads ids over every chunk and always puts an id in the same one', () => {
		const used = new Set(Array.from({ length: 2000 }, (_, i) => chunkOf(`patient-${i}`)));
		expect(used.size).toBe(DIRECTORY_CHUNKS);
		expect(chunkOf('patient-42')).toBe(chunkOf('patient-42'));
	});
});
