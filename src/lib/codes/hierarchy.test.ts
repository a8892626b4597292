import { describe, expect, test } from 'vitest';
import { officialIcd10cm2022Set } from './__fixtures__/official-tables';
import { ICD10CM_CURATED_SET } from './data/icd10cm-curated';
import { ancestorPath, chapterOf, formatHierarchy, hierarchyOf } from './hierarchy';
import { Icd10cmCatalog } from './icd10cm-catalog';

const shipped = new Icd10cmCatalog(ICD10CM_CURATED_SET);

const e1165Path =
	'Chapter 4 Endocrine, nutritional and metabolic diseases (E00-E89)' +
	' › E11 Type 2 diabetes mellitus' +
	' › E11.6 Type 2 diabetes mellitus with other specified complications' +
	' › E11.65 Type 2 diabetes mellitus with hyperglycemia';

describe('the path from chapter to code', () => {
	test('walks chapter › category › subcategory › code in the shipped set', () => {
		expect(formatHierarchy(hierarchyOf(shipped, 'E11.65')!)).toBe(e1165Path);
	});

	test('is the same over the full FY2022 set', () => {
		const full = new Icd10cmCatalog(officialIcd10cm2022Set());
		expect(formatHierarchy(hierarchyOf(full, 'e1165')!)).toBe(e1165Path);
		expect(formatHierarchy(hierarchyOf(full, 'Z00.129')!)).toBe(
			'Chapter 21 Factors influencing health status and contact with health services (Z00-Z99)' +
				' › Z00 Encounter for general examination without complaint, suspected or reported diagnosis' +
				' › Z00.1 Encounter for newborn, infant and child health examinations' +
				' › Z00.12 Encounter for routine child health examination' +
				' › Z00.129 Encounter for routine child health examination without abnormal findings'
		);
	});

	test('names each level', () => {
		expect(hierarchyOf(shipped, 'E11.65')!.map((step) => step.level)).toEqual([
			'chapter',
			'category',
			'subcategory',
			'code'
		]);
	});

	test('a 3-character code is its own category', () => {
		expect(formatHierarchy(hierarchyOf(shipped, 'I10')!)).toBe(
			'Chapter 9 Diseases of the circulatory system (I00-I99) › I10 Essential (primary) hypertension'
		);
	});

	test('a code with placeholder X sits directly below the last real header', () => {
		const codes = hierarchyOf(shipped, 'T78.40XA')!.map((step) => step.code);
		expect(codes).toEqual(['S00-T88', 'T78', 'T78.4', 'T78.40', 'T78.40XA']);
	});

	test('is undefined for a code the set does not have', () => {
		expect(hierarchyOf(shipped, 'E11.99')).toBeUndefined();
	});

	test('the encoder shows the path above the code, without the code itself', () => {
		expect(ancestorPath(shipped, 'E11.65')).toBe(
			'Chapter 4 Endocrine, nutritional and metabolic diseases (E00-E89)' +
				' › E11 Type 2 diabetes mellitus' +
				' › E11.6 Type 2 diabetes mellitus with other specified complications'
		);
	});
});

describe('chapters', () => {
	test('U codes are chapter 22 although they sort between T and V', () => {
		expect(chapterOf('U07.1')?.number).toBe(22);
		expect(chapterOf('V43.52XA')?.number).toBe(20);
	});

	test('letters in the category sort after digits', () => {
		expect(chapterOf('O9A.211')?.number).toBe(15);
		expect(chapterOf('C4A.9')?.number).toBe(2);
		expect(chapterOf('D49.9')?.number).toBe(2);
		expect(chapterOf('D50.9')?.number).toBe(3);
	});
});
