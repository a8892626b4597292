import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Condition, Patient } from '@medplum/fhirtypes';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLogIsAppendOnlyError, ChartroomDatabase } from './database';
import { recordAudit, auditForPatient } from './audit';
import { getResource, patientChart, putResources } from './resources';
import { readPatientDirectory } from './patient-directory';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from './schema';
import { MRN_SYSTEM } from '$lib/record/identifiers';

let names: string[] = [];
function freshName(): string {
	const name = `chartroom-test-${names.length}-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	return name;
}
afterEach(async () => {
	await Promise.all(names.map((n) => Dexie.delete(n)));
	names = [];
});

const patient: Patient = {
	resourceType: 'Patient',
	id: 'p-1',
	identifier: [{ system: MRN_SYSTEM, value: 'MRN-0001' }],
	name: [{ family: 'Núñez', given: ['José', 'Luis'] }],
	birthDate: '1958-04-02',
	telecom: [{ system: 'phone', value: '(555) 010-2233' }]
};
const condition: Condition = {
	resourceType: 'Condition',
	id: 'c-1',
	subject: { reference: 'Patient/p-1' },
	code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }] },
	onsetDateTime: '2020-01-05'
};

describe('migration from schema version 1', () => {
	it('upgrades an old database without losing rows and fills the new indexes', async () => {
		const name = freshName();
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		await old.table('Patient').put({ id: 'p-1', resource: patient, mrn: 'MRN-0001', tokens: ['jose', 'luis', 'nunez'], birthDate: '1958-04-02' });
		await old.table('Condition').put({ id: 'c-1', resource: condition, patient: 'p-1', date: '2020-01-05' });
		await old.table('audit').add({ at: '2026-01-01T10:00:00Z', user: 'u1', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success', patient: 'p-1' });
		old.close();

		const db = new ChartroomDatabase(name);
		await db.open();
		expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
		expect(await db.resources('Patient').where('phone').equals('5550102233').primaryKeys()).toEqual(['p-1']);
		// Version 5 files the condition in its patient's row, found by its code and by its id.
		expect(await db.clinical('Condition').where('keys').startsWith('E11').primaryKeys()).toEqual(['p-1']);
		expect(await getResource(db, 'Condition', 'c-1')).toEqual(condition);
		expect(await db.audit.count()).toBe(1);
		expect(await getResource(db, 'Patient', 'p-1')).toEqual(patient);
		expect(await readPatientDirectory(db)).toEqual([{ id: 'p-1', mrn: 'MRN-0001', name: 'Núñez, José Luis', birthDate: '1958-04-02', sex: '' }]);
		db.close();
	});
});

describe('resources', () => {
	it('stores resources untouched and finds a chart by patient', async () => {
		const db = new ChartroomDatabase(freshName());
		await putResources(db, [patient, condition]);
		expect(await patientChart(db, 'p-1')).toEqual([condition]);
		expect(await db.resources('Patient').where('tokens').startsWith('nun').primaryKeys()).toEqual(['p-1']);
		db.close();
	});

	it('refuses a whole batch when one resource cannot be stored', async () => {
		const db = new ChartroomDatabase(freshName());
		await expect(putResources(db, [patient, { resourceType: 'Basic', id: 'b', code: {} }])).rejects.toThrow(
			'Chartroom does not store Basic resources.'
		);
		expect(await db.resources('Patient').count()).toBe(0);
		db.close();
	});
});

describe('the audit log', () => {
	it('accepts new events and returns them per patient', async () => {
		const db = new ChartroomDatabase(freshName());
		await recordAudit(db, { at: '2026-01-01T10:00:00Z', user: 'u1', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success', patient: 'p-1' });
		const events = await auditForPatient(db, 'p-1');
		expect(events.map((e) => e.action)).toEqual(['view']);
		db.close();
	});

	it('refuses every edit or deletion, even through bulk operations', async () => {
		const db = new ChartroomDatabase(freshName());
		const seq = await recordAudit(db, { at: '2026-01-01T10:00:00Z', user: 'u1', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success' });
		await expect(db.audit.put({ seq, at: 'x', user: 'u2', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success' })).rejects.toBeInstanceOf(AuditLogIsAppendOnlyError);
		await expect(db.audit.update(seq, { user: 'u2' })).rejects.toThrow('append-only');
		await expect(db.audit.delete(seq)).rejects.toThrow('append-only');
		await expect(db.audit.clear()).rejects.toThrow('append-only');
		expect((await db.audit.get(seq))?.user).toBe('u1');
		db.close();
	});
});
