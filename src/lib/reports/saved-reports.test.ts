import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { leaf } from './report-criteria';
import { deleteSavedReport, loadSavedReports, saveReport } from './saved-reports';

let db: ChartroomDatabase;
beforeEach(() => {
	db = new ChartroomDatabase('saved-reports');
});
afterEach(async () => {
	db.close();
	await Dexie.delete('saved-reports');
});

const women = { id: 'saved-women', title: 'Women', root: leaf({ kind: 'sex', sex: 'female' }) };

describe('saved reports', () => {
	it('saves, replaces by id and deletes', async () => {
		expect(await loadSavedReports(db)).toEqual([]);
		await saveReport(db, women);
		await saveReport(db, { ...women, title: 'Female patients' });
		expect((await loadSavedReports(db)).map((r) => r.title)).toEqual(['Female patients']);
		expect(await deleteSavedReport(db, 'saved-women')).toEqual([]);
	});

	it('ignores malformed entries in settings', async () => {
		await db.settings.put({ key: 'saved-reports', value: [women, { id: 1 }, null, 'x'] });
		expect(await loadSavedReports(db)).toEqual([women]);
	});
});
