import { expect, test } from 'vitest';
import { LOINC_OBSERVATIONS } from './loinc-observations';

/** LOINC codes end in a mod-10 check digit computed over the digits before the hyphen. */
function loincCheckDigit(body: string): number {
	const digits = body.split('').map(Number).reverse();
	let sum = 0;
	digits.forEach((digit, index) => {
		const value = index % 2 === 0 ? digit * 2 : digit;
		sum += Math.floor(value / 10) + (value % 10);
	});
	return (10 - (sum % 10)) % 10;
}

test('every code is LOINC shaped and its check digit is right', () => {
	const wrong = LOINC_OBSERVATIONS.filter(({ code }) => {
		const match = /^(\d{1,7})-(\d)$/.exec(code);
		return !match || loincCheckDigit(match[1]!) !== Number(match[2]);
	}).map(({ code }) => code);
	expect(wrong).toEqual([]);
});

test('each code once, each with a long name, label and UCUM unit', () => {
	const codes = LOINC_OBSERVATIONS.map((observation) => observation.code);
	expect(new Set(codes).size).toBe(codes.length);
	expect(LOINC_OBSERVATIONS.filter((o) => !o.longName || !o.label || !o.unit)).toEqual([]);
});

test('reference ranges run low to high and say so in words', () => {
	const wrong = LOINC_OBSERVATIONS.filter(({ referenceRange: range }) =>
		range ? range.text === '' || (range.low !== undefined && range.high !== undefined && range.low > range.high) : false
	);
	expect(wrong).toEqual([]);
});

test('the vital signs and the common labs are there', () => {
	const codes = new Set(LOINC_OBSERVATIONS.map((observation) => observation.code));
	for (const code of ['8480-6', '8462-4', '8867-4', '9279-1', '8310-5', '29463-7', '8302-2', '39156-5', '59408-5', '4548-4', '2345-7', '2093-3', '2571-8', '2085-9', '13457-7', '2160-0', '33914-3', '62238-1', '98979-8', '3016-3', '718-7', '6690-2', '777-3', '2951-2', '2823-3', '1742-6', '1920-8', '5811-5', '6301-6', '30934-4', '33762-6', '2132-9', '14635-7', '3024-7']) {
		expect(codes.has(code), code).toBe(true);
	}
});
