// Plain JavaScript (with JSDoc types) so that scripts/codes-import.js can run it in Node without a
// TypeScript step; the TypeScript modules import it too, so ICD-10-CM spelling rules live here once.

/** A code without its dot: a letter, a digit, then one to five letters or digits (3–7 characters). */
export const DOTLESS_ICD10CM_CODE = /^[A-Z][0-9][0-9A-Z]{1,5}$/;

/**
 * The code as the tables key it, without the dot: learners type `e119`, `E11.9 ` or `e11.9`.
 * @param {string} input
 * @returns {string}
 */
export function dotlessIcdCode(input) {
	return input.replace(/[.\s]/g, '').toUpperCase();
}

/**
 * The code as it is printed, with the dot after the category (`E119` → `E11.9`, `I10` → `I10`).
 * @param {string} input with or without the dot, any case
 * @returns {string}
 */
export function dottedIcdCode(input) {
	const dotless = dotlessIcdCode(input);
	return dotless.length > 3 ? `${dotless.slice(0, 3)}.${dotless.slice(3)}` : dotless;
}

/**
 * Whether the text has the shape of an ICD-10-CM code (it may still not exist).
 * @param {string} input
 * @returns {boolean}
 */
export function isIcdCodeShaped(input) {
	return DOTLESS_ICD10CM_CODE.test(dotlessIcdCode(input));
}
