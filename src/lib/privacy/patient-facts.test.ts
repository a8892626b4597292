import { describe, expect, test } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import { collect, TODAY } from '$lib/synth/__fixtures__/cohorts';
import { CHARTROOM } from '$lib/synth/systems';
import { auditTrail } from './__fixtures__/audit-trail';
import { patientFacts, staffMemberOf } from './patient-facts';
import { RULE_TEXTS } from './rule-texts';
import { checkSnooping } from './snooping';

const person = (given: string, family: string, extra: Partial<Patient> = {}): Patient => ({
	resourceType: 'Patient',
	name: [{ use: 'official', family, given: [given] }],
	...extra
});

describe('patient facts from the roster', () => {
	test('a patient with a staff member\'s given and family name is that staff member (accents and case aside)', () => {
		expect(staffMemberOf(person('Tom', 'Brennan'))?.id).toBe('rn-brennan');
		expect(staffMemberOf(person('lucía', 'ÁLVAREZ'))?.id).toBe('fd-alvarez');
		expect(patientFacts(person('Grace', 'Okafor'))).toEqual({ family: 'Okafor', staffMemberId: 'rn-okafor' });
	});

	test('the same family name alone is not the staff member', () => {
		expect(staffMemberOf(person('Ruth', 'Okafor'))).toBeUndefined();
		expect(patientFacts(person('Ruth', 'Okafor'))).toEqual({ family: 'Okafor' });
	});

	test('the relative-of-staff mark names a roster member, also in a clinic that named them by role', () => {
		const marked = (value: string) => person('Ruth', 'Adeyemi', { extension: [{ url: CHARTROOM.relativeOfStaffExtension, valueString: value }] });
		expect(patientFacts(marked('rn-brennan')).relativeOfStaff).toBe('rn-brennan');
		expect(patientFacts(marked('staff-nurse')).relativeOfStaff).toBe('rn-okafor');
		expect(patientFacts(marked('staff-janitor')).relativeOfStaff).toBeUndefined();
	});

	test('VIP by extension or by tag', () => {
		expect(patientFacts(person('Marla', 'Hale', { extension: [{ url: CHARTROOM.vipExtension, valueBoolean: true }] })).vip).toBe(true);
		expect(patientFacts(person('Marla', 'Hale', { meta: { tag: [{ system: CHARTROOM.flag, code: 'vip' }] } })).vip).toBe(true);
		expect(patientFacts(person('Marla', 'Hale')).vip).toBeUndefined();
	});
});

describe('one roster: the generator\'s staff relative is recognised against the people learners sign in as', () => {
	const [cousin, kin] = collect({
		seed: 'roster',
		cohort: 0,
		today: TODAY,
		cast: { cousin: { template: 'healthy-adult', relativeOf: 'staff-nurse' }, kin: { template: 'healthy-adult', relativeOf: 'md-sato' } }
	});
	const facts = patientFacts(cousin!.patient);

	test('the generated relative carries the family name and id of someone learners sign in as (by role or by roster id)', () => {
		expect(facts).toMatchObject({ family: 'Okafor', relativeOfStaff: 'rn-okafor' });
		expect(patientFacts(kin!.patient)).toMatchObject({ family: 'Sato', relativeOfStaff: 'md-sato' });
	});

	test.each([
		['rn-okafor', 'nurse', 'relative'],
		['rn-brennan', 'nurse', 'co-worker-relative'],
		['md-sato', 'physician', 'co-worker-relative']
	] as const)('opened without a reason by %s: snooping, as %s', (user, role, variant) => {
		const trail = auditTrail({ user, role, workstation: 'station-1' });
		trail.add(0, 'view', { patient: 'cousin', section: 'summary' });
		const [found] = checkSnooping({ audit: trail.records, staff: PRACTICE_STAFF, patients: { cousin: facts } });
		expect([found?.code, found?.severity, found?.message]).toEqual(['privacy.snooping', 'error', RULE_TEXTS.snooping.variants[variant].message]);
	});
});
