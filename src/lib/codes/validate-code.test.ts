import { describe, expect, test } from 'vitest';
import { officialIcd10cm2022Set } from './__fixtures__/official-tables';
import { ICD10CM_CURATED_SET } from './data/icd10cm-curated';
import { Icd10cmCatalog } from './icd10cm-catalog';
import { exampleCodeUnder, validateIcdCode } from './validate-code';

const shipped = new Icd10cmCatalog(ICD10CM_CURATED_SET);
const full = new Icd10cmCatalog(officialIcd10cm2022Set());

describe('a code that is fine', () => {
	test('gives no findings, however it is typed', () => {
		for (const typed of ['E11.9', 'e119', ' E11.9 ', 'i10']) {
			expect(validateIcdCode(shipped, typed)).toEqual([]);
		}
	});

	test('gives no findings when it fits the patient', () => {
		expect(validateIcdCode(shipped, 'C61', { sex: 'male', ageYears: 70 })).toEqual([]);
		expect(validateIcdCode(shipped, 'Z34.01', { sex: 'female', ageYears: 29 })).toEqual([]);
		expect(validateIcdCode(shipped, 'Z00.129', { sex: 'female', ageYears: 4 })).toEqual([]);
	});
});

describe('a header that cannot be billed', () => {
	test('a category needs more characters', () => {
		expect(validateIcdCode(shipped, 'E11')).toEqual([
			{
				severity: 'error',
				code: 'code.not-billable',
				where: 'code',
				message: 'E11 is a category: it needs more characters (e.g. E11.9)',
				hint: 'E11 Type 2 diabetes mellitus: pick the code under it that the documentation supports.'
			}
		]);
	});

	test('a subcategory needs more characters', () => {
		const [found] = validateIcdCode(shipped, 'e11.6', {}, 'Claim.diagnosis[0]');
		expect(found).toMatchObject({
			code: 'code.not-billable',
			where: 'Claim.diagnosis[0]',
			message: 'E11.6 is a subcategory: it needs more characters (e.g. E11.69)'
		});
	});

	test('the example is the unspecified code when there is one', () => {
		expect(exampleCodeUnder(full, 'S93.40')?.code).toBe('S93.409A');
		expect(exampleCodeUnder(full, 'I50')?.code).toBe('I50.9');
		expect(exampleCodeUnder(full, 'E11')?.code).toBe('E11.9');
	});
});

describe('a code that does not exist', () => {
	test('in the full set it is unknown, and the hint names where the learner went astray', () => {
		expect(validateIcdCode(full, 'E11.99')).toEqual([
			{
				severity: 'error',
				code: 'code.unknown',
				where: 'code',
				message: 'E11.99 is not in ICD-10-CM FY2022',
				hint: 'E11.9 (Type 2 diabetes mellitus without complications) exists: check the characters after it.'
			}
		]);
	});

	test('in the shipped set it is not claimed not to exist at all', () => {
		const [found] = validateIcdCode(shipped, 'A15.0');
		expect(found?.message).toBe('A15.0 is not in the ICD-10-CM FY2022 codes shipped with Chartroom');
		expect(found?.hint).toBe('Load the full ICD-10-CM FY2022 code set to check codes outside the shipped list.');
	});

	test('a code added in a later year says which year', () => {
		expect(validateIcdCode(full, 'E66.811')[0]?.message).toBe(
			'E66.811 is not in ICD-10-CM FY2022: it was added in FY2025 (Obesity, class 1)'
		);
	});

	test('text that is not shaped like a code is malformed', () => {
		expect(validateIcdCode(shipped, '250.00')).toEqual([
			{
				severity: 'error',
				code: 'code.malformed',
				where: 'code',
				message:
					'"250.00" is not written like an ICD-10-CM code: a letter, a digit, then up to 5 more letters or digits (e.g. E11.9)'
			}
		]);
	});
});

describe('a code that does not fit the patient', () => {
	test('a male-only code for a female patient', () => {
		expect(validateIcdCode(shipped, 'C61', { sex: 'female' })).toEqual([
			{
				severity: 'warning',
				code: 'code.sex-conflict',
				where: 'code',
				message:
					'C61 (Malignant neoplasm of prostate) is a code for the male genital organs, for male patients; this patient is recorded as female',
				hint: 'Check the documentation and the sex recorded in the chart.',
				evidence: [{ edit: 'male-genital', source: 'CMS Medicare Code Editor (MCE) FY2022, Diagnoses for males only' }]
			}
		]);
	});

	test('a female-only code for a male patient', () => {
		expect(validateIcdCode(shipped, 'N95.1', { sex: 'male' })[0]?.code).toBe('code.sex-conflict');
	});

	test('a maternity code outside the maternity ages and sex gives both findings', () => {
		const found = validateIcdCode(shipped, 'Z34.01', { sex: 'male', ageYears: 70 });
		expect(found.map((each) => each.message)).toEqual([
			'Z34.01 (Encounter for supervision of normal first pregnancy, first trimester) is a maternity code, for female patients; this patient is recorded as male',
			'Z34.01 (Encounter for supervision of normal first pregnancy, first trimester) is a maternity code, for patients of ages 9–64; this patient is 70'
		]);
	});

	test('a child health examination for an adult', () => {
		expect(validateIcdCode(shipped, 'Z00.129', { ageYears: 45 })[0]).toMatchObject({
			code: 'code.age-conflict',
			message:
				'Z00.129 (Encounter for routine child health examination without abnormal findings) is a routine child health examination code, for patients of ages 0–17; this patient is 45',
			hint: 'For a patient 18 or older use Z00.00 or Z00.01 (general adult medical examination).'
		});
	});

	test('an adult examination for a child', () => {
		expect(validateIcdCode(shipped, 'Z00.00', { ageYears: 10 })[0]?.message).toBe(
			'Z00.00 (Encounter for general adult medical examination without abnormal findings) is a general adult examination code, for patients of ages 18 and over; this patient is 10'
		);
	});

	test('a newborn code after the first year', () => {
		expect(validateIcdCode(shipped, 'Z38.00', { ageYears: 3 })[0]?.message).toBe(
			'Z38.00 (Single liveborn infant, delivered vaginally) is a newborn code, for patients of age 0; this patient is 3'
		);
		expect(validateIcdCode(shipped, 'Z38.00', { ageYears: 0.02 })).toEqual([]);
	});

	test('a perinatal code on an adult is a warning that points to the guideline', () => {
		const [found] = validateIcdCode(shipped, 'P59.9', { ageYears: 30 });
		expect(found?.severity).toBe('warning');
		expect(found?.hint).toContain('Official Guidelines I.C.16.a.4');
	});

	test('adult and pediatric BMI codes follow the note at Z68', () => {
		expect(validateIcdCode(shipped, 'Z68.30', { ageYears: 12 })[0]?.code).toBe('code.age-conflict');
		expect(validateIcdCode(shipped, 'Z68.52', { ageYears: 30 })[0]?.code).toBe('code.age-conflict');
		expect(validateIcdCode(shipped, 'Z68.52', { ageYears: 12 })).toEqual([]);
	});

	test('nothing is flagged when the chart does not say the sex or age', () => {
		expect(validateIcdCode(shipped, 'C61')).toEqual([]);
	});
});
