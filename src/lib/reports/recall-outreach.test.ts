import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { outreachFor, recordOutreach, splitRecall } from './recall-outreach';

let db: ChartroomDatabase;
beforeEach(() => {
	db = new ChartroomDatabase('recall-outreach');
});
afterEach(async () => {
	db.close();
	await Dexie.delete('recall-outreach');
});

const at = '2026-11-02T09:00:00Z';

describe('recall outreach', () => {
	it('keeps one row per report and patient, the latest outcome winning', async () => {
		await recordOutreach(db, { report: 'overdue-flu-shot', patient: 'p1', outcome: 'left-message', at });
		await recordOutreach(db, { report: 'overdue-flu-shot', patient: 'p1', outcome: 'scheduled', at, by: 'ma-chen' });
		await recordOutreach(db, { report: 'diabetes-without-a1c', patient: 'p1', outcome: 'declined', at });
		expect(await db.outreach.get('overdue-flu-shot:p1')).toEqual({ id: 'overdue-flu-shot:p1', report: 'overdue-flu-shot', patient: 'p1', outcome: 'scheduled', at, by: 'ma-chen' });
		expect([...(await outreachFor(db, 'overdue-flu-shot')).keys()]).toEqual(['p1']);
		expect(await db.outreach.count()).toBe(2);
	});

	it('open: no outreach or a message left; closed: called, scheduled or declined', async () => {
		const patients = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({ id }));
		await recordOutreach(db, { report: 'r', patient: 'p2', outcome: 'left-message', at });
		await recordOutreach(db, { report: 'r', patient: 'p3', outcome: 'called', at });
		await recordOutreach(db, { report: 'r', patient: 'p4', outcome: 'scheduled', at });
		await recordOutreach(db, { report: 'r', patient: 'p5', outcome: 'declined', at });
		const { open, closed } = splitRecall(patients, await outreachFor(db, 'r'));
		expect(open.map((p) => p.id)).toEqual(['p1', 'p2']);
		expect(closed.map((p) => p.id)).toEqual(['p3', 'p4', 'p5']);
	});
});
