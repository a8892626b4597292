import { describe, expect, test } from 'vitest';
import { readIcd10cmFullAsset } from './icd10cm-code-set';

const asset = {
	system: 'ICD-10-CM',
	fiscalYear: 2022,
	source: 'ICD-10-CM order file, FY2022',
	codes: [
		['E11', 0, 'Type 2 diabetes mellitus'],
		['E11.9', 1, 'Type 2 diabetes mellitus without complications']
	]
};

describe('reading the full-set asset', () => {
	test('a good asset becomes a code set', () => {
		expect(readIcd10cmFullAsset(asset, 'icd10cm-full.json')).toEqual({
			ok: true,
			codeSet: {
				system: 'ICD-10-CM',
				fiscalYear: 2022,
				source: 'ICD-10-CM order file, FY2022',
				codes: [
					{ code: 'E11', billable: false, title: 'Type 2 diabetes mellitus' },
					{ code: 'E11.9', billable: true, title: 'Type 2 diabetes mellitus without complications' }
				]
			}
		});
	});

	test('one bad row refuses the whole file, naming the row', () => {
		const broken = { ...asset, codes: [...asset.codes, ['E11.65', 'yes', 'Type 2 diabetes mellitus with hyperglycemia']] };
		expect(readIcd10cmFullAsset(broken, 'icd10cm-full.json')).toEqual({
			ok: false,
			finding: {
				severity: 'error',
				code: 'codes.asset-invalid',
				where: 'icd10cm-full.json: codes[2]',
				message: 'each code must be [code, 0 or 1, title]'
			}
		});
	});

	test('something that is not the asset is refused', () => {
		expect(readIcd10cmFullAsset(null, 'x.json')).toMatchObject({ ok: false, finding: { where: 'x.json' } });
		expect(readIcd10cmFullAsset({ ...asset, system: 'ICD-9-CM' }, 'x.json')).toMatchObject({
			ok: false,
			finding: { where: 'x.json: system', message: 'system must be "ICD-10-CM"' }
		});
	});
});
