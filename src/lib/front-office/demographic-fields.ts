/**
 * Checks for the fields a front desk types (names, birth date, phone, address, email), each
 * returning the value as the record stores it or the message to show beside the field.
 * Registration, demographics editing and check-in share them, so a phone number is judged the
 * same way on every screen.
 */
import { isIsoDate } from '$lib/synth/dates';

export type FieldResult = { value: string; error?: undefined } | { value?: undefined; error: string };

const ok = (value: string): FieldResult => ({ value });
const wrong = (error: string): FieldResult => ({ error });

/** Letters (any alphabet), spaces, hyphens, apostrophes and periods: "O'Neil", "Smith-Jones", "Nguyễn". */
const NAME = /^[\p{L}][\p{L}\p{M}'’. -]*$/u;

export function checkName(text: string, label: string, required = true): FieldResult {
	const value = text.trim().replace(/\s+/g, ' ');
	if (!value) return required ? wrong(`Enter the ${label.toLowerCase()} exactly as on the ID card.`) : ok('');
	if (!NAME.test(value)) return wrong(`${label} may contain letters, spaces, hyphens and apostrophes only.`);
	if (value.length > 60) return wrong(`${label} is longer than 60 characters.`);
	return ok(value);
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date as typed at the desk (MM/DD/YYYY, or ISO from a date picker), as ISO. */
export function parseTypedDate(text: string): string | undefined {
	const value = text.trim();
	const us = US_DATE.exec(value);
	const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : value;
	return isIsoDate(iso) ? iso : undefined;
}

export function checkBirthDate(text: string, today: string): FieldResult {
	if (!text.trim()) return wrong('Enter the date of birth (MM/DD/YYYY).');
	const iso = parseTypedDate(text);
	if (!iso) return wrong(`"${text.trim()}" is not a date: type MM/DD/YYYY, e.g. 04/02/1958.`);
	if (iso > today) return wrong('The date of birth is in the future: check the year.');
	if (Number(today.slice(0, 4)) - Number(iso.slice(0, 4)) > 120) return wrong('That is more than 120 years ago: check the year.');
	return ok(iso);
}

/** US numbers, shown the way the clinic writes them: (614) 555-0142. */
export function checkPhone(text: string, label = 'Phone', required = true): FieldResult {
	const digits = text.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
	if (!digits) return required ? wrong(`Enter the ${label.toLowerCase()} number.`) : ok('');
	if (/[^\d\s().+-]/.test(text)) return wrong(`${label} may contain digits, spaces, brackets and dashes only.`);
	if (digits.length !== 10) return wrong(`${label} must have 10 digits (area code and number), e.g. (614) 555-0142; ${digits.length} typed.`);
	return ok(`(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`);
}

export function checkEmail(text: string): FieldResult {
	const value = text.trim();
	if (!value) return ok('');
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return wrong(`"${value}" is not an email address: it needs a name, @ and a domain, e.g. ana@example.com.`);
	return ok(value.toLowerCase());
}

export function checkPostalCode(text: string, required = true): FieldResult {
	const value = text.trim();
	if (!value) return required ? wrong('Enter the ZIP code.') : ok('');
	if (!/^\d{5}(-\d{4})?$/.test(value)) return wrong('ZIP code must be 5 digits (or ZIP+4: 43215-1234).');
	return ok(value);
}

/** USPS codes of the states, DC and the territories. */
export const US_STATES = [
	'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA',
	'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX',
	'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'AS', 'GU', 'MP', 'PR', 'VI'
] as const;

export function checkState(text: string, required = true): FieldResult {
	const value = text.trim().toUpperCase();
	if (!value) return required ? wrong('Enter the state (two letters, e.g. OH).') : ok('');
	if (!(US_STATES as readonly string[]).includes(value)) return wrong(`"${text.trim()}" is not a US state code: use two letters, e.g. OH.`);
	return ok(value);
}

export function checkRequiredText(text: string, message: string, max = 100): FieldResult {
	const value = text.trim().replace(/\s+/g, ' ');
	if (!value) return wrong(message);
	if (value.length > max) return wrong(`Keep it under ${max} characters.`);
	return ok(value);
}
