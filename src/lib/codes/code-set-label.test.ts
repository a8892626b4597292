import { describe, expect, it } from 'vitest';
import { codeSetLabel } from './code-set-label';

describe('codeSetLabel', () => {
	it('names a loaded full set with its year, billable count and load date', () => {
		expect(
			codeSetLabel({
				origin: 'loaded',
				fiscalYear: 2022,
				codeCount: 95_524,
				billableCount: 72_748,
				sourceFile: 'icd10cm_order_2022.txt',
				loadedAt: '2026-11-23T10:41:00.000Z'
			})
		).toBe('ICD-10-CM FY2022 — full set (72,748 billable codes), loaded 2026-11-23');
	});

	it('names the shipped curated set', () => {
		expect(codeSetLabel({ origin: 'shipped', fiscalYear: 2022, codeCount: 1_500, billableCount: 1_093 })).toBe(
			"ICD-10-CM FY2022 — Chartroom's curated set (1,093 billable codes)"
		);
	});

	it('names a full set built into the site by the deployer', () => {
		expect(codeSetLabel({ origin: 'build', fiscalYear: 2023, codeCount: 96_000, billableCount: 73_000 })).toBe(
			'ICD-10-CM FY2023 — full set (73,000 billable codes), built into this copy of Chartroom'
		);
	});
});
