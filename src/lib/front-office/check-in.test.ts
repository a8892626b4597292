import type { Coverage, Patient } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { checkCheckIn, checkInForm, nameMatches, type CheckInForm } from './check-in';
import { withContactDetails } from './contact-details';

const patient: Patient = {
	resourceType: 'Patient',
	id: 'p-1',
	name: [{ use: 'official', family: 'Núñez García', given: ['José', 'Luis'] }],
	birthDate: '1958-04-02',
	telecom: [
		{ system: 'phone', value: '(614) 555-0142', use: 'home' },
		{ system: 'phone', value: '(614) 555-0199', use: 'work' }
	],
	address: [{ use: 'home', line: ['12 Elm St'], city: 'Riverbend', state: 'OH', postalCode: '43215', country: 'US' }]
};
const coverage: Coverage[] = [
	{ resourceType: 'Coverage', id: 'c-1', status: 'active', subscriberId: 'LAK000123456', beneficiary: { reference: 'Patient/p-1' }, payor: [{ display: 'Lakeshore Health Plan' }] }
];
const filled = (over: Partial<CheckInForm> = {}): CheckInForm => ({
	...checkInForm(patient),
	statedName: 'Jose Nunez Garcia',
	statedBirthDate: '04/02/1958',
	insurance: 'card-matches',
	cardMemberId: 'lak-000123456',
	copay: '25',
	method: 'card',
	...over
});

describe('check-in', () => {
	test('the stated name matches in any order, case or accent, and needs the family and first given name', () => {
		expect(nameMatches(patient, 'garcia, jose nunez')).toBe(true);
		expect(nameMatches(patient, 'José Núñez García')).toBe(true);
		expect(nameMatches(patient, 'Jose Nunez')).toBe(false);
		expect(nameMatches(patient, 'Luis Nunez Garcia')).toBe(false);
	});

	test('a patient who gives matching identifiers and card, and pays, is ready', () => {
		const check = checkCheckIn(filled(), patient, coverage);
		expect(check).toMatchObject({ ready: true, errors: {}, copay: 25, contactChanged: false });
	});

	test('the wrong birth date or name is stopped beside its field', () => {
		const check = checkCheckIn(filled({ statedBirthDate: '04/03/1958', statedName: 'Josefa Nunez Garcia' }), patient, coverage);
		expect(check.errors).toEqual({
			statedName: 'This name does not match the chart. Ask again and check the spelling: you may have the wrong patient.',
			statedBirthDate: 'This date of birth does not match the chart. Ask again: you may have the wrong patient.'
		});
	});

	test('a card that differs from the coverage on file must be updated first', () => {
		expect(checkCheckIn(filled({ cardMemberId: 'LAK999' }), patient, coverage).errors).toEqual({
			cardMemberId: 'The member ID on the card differs from the coverage on file: update the insurance before checking in.'
		});
		expect(checkCheckIn(filled({ insurance: 'card-matches' }), patient, []).errors.insurance).toBe(
			'There is no insurance on file to match: add it under Edit demographics and insurance, or choose self-pay.'
		);
		expect(checkCheckIn(filled({ insurance: 'self-pay', cardMemberId: '' }), patient, []).ready).toBe(true);
	});

	test('a copay needs an amount and, when above zero, how it was paid', () => {
		expect(checkCheckIn(filled({ copay: '' }), patient, coverage).errors).toEqual({ copay: 'Enter the copay collected (0 when none is due).' });
		expect(checkCheckIn(filled({ copay: '25.5.0' }), patient, coverage).errors).toEqual({ copay: 'Enter the amount in dollars and cents, e.g. 25 or 25.00 (at most $1,000).' });
		expect(checkCheckIn(filled({ method: '' }), patient, coverage).errors).toEqual({ method: 'How did the patient pay?' });
		expect(checkCheckIn(filled({ copay: '$0', method: '' }), patient, coverage)).toMatchObject({ ready: true, copay: 0 });
	});

	test('changed contact details are checked, normalised and flagged for the chart', () => {
		const check = checkCheckIn(filled({ phone: '614 555 0177', state: 'oh' }), patient, coverage);
		expect(check).toMatchObject({ ready: true, contactChanged: true });
		expect(check.contact).toMatchObject({ phone: '(614) 555-0177', state: 'OH' });
		expect(checkCheckIn(filled({ postalCode: '432' }), patient, coverage).errors).toEqual({ postalCode: 'ZIP code must be 5 digits (or ZIP+4: 43215-1234).' });
	});

	test('writing contact details back keeps the numbers the desk did not edit', () => {
		const updated = withContactDetails(patient, { phone: '(614) 555-0177', email: 'jose@example.com', line: '9 Oak Ave', city: 'Riverbend', state: 'OH', postalCode: '43215' });
		expect(updated.telecom).toEqual([
			{ system: 'phone', value: '(614) 555-0177', use: 'home' },
			{ system: 'email', value: 'jose@example.com', use: 'home' },
			{ system: 'phone', value: '(614) 555-0199', use: 'work' }
		]);
		expect(updated.address).toEqual([{ use: 'home', type: 'both', line: ['9 Oak Ave'], city: 'Riverbend', state: 'OH', postalCode: '43215', country: 'US' }]);
		expect(updated.name).toBe(patient.name);
	});
});
