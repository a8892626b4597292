import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import type { Icd10cmCodeSet } from '$lib/codes/icd10cm-code-set';
import { CODES_PER_ROW, forgetLoadedCodeSet, readLoadedCodeSet, storeLoadedCodeSet } from './code-set-storage';

function codeSetOf(size: number, fiscalYear = 2022): Icd10cmCodeSet {
	return {
		system: 'ICD-10-CM',
		fiscalYear,
		source: `FY${fiscalYear}`,
		codes: Array.from({ length: size }, (_, at) => ({ code: `A${String(at).padStart(5, '0')}`, billable: at % 4 !== 0, title: `Title ${at}` }))
	};
}

let db: ChartroomDatabase;
beforeEach(async () => {
	await Dexie.delete('code-set-storage-test');
	db = new ChartroomDatabase('code-set-storage-test');
	await db.open();
});
afterEach(() => db.close());

describe('loaded code set storage', () => {
	it('reads back every code in order, in rows of 5,000', async () => {
		const stored = codeSetOf(CODES_PER_ROW * 2 + 7);
		const info = await storeLoadedCodeSet(db, stored, 'icd10cm_order_2022.txt', '2026-11-23T10:00:00.000Z');
		expect(info).toEqual({
			origin: 'loaded',
			fiscalYear: 2022,
			codeCount: 10_007,
			billableCount: 7_505,
			sourceFile: 'icd10cm_order_2022.txt',
			loadedAt: '2026-11-23T10:00:00.000Z'
		});
		expect(await db.codeSets.count()).toBe(4);
		const read = await readLoadedCodeSet(db);
		expect(read?.codeSet.codes).toEqual(stored.codes);
		expect(read?.info).toEqual(info);
	});

	it('replaces an earlier, larger set whole: no stale rows are left', async () => {
		await storeLoadedCodeSet(db, codeSetOf(CODES_PER_ROW * 3, 2021), 'icd10cm_order_2021.txt', '2026-11-01T00:00:00.000Z');
		await storeLoadedCodeSet(db, codeSetOf(10), 'icd10cm_order_2022.txt', '2026-11-23T00:00:00.000Z');
		expect(await db.codeSets.count()).toBe(2);
		expect((await readLoadedCodeSet(db))?.info.fiscalYear).toBe(2022);
	});

	it('ignores a set whose rows do not add up', async () => {
		await storeLoadedCodeSet(db, codeSetOf(CODES_PER_ROW + 1), 'icd10cm_order_2022.txt', '2026-11-23T00:00:00.000Z');
		await db.codeSets.delete('icd10cm:loaded:chunk:0001');
		expect(await readLoadedCodeSet(db)).toBeUndefined();
	});

	it('forgets the loaded set and leaves other code-set rows alone', async () => {
		await db.codeSets.put({ id: 'hcpcs:other' });
		await storeLoadedCodeSet(db, codeSetOf(3), 'icd10cm_order_2022.txt', '2026-11-23T00:00:00.000Z');
		await forgetLoadedCodeSet(db);
		expect(await readLoadedCodeSet(db)).toBeUndefined();
		expect(await db.codeSets.toCollection().primaryKeys()).toEqual(['hcpcs:other']);
	});
});
