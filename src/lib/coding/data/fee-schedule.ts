import type { VaccineGroup } from '$lib/codes/data/cvx-vaccines';

/**
 * The practice's fee schedule: what it charges for each service, before any payer's allowance.
 * The amounts are invented for training (a plausible small primary-care practice), not Medicare
 * rates and not any real practice's charges. Vaccine products are priced by vaccine group, since
 * the practice stocks one product of each group at a time.
 */
export const FEE_SCHEDULE_NAME = 'Chartroom practice fee schedule (fictional charges for training)';
export const FEE_CURRENCY = 'USD';

/** CPT numbers (no descriptors) → charge in dollars. */
export const CPT_FEES: Readonly<Record<string, number>> = {
	'99202': 95,
	'99203': 145,
	'99204': 215,
	'99205': 280,
	'99211': 35,
	'99212': 75,
	'99213': 120,
	'99214': 175,
	'99215': 240,
	'99381': 190,
	'99382': 200,
	'99383': 205,
	'99384': 225,
	'99385': 230,
	'99386': 255,
	'99387': 275,
	'99391': 170,
	'99392': 180,
	'99393': 180,
	'99394': 195,
	'99395': 200,
	'99396': 215,
	'99397': 235,
	'90460': 30,
	'90461': 18,
	'90471': 28,
	'90472': 18
};

/** HCPCS Level II codes of the shipped list → charge in dollars. */
export const HCPCS_FEES: Readonly<Record<string, number>> = {
	G0008: 28,
	G0009: 28,
	G0010: 28,
	Q2035: 24,
	Q2036: 22,
	Q2037: 22,
	Q2038: 24,
	Q2039: 22,
	G0402: 210,
	G0438: 220,
	G0439: 165,
	G0101: 55,
	G0102: 30,
	G0103: 40,
	G0104: 280,
	G0105: 900,
	G0121: 900,
	G0442: 25,
	G0443: 35,
	G0444: 25,
	G0446: 35,
	G0447: 35,
	G0296: 40,
	G0297: 310,
	Q0091: 45,
	J0171: 8,
	J0561: 30,
	J0696: 12,
	J1030: 12,
	J1040: 20,
	J1050: 2,
	J1100: 2,
	J1200: 6,
	J1885: 5,
	J2550: 8,
	J3301: 6,
	J3420: 10,
	J7050: 15,
	J7300: 950,
	J7298: 1100,
	A4253: 45,
	A4259: 18,
	A4627: 25,
	E0607: 60,
	E0570: 85,
	E0100: 30,
	E0114: 65,
	L3908: 80,
	L4361: 190
};

/** Vaccine products, by the CVX code's vaccine group → charge in dollars. */
export const VACCINE_GROUP_FEES: Readonly<Record<VaccineGroup, number>> = {
	// Supplied free by the government programme: the product line is billed at zero.
	'COVID-19': 0,
	'DTaP and combinations': 45,
	'Hepatitis A': 48,
	'Hepatitis B': 65,
	Hib: 35,
	HPV: 260,
	Influenza: 35,
	Meningococcal: 150,
	'MMR and varicella': 140,
	Pneumococcal: 215,
	Polio: 40,
	Rotavirus: 95,
	'Td and Tdap': 50,
	Zoster: 190
};
