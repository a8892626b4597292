import { describe, expect, test } from 'vitest';
import { officialIcd10cm2022, officialIcd10cm2022Set } from './__fixtures__/official-tables';
import { COMMON_PRIMARY_CARE_CODES } from './data/common-diagnoses';
import { ICD10CM_CURATED_ROWS, ICD10CM_CURATED_SET } from './data/icd10cm-curated';
import { SEARCH_PHRASES } from './data/search-phrases';
import { SEARCH_SYNONYMS } from './data/search-synonyms';
import { Icd10SearchIndex, searchQuality } from './icd10-search';
import { Icd10cmCatalog } from './icd10cm-catalog';

const shipped = new Icd10SearchIndex(new Icd10cmCatalog(ICD10CM_CURATED_SET));
const codesFor = (query: string, limit = 5) => shipped.search(query, limit).map((result) => result.code);

describe('typing a code', () => {
	test('the code itself comes first, with or without the dot, in any case', () => {
		for (const typed of ['E11.9', 'e119', 'e11.9']) expect(codesFor(typed)[0]).toBe('E11.9');
	});

	test('a code prefix lists the codes under it, more general first', () => {
		expect(codesFor('e11.6', 4)).toEqual(['E11.6', 'E11.62', 'E11.63', 'E11.64']);
		expect(codesFor('I1', 3)).toEqual(['I10', 'I11', 'I12']);
	});
});

describe('typing words', () => {
	test('each result carries its title, billable flag and path', () => {
		expect(shipped.search('type 2 diabetes with high blood sugar', 1)).toEqual([
			{
				code: 'E11.65',
				title: 'Type 2 diabetes mellitus with hyperglycemia',
				billable: true,
				path:
					'Chapter 4 Endocrine, nutritional and metabolic diseases (E00-E89)' +
					' › E11 Type 2 diabetes mellitus' +
					' › E11.6 Type 2 diabetes mellitus with other specified complications',
				needsMoreCharacters: false
			}
		]);
	});

	test('a header says it needs more characters', () => {
		const header = shipped.search('type 2 diabetes', 20).find((result) => result.code === 'E11');
		expect(header).toMatchObject({ billable: false, needsMoreCharacters: true });
	});

	test('abbreviations and lay words find the official title', () => {
		expect(codesFor('htn')[0]).toBe('I10');
		expect(codesFor('high blood pressure')[0]).toBe('I10');
		expect(codesFor('uti')[0]).toBe('N39.0');
		expect(codesFor('strep throat')[0]).toBe('J02.0');
		expect(codesFor('pink eye')[0]).toBe('H10.9');
	});

	test('the last word may be unfinished', () => {
		expect(codesFor('type 2 diab')[0]).toBe('E11.9');
		expect(codesFor('hypertens')[0]).toBe('I10');
	});

	test('a word typed in full finds its synonym before longer words it starts', () => {
		expect(codesFor('flu')[0]).toBe('J11.1');
		expect(codesFor('flu', 20)).toContain('I48.92');
	});

	test('words asked for as absent are honoured: "without complications" is E11.9', () => {
		expect(codesFor('type 2 diabetes without complications')[0]).toBe('E11.9');
	});

	test('a title that says "without" what was asked for ranks below one that has it', () => {
		expect(codesFor('enlarged prostate with urinary symptoms', 2)).toEqual(['N40.1', 'N40.0']);
	});

	test('a header comes after the billable code below it', () => {
		const codes = codesFor('migraine with aura', 20);
		expect(codes.indexOf('G43.109')).toBeLessThan(codes.indexOf('G43.1'));
	});

	test('the initial encounter comes before subsequent encounters', () => {
		const codes = codesFor('left ankle sprain', 20);
		expect(codes[0]).toBe('S93.402A');
		expect(codes.indexOf('S93.402A')).toBeLessThan(codes.indexOf('S93.402D'));
	});

	test('when no title has every word, the query is tried with one word left out', () => {
		expect(codesFor('impacted cerumen both ears')).toContain('H61.23');
	});

	test('nothing for an empty query, a single letter or words no title has', () => {
		expect(codesFor('')).toEqual([]);
		expect(codesFor('   ')).toEqual([]);
		expect(codesFor('d')).toEqual([]);
		expect(codesFor('xyzzy plugh')).toEqual([]);
	});

	test('at most the number of results asked for', () => {
		expect(shipped.search('pain', 7)).toHaveLength(7);
	});
});

describe('quality over the full FY2022 code set', () => {
	test('the expected code is in the top 5 for at least 90 % of the benchmark phrases', () => {
		const full = new Icd10SearchIndex(new Icd10cmCatalog(officialIcd10cm2022Set()));
		const quality = searchQuality(SEARCH_PHRASES, (phrase) => full.search(phrase, 5));
		console.info(
			`encoder over FY2022 (${quality.total} phrases): top-1 ${(quality.top1Rate * 100).toFixed(1)} %, top-5 ${(quality.top5Rate * 100).toFixed(1)} %`
		);
		expect(quality.misses.length <= quality.total * 0.1, JSON.stringify(quality.misses, null, 1)).toBe(
			true
		);
		expect(quality.top5Rate).toBeGreaterThanOrEqual(0.9);
	});
});

describe('searchQuality', () => {
	test('counts first places and top-5 places, and lists the misses', () => {
		const answers: Record<string, string[]> = {
			htn: ['I10'],
			diabetes: ['E10.9', 'E11.9'],
			cough: ['R05.1', 'R05.2', 'R05.3', 'R05.8', 'R05.9', 'R05']
		};
		const quality = searchQuality(
			[
				{ phrase: 'htn', expected: 'I10' },
				{ phrase: 'diabetes', expected: 'E11.9' },
				{ phrase: 'cough', expected: 'R05' }
			],
			(phrase) => (answers[phrase] ?? []).map((code) => ({ code }))
		);
		expect(quality).toEqual({
			total: 3,
			top1: 1,
			top5: 2,
			top1Rate: 1 / 3,
			top5Rate: 2 / 3,
			misses: [{ phrase: 'cough', expected: 'R05', got: ['R05.1', 'R05.2', 'R05.3', 'R05.8', 'R05.9'] }]
		});
	});
});

describe('the search data', () => {
	const official = new Map(officialIcd10cm2022().codes.map((entry) => [entry.code, entry]));

	test('every benchmark phrase expects a billable FY2022 code', () => {
		const wrong = SEARCH_PHRASES.filter(({ expected }) => !official.get(expected)?.billable);
		expect(wrong).toEqual([]);
	});

	test('every common code is billable and in the shipped set', () => {
		const shippedCodes = new Set(ICD10CM_CURATED_ROWS.filter(([, billable]) => billable).map(([code]) => code));
		expect(COMMON_PRIMARY_CARE_CODES.filter((code) => !shippedCodes.has(code))).toEqual([]);
	});

	test('every word a synonym means occurs in some FY2022 title', () => {
		const titleWords = new Set(
			[...official.values()].flatMap((entry) => entry.title.toLowerCase().match(/[a-z0-9]+/g) ?? [])
		);
		const unknown = SEARCH_SYNONYMS.flatMap(({ means }) =>
			(means.toLowerCase().match(/[a-z0-9]+/g) ?? [])
				.filter((word) => !titleWords.has(word))
				.map((word) => `${means}: "${word}"`)
		);
		expect(unknown).toEqual([]);
	});
});
