import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Patient } from '@medplum/fhirtypes';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartroomDatabase, type WorldRow } from './database';
import { replaceWorld, WorldReplacementCancelled } from './replace-world';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { outreachFor, recordOutreach } from '$lib/reports/recall-outreach';
import { disclosuresOf, releaseRequests, saveDisclosure, saveReleaseRequest } from './release-requests';

const world = (seed: number): WorldRow => ({ id: 'current', seed, cohort: 3, today: '2026-11-23', generatedAt: '2026-11-23T08:00:00Z' });
const patient = (id: string): Patient => ({ resourceType: 'Patient', id, identifier: [{ system: MRN_SYSTEM, value: id.toUpperCase() }], name: [{ family: 'Ng', given: ['Lin'] }] });
function* batchesOf(prefix: string, count: number) {
	for (let i = 0; i < count; i++) yield { resources: [patient(`${prefix}-${i}`)], patients: 1 };
}

/** A release request, a disclosure and an outreach call about p-0, and a learner setting. */
async function fileOldPaperwork(database: ChartroomDatabase) {
	const at = '2026-11-23T09:00:00Z';
	const asked = { patient: 'p-0', sections: ['problems' as const], recipient: 'Lakeshore Health Plan', purpose: 'Claim review' };
	await saveReleaseRequest(database, { id: 'roi-1', ...asked, requester: 'insurer', status: 'open', at });
	await saveDisclosure(database, { id: 'd-1', ...asked, date: at, description: 'Problem list', basis: 'authorization', accountable: true, request: 'roi-1' });
	await recordOutreach(database, { report: 'overdue-flu-shot', patient: 'p-0', outcome: 'called', at });
	await database.settings.put({ key: 'theme', value: 'dark' });
}

let db: ChartroomDatabase;
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('replaceWorld', () => {
	it('replaces the old clinic with the new one and records the scenario', async () => {
		db = new ChartroomDatabase('replace-world-1');
		await replaceWorld(db, world(1), batchesOf('old', 2));
		const progress: number[] = [];
		const result = await replaceWorld(db, world(2), batchesOf('new', 3), { onProgress: (n) => progress.push(n) });
		expect(result).toEqual({ patients: 3, resources: 3 });
		expect(progress).toEqual([1, 2, 3]);
		expect(await db.resources('Patient').toCollection().primaryKeys()).toEqual(['new-0', 'new-1', 'new-2']);
		expect((await db.worlds.get('current'))?.seed).toBe(2);
	});

	it('takes the old clinic paperwork with it: release requests, disclosures and recall outreach', async () => {
		db = new ChartroomDatabase('replace-world-4');
		await replaceWorld(db, world(1), batchesOf('p', 2));
		await fileOldPaperwork(db);
		await replaceWorld(db, world(2), batchesOf('p', 2));
		expect(await releaseRequests(db)).toEqual([]);
		expect(await disclosuresOf(db, 'p-0')).toEqual([]);
		expect(await outreachFor(db, 'overdue-flu-shot')).toEqual(new Map());
		// Not part of a clinic: the learner's settings stay.
		expect((await db.settings.get('theme'))?.value).toBe('dark');
	});

	it('leaves the previous clinic untouched when cancelled half-way', async () => {
		db = new ChartroomDatabase('replace-world-2');
		await replaceWorld(db, world(1), batchesOf('old', 2));
		await fileOldPaperwork(db);
		let batches = 0;
		const cancelled = replaceWorld(db, world(2), batchesOf('new', 10), { onProgress: () => batches++, isCancelled: () => batches >= 4 });
		await expect(cancelled).rejects.toBeInstanceOf(WorldReplacementCancelled);
		expect(await db.resources('Patient').toCollection().primaryKeys()).toEqual(['old-0', 'old-1']);
		expect((await db.worlds.get('current'))?.seed).toBe(1);
		expect((await releaseRequests(db)).map((r) => r.id)).toEqual(['roi-1']);
		expect((await outreachFor(db, 'overdue-flu-shot')).get('p-0')?.outcome).toBe('called');
	});

	it('leaves the previous clinic untouched when a batch fails', async () => {
		db = new ChartroomDatabase('replace-world-3');
		await replaceWorld(db, world(1), batchesOf('old', 2));
		function* broken() {
			yield* batchesOf('new', 2);
			throw new Error('template failed');
		}
		await expect(replaceWorld(db, world(2), broken())).rejects.toThrow('template failed');
		expect(await db.resources('Patient').count()).toBe(2);
	});
});
