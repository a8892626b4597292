import { expect, test } from 'vitest';
import { dotlessIcdCode, dottedIcdCode, isIcdCodeShaped } from './icd10cm-code.js';

test('codes are keyed without the dot, in capitals, however they were typed', () => {
	expect(dotlessIcdCode(' e11.9 ')).toBe('E119');
	expect(dotlessIcdCode('s93.402a')).toBe('S93402A');
});

test('codes are printed with the dot after the category', () => {
	expect(dottedIcdCode('e119')).toBe('E11.9');
	expect(dottedIcdCode('I10')).toBe('I10');
	expect(dottedIcdCode('T7840XA')).toBe('T78.40XA');
});

test('a code has a letter, a digit, then 1 to 5 letters or digits', () => {
	expect(isIcdCodeShaped('E11.65')).toBe(true);
	expect(isIcdCodeShaped('M1A.9XX0')).toBe(true);
	expect(isIcdCodeShaped('250.00')).toBe(false);
	expect(isIcdCodeShaped('E1')).toBe(false);
	expect(isIcdCodeShaped('E11.123456')).toBe(false);
});
