import { describe, expect, test } from 'vitest';
import { compareDiagnosisCodes } from '../codes/compare-codes';
import { codeComparerFor, compareCodesExactly, normaliseCode, type CompareCodes } from './code-matching';

test('codes compare without dots, spaces or case', () => {
	expect(normaliseCode(' e11.9 ')).toBe('E119');
});

test('one point per key code, less one per extra code', () => {
	expect(compareCodesExactly(['E11.9', 'I10', 'Z00.00'], ['E119', 'I10'])).toEqual({
		earned: 1,
		possible: 2,
		findings: [
			{ severity: 'warning', code: 'grade.code.not-in-key', where: 'Z0000', message: 'Z0000 is not one of the expected codes' }
		]
	});
});

test('never below zero; repeated codes count once', () => {
	expect(compareCodesExactly(['A00', 'A01', 'I10', 'I10'], ['I10']).earned).toBe(0);
	expect(compareCodesExactly(['I10', 'i10'], ['I10']).earned).toBe(1);
});

describe('the diagnosis-code matcher of src/lib/codes', () => {
	test('fits the CompareCodes contract', () => {
		const adapter: CompareCodes = compareDiagnosisCodes;
		expect(adapter(['E11.65'], ['E11.9'])).toMatchObject({ earned: 1, possible: 2 });
	});

	test('is chosen by system, with exact matching for other systems', () => {
		const options = { compareCodesBySystem: { 'icd-10-cm': compareDiagnosisCodes } };
		expect(codeComparerFor('icd-10-cm', options)).toBe(compareDiagnosisCodes);
		expect(codeComparerFor('cvx', options)).toBe(compareCodesExactly);
		expect(codeComparerFor(undefined, { compareCodes: compareDiagnosisCodes })).toBe(compareDiagnosisCodes);
	});
});
