import { expect, test } from 'vitest';
import { CVX_VACCINES } from './cvx-vaccines';

test('at least 30 vaccines, each code once', () => {
	expect(CVX_VACCINES.length).toBeGreaterThanOrEqual(30);
	const codes = CVX_VACCINES.map((vaccine) => vaccine.code);
	expect(new Set(codes).size).toBe(codes.length);
});

test('codes are CVX shaped: 2 or 3 digits, as CDC writes them (03, not 3)', () => {
	expect(CVX_VACCINES.filter(({ code }) => !/^\d{2,3}$/.test(code))).toEqual([]);
});

test('every vaccine has a short description without stray spaces', () => {
	expect(CVX_VACCINES.filter(({ short }) => short.trim() !== short || short === '')).toEqual([]);
});

test('the clinic’s usual vaccines are there', () => {
	const codes = new Set(CVX_VACCINES.map((vaccine) => vaccine.code));
	for (const code of ['140', '141', '150', '158', '171', '185', '197', '115', '113', '20', '03', '21', '08', '43', '83', '165', '33', '133', '215', '216', '187', '10', '49', '116', '119', '114', '136', '208', '207', '212']) {
		expect(codes.has(code), code).toBe(true);
	}
});
