import { describe, expect, test } from 'vitest';
import { officialIcd10cm2022 } from '../__fixtures__/official-tables';
import { chapterOf } from '../hierarchy';
import { dotlessIcdCode } from '../icd10cm-code.js';
import { ICD10CM_CURATED_ROWS, ICD10CM_CURATED_SET, LATER_YEAR_CODES } from './icd10cm-curated';

const official = new Map(officialIcd10cm2022().codes.map((entry) => [entry.code, entry]));

describe('the shipped ICD-10-CM codes', () => {
	test('are each, code, billable flag and title, exactly as in the official FY2022 release', () => {
		const mismatches: string[] = [];
		for (const [code, billable, title] of ICD10CM_CURATED_ROWS) {
			const entry = official.get(code);
			if (!entry) mismatches.push(`${code}: not in ICD-10-CM FY2022`);
			else {
				if (entry.billable !== (billable === 1)) {
					mismatches.push(`${code}: billable is ${entry.billable ? 1 : 0} officially, ${billable} here`);
				}
				if (entry.title !== title) {
					mismatches.push(`${code}: official title "${entry.title}", here "${title}"`);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});

	test('number at least 550 billable codes', () => {
		const billable = ICD10CM_CURATED_ROWS.filter(([, flag]) => flag === 1);
		expect(billable.length).toBeGreaterThanOrEqual(550);
	});

	test('list each code once', () => {
		const seen = new Set<string>();
		const repeated = ICD10CM_CURATED_ROWS.map(([code]) => code).filter(
			(code) => seen.has(code) || !seen.add(code)
		);
		expect(repeated).toEqual([]);
	});

	test('carry every header above each code, so the hierarchy works offline', () => {
		const shipped = new Set(ICD10CM_CURATED_ROWS.map(([code]) => dotlessIcdCode(code)));
		const officialDotless = new Set([...official.keys()].map((code) => dotlessIcdCode(code)));
		const missing: string[] = [];
		for (const code of shipped) {
			for (let length = 3; length < code.length; length++) {
				const header = code.slice(0, length);
				if (officialDotless.has(header) && !shipped.has(header)) missing.push(`${header} above ${code}`);
			}
		}
		expect(missing).toEqual([]);
	});

	test('each fall in one of the 22 chapters', () => {
		const outside = ICD10CM_CURATED_ROWS.map(([code]) => code).filter((code) => !chapterOf(code));
		expect(outside).toEqual([]);
	});

	test('include the codes the primary-care lessons lean on', () => {
		const lessonCodes = [
			'E11.9', 'E11.65', 'E11.22', 'E11.40', 'I10', 'I11.9', 'I12.9', 'I13.10', 'E78.5', 'J45.909',
			'J44.9', 'I50.9', 'I48.91', 'Z79.01', 'N18.30', 'E03.9', 'F32.9', 'F33.1', 'F41.1', 'M17.11',
			'M16.11', 'M19.90', 'M54.50', 'Z34.01', 'O09.521', 'Z3A.12', 'N39.0', 'H66.91', 'H65.91',
			'J02.0', 'J02.9', 'S93.401A', 'S93.402A', 'J10.1', 'J11.1', 'Z88.0', 'Z88.2', 'Z00.00',
			'Z00.01', 'Z00.121', 'Z00.129', 'Z23', 'Z12.11', 'Z13.1', 'E66.9', 'Z68.30', 'F17.210',
			'Z87.891', 'J06.9', 'J20.9', 'J01.90', 'K21.9', 'L30.9', 'L03.116', 'R51.9', 'G43.909',
			'R05.1', 'R05.9', 'R07.9', 'R50.9', 'E55.9', 'D64.9', 'D50.9', 'N40.0', 'C61', 'N52.9',
			'N95.1', 'Z30.011', 'M10.9', 'M1A.9XX0', 'U07.1'
		];
		const shipped = new Set(ICD10CM_CURATED_ROWS.map(([code]) => code));
		expect(lessonCodes.filter((code) => !shipped.has(code))).toEqual([]);
	});

	test('form a code set that says its year and source', () => {
		expect(ICD10CM_CURATED_SET).toMatchObject({ system: 'ICD-10-CM', fiscalYear: 2022 });
		expect(ICD10CM_CURATED_SET.source).toContain('ICD-10-CM FY2022');
		expect(ICD10CM_CURATED_SET.codes).toHaveLength(ICD10CM_CURATED_ROWS.length);
	});
});

describe('codes added after FY2022', () => {
	test('are absent from the FY2022 release, and named rather than silently passed', () => {
		const presentInFy2022 = LATER_YEAR_CODES.filter(({ code }) => official.has(code));
		expect(presentInFy2022).toEqual([]);
		console.info(
			`Not checkable against FY2022 (added later): ${LATER_YEAR_CODES.map(
				({ code, title, fiscalYearAdded }) => `${code} ${title} (FY${fiscalYearAdded})`
			).join('; ')}`
		);
	});

	test('are not mixed into the shipped FY2022 rows', () => {
		const shipped = new Set(ICD10CM_CURATED_ROWS.map(([code]) => code));
		expect(LATER_YEAR_CODES.filter(({ code }) => shipped.has(code))).toEqual([]);
	});
});
