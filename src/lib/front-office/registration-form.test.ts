import type { Patient } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { mrnOf } from '$lib/record/identifiers';
import { nameKeys } from '$lib/record/name-keys';
import {
	checkRegistration,
	editedPatient,
	EMPTY_REGISTRATION,
	endCoverage,
	insuranceChanged,
	newCoverage,
	newPatient,
	PAYER_CHOICES,
	registrationOf,
	type RegistrationForm
} from './registration-form';

const today = '2024-10-15';
const typed: RegistrationForm = {
	...EMPTY_REGISTRATION,
	family: 'Ruiz',
	given: 'Ana',
	middle: 'María',
	birthDate: '4/2/1958',
	sex: 'female',
	phone: '614.555.0142',
	email: 'Ana@Example.com',
	line: '12 Elm St',
	city: 'Riverbend',
	state: 'oh',
	postalCode: '43215',
	language: 'es',
	contactName: 'Luis Ruiz',
	contactRelationship: 'SPS',
	contactPhone: '6145550143',
	payer: 'lakeshore',
	memberId: 'lak 000123456',
	subscriberRelationship: 'self'
};
const at = '2024-10-15T09:12:00-05:00';

describe('checking a registration as it is typed', () => {
	test('a complete form is ready, with every value as the record stores it', () => {
		const check = checkRegistration(typed, today);
		expect(check.errors).toEqual({});
		expect(check.ready).toBe(true);
		expect(check.values).toMatchObject({ birthDate: '1958-04-02', phone: '(614) 555-0142', email: 'ana@example.com', state: 'OH', contactPhone: '(614) 555-0143', memberId: 'LAK000123456' });
	});

	test('an empty form names what each required field needs', () => {
		const { errors } = checkRegistration({ ...EMPTY_REGISTRATION, state: '' }, today);
		expect(Object.keys(errors).sort()).toEqual(['birthDate', 'city', 'family', 'given', 'line', 'payer', 'phone', 'postalCode', 'sex', 'state'].sort());
		expect(errors.payer).toBe('Choose the insurance on the card, or Self-pay.');
		expect(errors.sex).toBe('Choose the sex on the ID card (Unknown when not stated).');
	});

	test('an emergency contact, once started, needs a relationship and a phone', () => {
		const { errors } = checkRegistration({ ...typed, contactRelationship: '', contactPhone: '' }, today);
		expect(errors).toEqual({ contactRelationship: 'How is the contact related to the patient?', contactPhone: 'Enter the contact phone number.' });
	});

	test('insurance needs a member ID and, for someone else\'s policy, the subscriber', () => {
		expect(checkRegistration({ ...typed, memberId: '' }, today).errors).toEqual({ memberId: 'Type the member ID from the front of the card.' });
		expect(checkRegistration({ ...typed, memberId: 'L#1' }, today).errors).toEqual({ memberId: 'A member ID is 5–20 letters and digits, e.g. LAK000123456.' });
		expect(checkRegistration({ ...typed, subscriberRelationship: 'spouse' }, today).errors).toEqual({ subscriberName: 'Enter the name of the policy holder (the subscriber).' });
		const selfPay = checkRegistration({ ...typed, payer: 'self-pay', memberId: 'typed before', subscriberRelationship: 'spouse' }, today);
		expect(selfPay.ready).toBe(true);
		expect(selfPay.values).toMatchObject({ memberId: '', subscriberRelationship: 'self', subscriberName: '' });
	});

	test('an unlikely payer for the age is a warning, not an error', () => {
		const check = checkRegistration({ ...typed, birthDate: '01/01/1990', payer: 'medicare' }, today);
		expect(check.ready).toBe(true);
		expect(check.warnings.payer).toBe('Medicare usually covers people 65 and older; this patient is 34. Check the card.');
	});
});

