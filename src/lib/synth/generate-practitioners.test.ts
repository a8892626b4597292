import { describe, expect, test } from 'vitest';
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

	test('one simulated staff member per role, each with a practice password', () => {
		expect(clinic.staff.map((s) => s.role)).toEqual([...ROLES]);
		for (const member of clinic.staff) {
			expect(member.id).toBe(`staff-${member.role}`);
			expect(member.password).toBe(`Practice-${member.name.given.replace(/[^A-Za-z]/g, '')}-1`);
		}
		const physician = clinic.staff.find((s) => s.role === 'physician');
		expect(physician?.practitionerId).toBe('pr-01');
		expect(physician?.name.family).toBe(clinic.practitioners[0]?.name?.[0]?.family);
	});

	test('the same seed gives the same staff; family names are not repeated', () => {
		expect(JSON.stringify(generatePractitioners({ seed: 7, today: '2024-10-15' }))).toBe(JSON.stringify(clinic));
		const families = [...clinic.practitioners.map((p) => p.name?.[0]?.family), ...clinic.staff.filter((s) => !s.practitionerId).map((s) => s.name.family)];
		expect(new Set(families).size).toBe(families.length);
	});

	test('payers are organizations; self-pay is not', () => {
		expect(clinic.payers.map((p) => p.id)).toEqual(['org-medicare', 'org-medicaid', 'org-lakeshore', 'org-summit', 'org-prairie']);
	});
});
