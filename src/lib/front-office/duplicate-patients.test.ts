import type { Patient } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { describeReasons, duplicateReasons, isLikelyDuplicate } from './duplicate-patients';

const person = (family: string, given: string, birthDate: string, phone: string): Patient => ({
	resourceType: 'Patient',
	name: [{ use: 'official', family, given: [given] }],
	birthDate,
	telecom: [{ system: 'phone', value: phone }]
});
const jon = person('Smith', 'Jon', '1958-04-02', '(614) 555-0142');

describe('likely duplicate registrations', () => {
	test('same name and birth date', () => {
		const reasons = duplicateReasons(jon, person('SMITH', 'jon', '1958-04-02', '(740) 555-0100'));
		expect(reasons).toEqual(['same-name', 'same-birth-date']);
		expect(isLikelyDuplicate(reasons)).toBe(true);
		expect(describeReasons(reasons)).toBe('Same name and same date of birth');
	});

	test('a sound-alike name and the same phone, typed another way', () => {
		const reasons = duplicateReasons(jon, person('Smyth', 'John', '1958-02-04', '614.555.0142'));
		expect(reasons).toEqual(['similar-name', 'same-phone']);
		expect(isLikelyDuplicate(reasons)).toBe(true);
	});

	test('another name, same birth date and phone (a married name)', () => {
		const reasons = duplicateReasons(person('Okafor', 'Chioma', '1984-07-30', '(614) 555-0199'), person('Adeyemi', 'Chioma', '1984-07-30', '6145550199'));
		expect(reasons).toEqual(['same-birth-date', 'same-phone']);
		expect(isLikelyDuplicate(reasons)).toBe(true);
	});

	test('a namesake with another birth date and phone is another person', () => {
		const reasons = duplicateReasons(jon, person('Smith', 'Jon', '1961-09-14', '(937) 555-0111'));
		expect(reasons).toEqual(['same-name']);
		expect(isLikelyDuplicate(reasons)).toBe(false);
	});

	test('a shared birth date alone is not a duplicate', () => {
		expect(isLikelyDuplicate(duplicateReasons(jon, person('Okafor', 'Chioma', '1958-04-02', '(937) 555-0111')))).toBe(false);
	});
});
