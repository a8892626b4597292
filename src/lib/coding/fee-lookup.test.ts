import { describe, expect, test } from 'vitest';
import { CVX_VACCINES } from '$lib/codes/data/cvx-vaccines';
import { HCPCS_CURATED } from '$lib/codes/data/hcpcs-curated';
import { CPT_NUMBERS } from './data/cpt-numbers';
import { feeFor, lineCharge, sumDollars } from './fee-lookup';

describe('feeFor', () => {
	test('prices a CPT number, an HCPCS code and a CVX vaccine from the schedule', () => {
		expect(feeFor('cpt', '99213')).toBe(120);
		expect(feeFor('hcpcs', 'G0008')).toBe(28);
		expect(feeFor('cvx', '150')).toBe(35); // influenza group
	});

	test('reads codes as typed: lower case, spaces, a CVX code with or without its leading zero', () => {
		expect(feeFor('hcpcs', ' g0008 ')).toBe(28);
		expect(feeFor('cvx', '3')).toBe(feeFor('cvx', '03'));
		expect(feeFor('cvx', '03')).toBe(140); // MMR
	});

	test('has no fee for a code the practice does not bill, nor for a code of another system', () => {
		expect(feeFor('cpt', '99999')).toBeUndefined();
		expect(feeFor('hcpcs', '99213')).toBeUndefined();
		expect(feeFor('cvx', '9999')).toBeUndefined();
		expect(feeFor('cpt', 'constructor')).toBeUndefined();
	});

	test('prices every code the coding screen offers', () => {
		const unpriced = [
			...Object.values(CPT_NUMBERS).flat().filter((code) => feeFor('cpt', code) === undefined),
			...HCPCS_CURATED.filter((h) => feeFor('hcpcs', h.code) === undefined).map((h) => h.code),
			...CVX_VACCINES.filter((v) => feeFor('cvx', v.code) === undefined).map((v) => `CVX ${v.code}`)
		];
		expect(unpriced).toEqual([]);
	});
});

describe('lineCharge', () => {
	test('multiplies the unit price by the units, to the cent', () => {
		expect(lineCharge('hcpcs', 'J1885', 3)).toEqual({ unitPrice: 5, net: 15 });
		expect(lineCharge('cpt', '99214', 1)).toEqual({ unitPrice: 175, net: 175 });
	});

	test('is undefined when the code has no fee', () => {
		expect(lineCharge('cpt', '12345', 1)).toBeUndefined();
	});
});

test('sumDollars adds without floating-point drift', () => {
	expect(sumDollars([0.1, 0.2])).toBe(0.3);
	expect(sumDollars([])).toBe(0);
	expect(sumDollars([120, 28, 35])).toBe(183);
});
