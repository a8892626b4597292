import { describe, expect, test } from 'vitest';
import { HCPCS_CURATED } from '$lib/codes/data/hcpcs-curated';
import { resolveServiceCode, SERVICE_CODES, serviceCodeText, serviceCodesIn } from './service-codes';

describe('resolveServiceCode', () => {
	test('tells the code set from the shape of the code', () => {
		expect(resolveServiceCode('99213')).toEqual({ ok: true, code: { system: 'cpt', code: '99213', group: 'office-established' } });
		expect(resolveServiceCode(' g0008 ')).toMatchObject({ ok: true, code: { system: 'hcpcs', code: 'G0008', group: 'vaccine-administration' } });
		expect(resolveServiceCode('J1885')).toMatchObject({ ok: true, code: { system: 'hcpcs', group: 'hcpcs' } });
		expect(resolveServiceCode('150')).toMatchObject({ ok: true, code: { system: 'cvx', code: '150', group: 'vaccine-product' } });
		expect(resolveServiceCode('3')).toMatchObject({ ok: true, code: { system: 'cvx', code: '03' } });
	});

	test('says why a code cannot be billed from here', () => {
		expect(resolveServiceCode('90686')).toEqual({ ok: false, message: 'CPT 90686 is not one of the E/M or vaccine administration numbers this practice bills.' });
		expect(resolveServiceCode('Z9999')).toEqual({ ok: false, message: 'HCPCS Z9999 is not in the HCPCS Level II list shipped with Chartroom.' });
		expect(resolveServiceCode('999')).toEqual({ ok: false, message: 'CVX 999 is not a vaccine this practice gives.' });
		expect(resolveServiceCode('E11.9')).toEqual({
			ok: false,
			message: '"E11.9" is not written like a service code: a CPT number (99213), an HCPCS code (G0008) or a CVX code (150).'
		});
		expect(resolveServiceCode(' ')).toMatchObject({ ok: false });
	});
});

describe('the service codes offered', () => {
	test('carry no text for CPT numbers, and the official title for HCPCS and CVX', () => {
		expect(SERVICE_CODES.filter((c) => c.system === 'cpt' && c.title !== undefined)).toEqual([]);
		const g0008 = SERVICE_CODES.find((c) => c.code === 'G0008');
		expect(g0008?.title).toBe(HCPCS_CURATED.find((h) => h.code === 'G0008')?.title);
	});

	test('show the instructor\'s words for a CPT number, or say that CPT text is not shipped', () => {
		const [visit] = serviceCodesIn('office-established');
		expect(serviceCodeText(visit!, { '99211': 'Nurse visit' })).toBe('Nurse visit');
		expect(serviceCodeText(visit!)).toBe("CPT number (no description: CPT text is the AMA's; your instructor may add wording under Instructor, Wording for CPT numbers)");
	});

	test('put Medicare vaccine administration codes with the CPT administration numbers', () => {
		expect(serviceCodesIn('vaccine-administration').map((c) => c.code)).toEqual(['90460', '90461', '90471', '90472', 'G0008', 'G0009', 'G0010']);
	});
});
