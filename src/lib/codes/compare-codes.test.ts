import { describe, expect, test } from 'vitest';
import { compareDiagnosisCodes } from './compare-codes';
import { ICD10CM_CURATED_SET } from './data/icd10cm-curated';
import { Icd10cmCatalog } from './icd10cm-catalog';

const catalog = new Icd10cmCatalog(ICD10CM_CURATED_SET);
const codesOf = (result: ReturnType<typeof compareDiagnosisCodes>) => result.findings.map((each) => each.code);

describe('grading a learner’s diagnosis codes against the key', () => {
	test('the exact codes in the key’s order earn full marks', () => {
		const result = compareDiagnosisCodes(['i10', 'E11.9'], ['I10', 'E11.9'], { catalog });
		expect(result).toMatchObject({ earned: 4, possible: 4 });
		expect(codesOf(result)).toEqual(['code.match', 'code.match']);
		expect(result.findings[0]).toMatchObject({
			severity: 'info',
			where: 'diagnoses[0]',
			message: 'I10 (Essential (primary) hypertension) matches the key',
			points: { earned: 2, possible: 2 }
		});
	});

	test('the right category but the wrong specificity earns half', () => {
		const result = compareDiagnosisCodes(['E11.9'], ['E11.65'], { catalog, where: 'Claim.diagnosis' });
		expect(result).toMatchObject({ earned: 1, possible: 2 });
		expect(result.findings).toEqual([
			{
				severity: 'warning',
				code: 'code.wrong-specificity',
				where: 'Claim.diagnosis[0]',
				message:
					'E11.9 is in the right category (E11 Type 2 diabetes mellitus) but not the code the documentation supports; check the 4th and 5th characters',
				evidence: [{ given: 'E11.9', expected: 'E11.65' }],
				points: { earned: 1, possible: 2 }
			}
		]);
	});

	test('the message names the one character that differs', () => {
		const [found] = compareDiagnosisCodes(['S93.401A'], ['S93.402A'], { catalog }).findings;
		expect(found?.message).toContain('check the 6th character');
	});

	test('the primary diagnosis listed second earns half and says where it should go', () => {
		const result = compareDiagnosisCodes(['E11.9', 'I10'], ['I10', 'E11.9'], { catalog });
		expect(result).toMatchObject({ earned: 3, possible: 4 });
		const order = result.findings.find((each) => each.code === 'code.order');
		expect(order).toEqual({
			severity: 'warning',
			code: 'code.order',
			where: 'diagnoses[1]',
			message: 'The first-listed (primary) diagnosis should be I10; you listed it second',
			hint: 'List first the condition chiefly responsible for the visit.',
			points: { earned: -1, possible: 0 }
		});
	});

	test('a code the key has and the learner does not is missing', () => {
		const result = compareDiagnosisCodes(['I10'], ['I10', 'E78.5'], { catalog });
		expect(result).toMatchObject({ earned: 2, possible: 4 });
		expect(result.findings.at(-1)).toEqual({
			severity: 'error',
			code: 'code.missing',
			where: 'diagnoses',
			message: 'E78.5 (Hyperlipidemia, unspecified) is missing: the documentation supports it',
			points: { earned: 0, possible: 2 }
		});
	});

	test('a code the key does not have is reported as extra and costs nothing', () => {
		const result = compareDiagnosisCodes(['I10', 'Z79.4'], ['I10'], { catalog });
		expect(result).toMatchObject({ earned: 2, possible: 2 });
		expect(result.findings.at(-1)).toEqual({
			severity: 'warning',
			code: 'code.extra',
			where: 'diagnoses[1]',
			message: 'Z79.4 (Long term (current) use of insulin) is not in the key: check that the documentation supports it'
		});
	});

	test('a code listed twice counts once', () => {
		const result = compareDiagnosisCodes(['I10', 'I10'], ['I10'], { catalog });
		expect(result.earned).toBe(2);
		expect(codesOf(result)).toEqual(['code.duplicate', 'code.match']);
		expect(result.findings[0]?.message).toBe('I10 is listed twice; list each code once');
	});

	test('an exact match is not spent on a near miss', () => {
		const result = compareDiagnosisCodes(['E11.65', 'E11.9'], ['E11.9', 'E11.65'], { catalog });
		expect(codesOf(result).filter((code) => code === 'code.match')).toHaveLength(2);
	});

	test('without a catalog the messages name codes only', () => {
		const [found] = compareDiagnosisCodes(['J45.909'], ['J45.20']).findings;
		expect(found?.message).toBe(
			'J45.909 is in the right category (J45) but not the code the documentation supports; check the 4th to 6th characters'
		);
	});

	test('an empty answer earns nothing and lists every code as missing', () => {
		const result = compareDiagnosisCodes([], ['I10', 'E11.9']);
		expect(result).toMatchObject({ earned: 0, possible: 4 });
		expect(codesOf(result)).toEqual(['code.missing', 'code.missing']);
	});
});
