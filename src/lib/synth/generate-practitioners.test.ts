import { describe, expect, test } from 'vitest';
import { PRACTICE_STAFF } from '../session/practice-staff';
import { ROLES } from '../session/roles';
import { generatePractitioners, npiCheckDigit } from './generate-practitioners';
import { HL7 } from './systems';

const clinic = generatePractitioners({ seed: 7, today: '2024-10-15' });

describe('clinic staff', () => {
	test('the NPI check digit follows the Luhn rule with the 80840 prefix (CMS example 1234567893)', () => {
		expect(npiCheckDigit('123456789')).toBe(3);
	});

	test('six clinicians with valid NPI-shaped identifiers that are not real (they start with 9)', () => {
		expect(clinic.practitioners).toHaveLength(6);
		for (const p of clinic.practitioners) {
			const npi = p.identifier?.find((i) => i.system === HL7.npi)?.value ?? '';
			expect(npi).toMatch(/^9\d{9}$/);
			expect(Number(npi[9])).toBe(npiCheckDigit(npi.slice(0, 9)));
		}
		expect(clinic.practitionerRoles.map((r) => r.specialty?.[0]?.text)).toContain('Pediatrics');
		expect(clinic.clinicians.some((c) => c.seesChildren)).toBe(true);
	});

	test('the staff are the practice roster learners sign in as: same ids, names and passwords, every role', () => {
		expect(clinic.staff.map((s) => [s.id, s.display, s.password])).toEqual(PRACTICE_STAFF.map((s) => [s.id, s.name, s.password]));
		expect(ROLES.filter((role) => !clinic.staff.some((s) => s.role === role))).toEqual([]);
		expect(clinic.staff.find((s) => s.id === 'rn-okafor')?.name).toEqual({ given: 'Grace', family: 'Okafor' });
		// The physicians' panels are the first two clinicians, as their care teams say.
		expect(clinic.staff.filter((s) => s.practitionerId).map((s) => [s.id, s.practitionerId])).toEqual([
			['md-whitfield', 'pr-01'],
			['md-sato', 'pr-02']
		]);
		expect(clinic.practitioners.map((p) => p.id)).toEqual(expect.arrayContaining(['pr-01', 'pr-02']));
	});

	test('a roster passed in staffs the clinic instead', () => {
		const roster = [{ id: 'x-lee', name: 'Rosa de la Cruz', family: 'de la Cruz', role: 'coder' as const, password: 'Pw-1' }];
		const other = generatePractitioners({ seed: 7, today: '2024-10-15' }, undefined, roster);
		expect(other.staff).toEqual([{ id: 'x-lee', role: 'coder', title: 'Coder', name: { given: 'Rosa', family: 'de la Cruz' }, display: 'Rosa de la Cruz', password: 'Pw-1' }]);
		expect(other.practitioners).toHaveLength(6);
	});

	test('the same seed gives the same staff; family names are not repeated', () => {
		expect(JSON.stringify(generatePractitioners({ seed: 7, today: '2024-10-15' }))).toBe(JSON.stringify(clinic));
		// No clinician shares a staff member's family name (to the privacy monitor that means family).
		const families = [...clinic.practitioners.map((p) => p.name?.[0]?.family), ...clinic.staff.map((s) => s.name.family)];
		expect(new Set(families).size).toBe(families.length);
	});

	test('payers are organizations; self-pay is not', () => {
		expect(clinic.payers.map((p) => p.id)).toEqual(['org-medicare', 'org-medicaid', 'org-lakeshore', 'org-summit', 'org-prairie']);
	});
});
