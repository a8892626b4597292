import { describe, expect, test } from 'vitest';
import { ICD10CM_CURATED_SET } from './data/icd10cm-curated';
import { Icd10cmCatalog } from './icd10cm-catalog';

const catalog = new Icd10cmCatalog(ICD10CM_CURATED_SET);

describe('finding a code', () => {
	test('accepts the code as learners type it: with or without the dot, any case, spaces', () => {
		for (const typed of ['E11.9', 'e11.9', 'E119', ' e119 ']) {
			expect(catalog.find(typed)?.title).toBe('Type 2 diabetes mellitus without complications');
		}
	});

	test('returns nothing for a code the set does not have', () => {
		expect(catalog.find('E11.99')).toBeUndefined();
		expect(catalog.indexOf('E11.99')).toBe(-1);
	});
});

describe('codes under a prefix', () => {
	test('come in code order, the prefix itself first', () => {
		const codes = catalog.indexesStartingWith('E11.6').map((index) => catalog.codes[index]!.code);
		expect(codes[0]).toBe('E11.6');
		expect(codes).toContain('E11.65');
		expect(codes.every((code) => code.startsWith('E11.6'))).toBe(true);
		expect([...codes].sort()).toEqual(codes);
	});

	test('the billable codes under a category leave the headers out', () => {
		const under = catalog.billableCodesUnder('I50.2').map((entry) => entry.code);
		expect(under).toEqual(['I50.20', 'I50.21', 'I50.22', 'I50.23']);
	});

	test('a prefix nothing starts with gives nothing', () => {
		expect(catalog.indexesStartingWith('E99')).toEqual([]);
	});
});
