import 'fake-indexeddb/auto';
import type { Coverage, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { ChartroomDatabase } from './database';
import { freeMrn, registerPatient } from './register-patient';
import { getResource, putResources } from './resources';

const db = new ChartroomDatabase('register-patient-test');
const patient = (id: string, mrn: string): Patient => ({ resourceType: 'Patient', id, identifier: [{ system: MRN_SYSTEM, value: mrn }], name: [{ family: 'Ruiz', given: ['Ana'] }] });
const coverage = (id: string, patientId: string): Coverage => ({ resourceType: 'Coverage', id, status: 'active', beneficiary: { reference: `Patient/${patientId}` }, payor: [{ display: 'Self-pay' }] });
const sequence = (...values: number[]) => () => values.shift() ?? 0.999;

beforeAll(() => putResources(db, [patient('taken', '12345678')]));
afterAll(() => db.delete());

describe('registering a patient', () => {
	test('draws an MRN no one holds', async () => {
		expect(await freeMrn(db, sequence(0.12345678, 0.00000042))).toBe('00000042');
	});

	test('stores the Patient with its MRN and the Coverage together', async () => {
		await registerPatient(db, (mrn) => [patient('new-1', mrn), coverage('cov-1', 'new-1')], sequence(0.5));
		expect((await getResource<Patient>(db, 'Patient', 'new-1'))?.identifier?.[0]?.value).toBe('50000000');
		expect(await getResource(db, 'Coverage', 'cov-1')).toBeDefined();
	});

	test('stores nothing when part of the registration fails', async () => {
		// The Patient collides with a held MRN (a unique index) after its Coverage was written.
		await expect(registerPatient(db, () => [coverage('cov-3', 'new-3'), patient('new-3', '12345678')], sequence(0.7))).rejects.toThrow();
		expect(await getResource(db, 'Coverage', 'cov-3')).toBeUndefined();
		expect(await getResource(db, 'Patient', 'new-3')).toBeUndefined();
	});
});
