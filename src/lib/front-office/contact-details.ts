/**
 * How to reach a patient (phone, email, home address): what check-in confirms at every visit and
 * registration records once. Writing them back replaces only the entries the desk edits, keeping
 * a work number or a mailing address the desk did not touch.
 */
import type { Address, ContactPoint, Patient } from '@medplum/fhirtypes';
import { checkEmail, checkPhone, checkPostalCode, checkRequiredText, checkState, type FieldResult } from './demographic-fields';

export interface ContactDetails {
	phone: string;
	email: string;
	line: string;
	city: string;
	state: string;
	postalCode: string;
}

export type ContactField = keyof ContactDetails;
export const CONTACT_FIELDS: readonly ContactField[] = ['phone', 'email', 'line', 'city', 'state', 'postalCode'];

const homeAddress = (patient: Patient): Address | undefined => patient.address?.find((a) => a.use === 'home') ?? patient.address?.[0];
const firstOf = (patient: Patient, system: ContactPoint['system']) => patient.telecom?.find((t) => t.system === system);

export function contactDetailsOf(patient: Patient): ContactDetails {
	const address = homeAddress(patient);
	return {
		phone: firstOf(patient, 'phone')?.value ?? '',
		email: firstOf(patient, 'email')?.value ?? '',
		line: address?.line?.join(', ') ?? '',
		city: address?.city ?? '',
		state: address?.state ?? '',
		postalCode: address?.postalCode ?? ''
	};
}

/** Each field checked: the value to store, or the message for beside the field. */
export function checkContactDetails(form: ContactDetails): Record<ContactField, FieldResult> {
	return {
		phone: checkPhone(form.phone),
		email: checkEmail(form.email),
		line: checkRequiredText(form.line, 'Enter the street address (number and street).'),
		city: checkRequiredText(form.city, 'Enter the city.'),
		state: checkState(form.state),
		postalCode: checkPostalCode(form.postalCode)
	};
}

/** The patient with these contact details; `undefined` fields are left as they were. */
export function withContactDetails(patient: Patient, details: ContactDetails, phoneUse?: ContactPoint['use']): Patient {
	const phone = firstOf(patient, 'phone');
	const email = firstOf(patient, 'email');
	const telecom: ContactPoint[] = [
		{ system: 'phone', value: details.phone, use: phoneUse ?? phone?.use ?? 'mobile' },
		...(details.email ? [{ system: 'email' as const, value: details.email, use: email?.use ?? ('home' as const) }] : []),
		...(patient.telecom ?? []).filter((t) => t !== phone && t !== email)
	];
	const home = homeAddress(patient);
	const address: Address = { use: 'home', type: home?.type ?? 'both', line: [details.line], city: details.city, state: details.state, postalCode: details.postalCode, country: 'US' };
	return { ...patient, telecom, address: [address, ...(patient.address ?? []).filter((a) => a !== home)] };
}

export function sameContactDetails(a: ContactDetails, b: ContactDetails): boolean {
	return CONTACT_FIELDS.every((field) => a[field] === b[field]);
}
