import { CVX_VACCINES } from '$lib/codes/data/cvx-vaccines';
import { CPT_FEES, HCPCS_FEES, VACCINE_GROUP_FEES } from './data/fee-schedule';
import type { ServiceSystem } from './service-codes';

/** The practice's charge for one unit of a service, in dollars; undefined when it has none. */
export function feeFor(system: ServiceSystem, code: string): number | undefined {
	const wanted = code.trim().toUpperCase();
	switch (system) {
		case 'cpt':
			return own(CPT_FEES, wanted);
		case 'hcpcs':
			return own(HCPCS_FEES, wanted);
		case 'cvx': {
			// CVX codes are numbers, some written with a leading zero ("03"): compare as numbers.
			const vaccine = CVX_VACCINES.find((v) => Number(v.code) === Number(wanted));
			return vaccine ? VACCINE_GROUP_FEES[vaccine.group] : undefined;
		}
	}
}

export interface LineCharge {
	unitPrice: number;
	net: number;
}

/** Unit price and line total (units × price), rounded to the cent; undefined without a fee. */
export function lineCharge(system: ServiceSystem, code: string, units: number): LineCharge | undefined {
	const fee = feeFor(system, code);
	if (fee === undefined) return undefined;
	return { unitPrice: fee, net: toCents(fee * units) / 100 };
}

/** Sum of amounts in dollars without floating-point drift (0.1 + 0.2 is 0.30 here). */
export function sumDollars(amounts: readonly number[]): number {
	return amounts.reduce((cents, amount) => cents + toCents(amount), 0) / 100;
}

function toCents(dollars: number): number {
	return Math.round(dollars * 100);
}

function own(table: Readonly<Record<string, number>>, key: string): number | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}
