import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Claim, Encounter, Patient } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { putResources } from '$lib/db/resources';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { buildClaim } from './build-claim';
import { addQuery } from './coding-worksheet';
import { CONTEXT } from './__fixtures__/coding-case';
import { listCodingQueue } from './coding-queue';
import { SENT_TO_CODING } from './workflow-tags';

const patient = (id: string, family: string): Patient => ({
	resourceType: 'Patient',
	id,
	identifier: [{ system: MRN_SYSTEM, value: `MRN-${id}` }],
	name: [{ family, given: ['Sam'] }]
});

function encounter(id: string, patientId: string, start: string, sent = true): Encounter {
	return {
		resourceType: 'Encounter',
		id,
		...(sent ? { meta: { tag: [{ ...SENT_TO_CODING }] } } : {}),
		status: 'finished',
		class: { code: 'AMB' },
		type: [{ text: 'Hypertension follow-up' }],
		subject: { reference: `Patient/${patientId}` },
		participant: [{ individual: { reference: 'Practitioner/pr-1', display: 'Hiro Sato, MD' } }],
		period: { start }
	};
}

function claimFor(encounterId: string, status: Claim['status'], query = false): Claim {
	let worksheet = { diagnoses: [{ code: 'I10', title: '' }], lines: [{ system: 'cpt' as const, code: '99213', units: 1, pointers: ['I10'] }], queries: [] };
	if (query) {
		const asked = addQuery(worksheet, { question: 'Level?', askedAt: '2024-10-15T10:00:00Z', askedBy: 'cd-mbeki' });
		if (asked.ok) worksheet = asked.worksheet as typeof worksheet;
	}
	const enc = { ...CONTEXT.encounter, id: encounterId };
	return buildClaim(worksheet, { ...CONTEXT, encounter: enc, status: status as 'draft' | 'active' });
}

let db: ChartroomDatabase;
beforeEach(async () => {
	db = new ChartroomDatabase(`coding-queue-${Math.random()}`);
	await putResources(db, [
		patient('p1', 'Adeyemi'),
		patient('p2', 'Brandt'),
		encounter('e-ready', 'p1', '2024-10-10T09:00:00-05:00'),
		encounter('e-draft', 'p2', '2024-10-08T14:00:00-05:00'),
		encounter('e-query', 'p1', '2024-10-09T11:00:00-05:00'),
		encounter('e-sent', 'p2', '2024-10-11T08:30:00-05:00'),
		encounter('e-not-sent', 'p2', '2024-10-10T10:00:00-05:00', false),
		encounter('e-old', 'p1', '2024-08-01T10:00:00-05:00'),
		claimFor('e-draft', 'draft'),
		claimFor('e-query', 'draft', true),
		claimFor('e-sent', 'active')
	]);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('listCodingQueue', () => {
	test('lists encounters sent to coding in the window, oldest first, with patient, provider, visit type and status', async () => {
		const queue = await listCodingQueue(db, { from: '2024-10-01', to: '2024-10-14' });
		expect(queue.map((q) => [q.encounterId, q.patientName, q.mrn, q.status])).toEqual([
			['e-draft', 'Brandt, Sam', 'MRN-p2', 'in-progress'],
			['e-query', 'Adeyemi, Sam', 'MRN-p1', 'query'],
			['e-ready', 'Adeyemi, Sam', 'MRN-p1', 'ready'],
			['e-sent', 'Brandt, Sam', 'MRN-p2', 'submitted']
		]);
		expect(queue[0]).toMatchObject({ provider: 'Hiro Sato, MD', visitType: 'Hypertension follow-up', start: '2024-10-08T14:00:00-05:00', total: 120 });
		expect(queue[2]!.total).toBeUndefined();
	});

	test('an encounter not sent to coding is not in the queue', async () => {
		const queue = await listCodingQueue(db, { from: '2024-10-10', to: '2024-10-10' });
		expect(queue.map((q) => q.encounterId)).toEqual(['e-ready']);
	});

	test('the window is inclusive of both days, whatever the time of day', async () => {
		expect((await listCodingQueue(db, { from: '2024-10-11', to: '2024-10-11' })).map((q) => q.encounterId)).toEqual(['e-sent']);
		expect((await listCodingQueue(db, { from: '2024-07-01', to: '2024-08-01' })).map((q) => q.encounterId)).toEqual(['e-old']);
	});

	test('an empty window gives an empty queue', async () => {
		expect(await listCodingQueue(db, { from: '2025-01-01', to: '2025-01-31' })).toEqual([]);
	});
});