describe('the FHIR resources a registration becomes', () => {
	const values = checkRegistration(typed, today).values;
	const patient = newPatient(values, { id: 'reg-1', mrn: '90000001', at });

	test('a Patient with an MRN, the official name and everything typed', () => {
		expect(mrnOf(patient)).toBe('90000001');
		expect(patient).toMatchObject({
			active: true,
			name: [{ use: 'official', family: 'Ruiz', given: ['Ana', 'María'] }],
			gender: 'female',
			birthDate: '1958-04-02',
			telecom: [
				{ system: 'phone', value: '(614) 555-0142', use: 'mobile' },
				{ system: 'email', value: 'ana@example.com', use: 'home' }
			],
			address: [{ use: 'home', line: ['12 Elm St'], city: 'Riverbend', state: 'OH', postalCode: '43215', country: 'US' }],
			communication: [{ language: { coding: [{ code: 'es', display: 'Spanish' }] }, preferred: true }],
			contact: [{ name: { family: 'Ruiz', given: ['Luis'] }, telecom: [{ system: 'phone', value: '(614) 555-0143' }] }]
		});
		expect(nameKeys(patient)).toContain('same:ruiz|ana');
	});

	test('a Coverage for the payer on the card', () => {
		const coverage = newCoverage(values, { id: 'cov-1', patient: { reference: 'Patient/reg-1' }, at, start: today });
		expect(coverage).toMatchObject({
			status: 'active',
			subscriberId: 'LAK000123456',
			identifier: [{ system: 'urn:chartroom:member-id:lakeshore', value: 'LAK000123456' }],
			beneficiary: { reference: 'Patient/reg-1' },
			subscriber: { reference: 'Patient/reg-1' },
			payor: [{ reference: 'Organization/org-lakeshore', display: 'Lakeshore Health Plan' }],
			relationship: { coding: [{ code: 'self' }] },
			period: { start: today }
		});
		const selfPay = newCoverage({ ...values, payer: 'self-pay', memberId: '' }, { id: 'cov-2', patient: { reference: 'Patient/reg-1' }, at, start: today });
		expect(selfPay.type?.text).toBe('Self-pay');
		expect(selfPay.payor).toEqual([{ reference: 'Patient/reg-1' }]);
		expect(selfPay.subscriberId).toBeUndefined();
	});

	test('editing reads the record back into the form, and writes it back keeping what the form does not show', () => {
		const coverage = newCoverage(values, { id: 'cov-1', patient: { reference: 'Patient/reg-1' }, at, start: today });
		const form = registrationOf(patient, coverage);
		expect(form).toMatchObject({ family: 'Ruiz', given: 'Ana', middle: 'María', birthDate: '04/02/1958', payer: 'lakeshore', memberId: 'LAK000123456', contactRelationship: 'SPS', contactName: 'Luis Ruiz' });
		expect(insuranceChanged(checkRegistration(form, today).values, coverage)).toBe(false);

		const flagged: Patient = { ...patient, meta: { ...patient.meta, tag: [{ system: 'urn:chartroom:flag', code: 'vip' }] }, name: [...patient.name!, { use: 'maiden', family: 'Lopez' }] };
		const edited = editedPatient(flagged, checkRegistration({ ...form, family: 'Ruiz-Lopez', contactName: '' , contactRelationship: '', contactPhone: '' }, today).values, '2024-10-16T10:00:00-05:00');
		expect(edited.name).toEqual([{ use: 'official', family: 'Ruiz-Lopez', given: ['Ana', 'María'] }, { use: 'maiden', family: 'Lopez' }]);
		expect(edited.identifier).toEqual(patient.identifier);
		expect(edited.meta).toEqual({ lastUpdated: '2024-10-16T10:00:00-05:00', tag: [{ system: 'urn:chartroom:flag', code: 'vip' }] });
		expect(edited.contact).toBeUndefined();
	});

	test('a new card is a new Coverage; the old one is ended, not overwritten', () => {
		const coverage = newCoverage(values, { id: 'cov-1', patient: { reference: 'Patient/reg-1' }, at, start: today });
		expect(insuranceChanged({ ...values, memberId: 'LAK999999999' }, coverage)).toBe(true);
		expect(insuranceChanged({ ...values, payer: 'summit' }, coverage)).toBe(true);
		expect(endCoverage(coverage, '2024-10-16', at)).toMatchObject({ status: 'cancelled', period: { start: today, end: '2024-10-16' } });
	});

	test('the payer list is the clinic\'s, each once, self-pay last', () => {
		expect(PAYER_CHOICES.map((p) => p.id)).toEqual(['medicare', 'medicaid', 'lakeshore', 'summit', 'prairie', 'self-pay']);
	});
});
