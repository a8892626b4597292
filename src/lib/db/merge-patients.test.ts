import 'fake-indexeddb/auto';
import type { Appointment, Condition, Coverage, Encounter, Observation, Patient, Resource } from '@medplum/fhirtypes';
import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { ChartroomDatabase } from './database';
import { MergeRefusedError, mergePatients, recordCounts } from './merge-patients';
import { collectBackup } from './backup';
import { putResources } from './resources';
import { RESOURCE_TYPES } from './resource-types';

/** A database whose Patient writes can be made to fail, to prove a merge is all or nothing. */
class FlakyDatabase extends ChartroomDatabase {
	failPatientWrites = false;
	constructor(name: string) {
		super(name);
		this.use({
			stack: 'dbcore',
			name: 'flaky-patient-writes',
			create: (down: DBCore): DBCore => ({
				...down,
				table: (tableName) => {
					const table = down.table(tableName);
					if (tableName !== 'Patient') return table;
					return { ...table, mutate: (request) => (this.failPatientWrites ? Promise.reject(new Error('The disk failed mid-merge.')) : table.mutate(request)) };
				}
			})
		});
	}
}

const patient = (id: string, mrn: string, family: string, given: string): Patient => ({
	resourceType: 'Patient',
	id,
	active: true,
	identifier: [{ use: 'usual', system: MRN_SYSTEM, value: mrn }],
	name: [{ use: 'official', family, given: [given] }],
	birthDate: '1958-04-02'
});
const subject = (id: string) => ({ reference: `Patient/${id}`, display: 'whoever' });
const encounter = (id: string, who: string, start: string): Encounter => ({ resourceType: 'Encounter', id, status: 'finished', class: { code: 'AMB' }, subject: subject(who), period: { start } });
const condition = (id: string, who: string): Condition => ({ resourceType: 'Condition', id, subject: subject(who), code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10' }] }, recordedDate: '2020-01-01' });
const observation = (id: string, who: string, encounterId: string): Observation => ({
	resourceType: 'Observation',
	id,
	status: 'final',
	code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
	subject: subject(who),
	encounter: { reference: `Encounter/${encounterId}` },
	effectiveDateTime: '2021-05-05',
	valueQuantity: { value: 72, unit: '/min' }
});
const selfPay = (id: string, who: string): Coverage => ({ resourceType: 'Coverage', id, status: 'active', beneficiary: subject(who), subscriber: subject(who), payor: [subject(who)], period: { start: '2019-01-01' } });
const appointment = (id: string, who: string): Appointment => ({
	resourceType: 'Appointment',
	id,
	status: 'booked',
	start: '2024-10-16T09:00:00-05:00',
	participant: [{ actor: subject(who), status: 'accepted' }, { actor: { reference: 'Practitioner/pr-01' }, status: 'accepted' }]
});

const by = { user: 'fd-alvarez', role: 'front-desk' as const, workstation: 'front-1' };
const at = '2024-10-15T10:00:00-05:00';
let db: FlakyDatabase;
let round = 0;

async function everything(database: ChartroomDatabase) {
	const resources = (await collectBackup(database)).resources;
	return Object.fromEntries(RESOURCE_TYPES.map((type) => [type, resources.filter((r) => r.resourceType === type).map((resource) => ({ id: resource.id!, resource })).sort((a, b) => a.id.localeCompare(b.id))]));
}

beforeEach(async () => {
	db = new FlakyDatabase(`merge-test-${round++}`);
	await putResources(db, [
		patient('keep', '10000001', 'Smith', 'Jon'),
		patient('dup', '20000002', 'Smyth', 'John'),
		patient('other', '30000003', 'Okafor', 'Chioma'),
		encounter('e-keep', 'keep', '2023-01-01'),
		condition('c-keep', 'keep'),
		encounter('e-dup-1', 'dup', '2021-05-05'),
		encounter('e-dup-2', 'dup', '2022-02-02'),
		condition('c-dup', 'dup'),
		observation('o-dup', 'dup', 'e-dup-1'),
		selfPay('cov-dup', 'dup'),
		appointment('a-dup', 'dup'),
		encounter('e-other', 'other', '2020-01-01')
	] satisfies Resource[]);
});
afterEach(() => db.delete());

describe('merging a duplicate registration', () => {
	test('moves every record to the survivor and loses nothing', async () => {
		const before = await everything(db);
		const result = await mergePatients(db, { survivorId: 'keep', duplicateId: 'dup', at, by });
		expect(result.moved).toEqual({ Encounter: 2, Condition: 1, Observation: 1, Coverage: 1, Appointment: 1 });
		expect(result.total).toBe(6);

		const after = await everything(db);
		for (const type of RESOURCE_TYPES) expect(after[type]?.map((row) => row.id), type).toEqual(before[type]?.map((row) => row.id));
		expect(await recordCounts(db, 'keep')).toEqual({ Encounter: 3, Condition: 2, Observation: 1, Coverage: 1, Appointment: 1 });
		expect(await recordCounts(db, 'dup')).toEqual({});
		expect(await recordCounts(db, 'other')).toEqual({ Encounter: 1 });
	});

	test('re-points every reference to the duplicate, and only those', async () => {
		await mergePatients(db, { survivorId: 'keep', duplicateId: 'dup', at, by });
		const moved = (await everything(db)) as Record<string, { id: string; resource: Resource }[]>;
		const text = JSON.stringify(Object.entries(moved).filter(([type]) => type !== 'Patient'));
		expect(text).not.toContain('Patient/dup');
		const coverage = moved.Coverage?.[0]?.resource as Coverage;
		expect([coverage.beneficiary, coverage.subscriber, coverage.payor[0]]).toEqual(Array(3).fill({ reference: 'Patient/keep', display: 'Smith, Jon' }));
		const observation = moved.Observation?.[0]?.resource as Observation;
		expect(observation.encounter).toEqual({ reference: 'Encounter/e-dup-1' });
		expect(observation.meta?.lastUpdated).toBe(at);
		expect((moved.Appointment?.[0]?.resource as Appointment).participant[1]?.actor).toEqual({ reference: 'Practitioner/pr-01' });
	});

	test('keeps the duplicate Patient, inactive, with its identifiers and a replaced-by link', async () => {
		const { duplicate, survivor } = await mergePatients(db, { survivorId: 'keep', duplicateId: 'dup', at, by });
		const stored = await db.resources<Patient>('Patient').get('dup');
		expect(stored?.resource).toEqual(duplicate);
		expect(duplicate).toMatchObject({ active: false, identifier: [{ use: 'usual', system: MRN_SYSTEM, value: '20000002' }], link: [{ other: { reference: 'Patient/keep' }, type: 'replaced-by' }] });
		expect(stored?.mrn).toBe('20000002');
		expect(survivor.link).toEqual([{ other: { reference: 'Patient/dup', display: 'Smyth, John' }, type: 'replaces' }]);
		expect(survivor.identifier).toEqual([
			{ use: 'usual', system: MRN_SYSTEM, value: '10000001' },
			{ use: 'old', system: MRN_SYSTEM, value: '20000002' }
		]);
		expect((await db.resources<Patient>('Patient').get('keep'))?.mrn).toBe('10000001');
	});

	test('is audited as a merge on both patients, in the same transaction', async () => {
		await mergePatients(db, { survivorId: 'keep', duplicateId: 'dup', at, by });
		const audit = await db.audit.toArray();
		expect(audit.map(({ seq: _seq, ...rest }) => rest)).toEqual([
			{ ...by, at, action: 'merge', outcome: 'success', section: 'demographics', patient: 'keep', resource: 'Patient/dup' },
			{ ...by, at, action: 'merge', outcome: 'success', section: 'demographics', patient: 'dup', resource: 'Patient/keep' }
		]);
	});

	test('is all or nothing: a failure on the last write leaves every table and the audit as they were', async () => {
		const before = await everything(db);
		db.failPatientWrites = true;
		await expect(mergePatients(db, { survivorId: 'keep', duplicateId: 'dup', at, by })).rejects.toThrow('The disk failed mid-merge.');
		db.failPatientWrites = false;
		expect(await everything(db)).toEqual(before);
		expect(await db.audit.count()).toBe(0);
	});

	test('refuses merges that make no sense, changing nothing', async () => {
		await expect(mergePatients(db, { survivorId: 'keep', duplicateId: 'keep', at, by })).rejects.toThrow(
			new MergeRefusedError('A patient cannot be merged into their own record: choose two different registrations.')
		);
		await mergePatients(db, { survivorId: 'keep', duplicateId: 'dup', at, by });
		const before = await everything(db);
		await expect(mergePatients(db, { survivorId: 'other', duplicateId: 'dup', at, by })).rejects.toThrow('Smyth, John (MRN 20000002) was already merged: nothing was changed.');
		await expect(mergePatients(db, { survivorId: 'dup', duplicateId: 'other', at, by })).rejects.toThrow(
			'Smyth, John (MRN 20000002) is itself a merged record: merge into its surviving chart instead.'
		);
		await expect(mergePatients(db, { survivorId: 'keep', duplicateId: 'gone', at, by })).rejects.toThrow('One of the two registrations no longer exists: nothing was merged.');
		expect(await everything(db)).toEqual(before);
	});
});
