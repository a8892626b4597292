/**
 * Sex and age edits for ICD-10-CM codes: a code that does not fit the patient is flagged for the
 * coder to check, as the CMS Medicare Code Editor (MCE) flags it on a claim.
 *
 * Sources:
 * - CMS Medicare Code Editor (MCE), definitions for FY2022 (v39): the edit categories "Newborn"
 *   (age 0), "Pediatric" (0–17), "Maternity" (9–64), "Adult" (15–124), "Diagnoses for females only" and
 *   "Diagnoses for males only". The MCE lists codes one by one; Chartroom keeps only the blocks whose
 *   codes all carry the same edit, so the ranges below are a subset of the MCE lists, not a copy.
 * - ICD-10-CM FY2022 Tabular List, note at Z68: adult BMI codes are for persons 20 years of age or
 *   older; pediatric BMI codes (Z68.5-) for persons 2–19 years of age.
 * - ICD-10-CM Official Guidelines for Coding and Reporting FY2022, section I.C.16.a.4: a perinatal
 *   (P) code may be used throughout the life of a patient when the condition is still present, so a
 *   P code on an older patient is a warning to check, not a mistake in itself.
 *
 * Each edit covers codes by 3-character category range ("N40-N53") or by code prefix ("Z00.12").
 */
export interface CodeEdit {
	id: string;
	/** Category ranges ("N40-N53", compared as text) or code prefixes ("Z00.12", "Z3A"). */
	codes: readonly string[];
	/** What the codes are, in a coder's words: "a maternity code". */
	kind: string;
	sex?: 'male' | 'female';
	/** Inclusive, in completed years. */
	ageYears?: { min: number; max: number };
	hint: string;
	source: string;
}

const MCE = 'CMS Medicare Code Editor (MCE) FY2022';
const BMI_NOTE = 'ICD-10-CM FY2022 Tabular List, note at Z68';

export const ICD10CM_CODE_EDITS: readonly CodeEdit[] = [
	{
		id: 'maternity',
		codes: ['O00-O9A', 'Z33.1', 'Z34', 'Z3A'],
		kind: 'a maternity code',
		sex: 'female',
		ageYears: { min: 9, max: 64 },
		hint: 'Pregnancy codes need a pregnant patient: check the sex and age recorded in the chart.',
		source: `${MCE}, Maternity (age 9–64) and Diagnoses for females only`
	},
	{
		id: 'female-genital',
		codes: ['C51-C58', 'D06', 'D25-D28', 'D39', 'N70-N98', 'R87', 'Z01.41', 'Z12.4', 'Z30.43'],
		kind: 'a code for the female genital organs',
		sex: 'female',
		hint: 'Check the documentation and the sex recorded in the chart.',
		source: `${MCE}, Diagnoses for females only`
	},
	{
		id: 'male-genital',
		codes: ['C60-C63', 'D29', 'D40', 'N40-N53', 'R97.2', 'Z12.5'],
		kind: 'a code for the male genital organs',
		sex: 'male',
		hint: 'Check the documentation and the sex recorded in the chart.',
		source: `${MCE}, Diagnoses for males only`
	},
	{
		id: 'newborn',
		codes: ['Z00.11', 'Z38'],
		kind: 'a newborn code',
		ageYears: { min: 0, max: 0 },
		hint: 'Newborn examinations and liveborn-infant codes are for the first year of life only (age 0).',
		source: `${MCE}, Newborn (age 0)`
	},
	{
		id: 'perinatal',
		codes: ['P00-P96'],
		kind: 'a perinatal code',
		ageYears: { min: 0, max: 0 },
		hint: 'A perinatal condition that is still present may be coded at any age (Official Guidelines I.C.16.a.4); check that the documentation says so.',
		source: `${MCE}, Newborn (age 0); ICD-10-CM Official Guidelines FY2022 I.C.16.a.4`
	},
	{
		id: 'child-health-exam',
		codes: ['Z00.12'],
		kind: 'a routine child health examination code',
		ageYears: { min: 0, max: 17 },
		hint: 'For a patient 18 or older use Z00.00 or Z00.01 (general adult medical examination).',
		source: `${MCE}, Pediatric (age 0–17)`
	},
	{
		id: 'adult-exam',
		// The MCE adult category runs from 15; payers and Chartroom's lessons switch from the child
		// to the adult examination at 18, matching the pediatric edit's upper bound of 17.
		codes: ['Z00.0'],
		kind: 'a general adult examination code',
		ageYears: { min: 18, max: 124 },
		hint: 'For a patient under 18 use Z00.121 or Z00.129 (routine child health examination).',
		source: `${MCE}, Adult and Pediatric (0–17) categories`
	},
	{
		id: 'bmi-adult',
		codes: ['Z68.1', 'Z68.2', 'Z68.3', 'Z68.4'],
		kind: 'an adult BMI code',
		ageYears: { min: 20, max: 124 },
		hint: 'For patients 2 to 19 years old use the pediatric BMI percentile codes Z68.51–Z68.54.',
		source: BMI_NOTE
	},
	{
		id: 'bmi-pediatric',
		codes: ['Z68.5'],
		kind: 'a pediatric BMI percentile code',
		ageYears: { min: 2, max: 19 },
		hint: 'For patients 20 or older use the adult BMI codes Z68.1–Z68.45.',
		source: BMI_NOTE
	}
];
