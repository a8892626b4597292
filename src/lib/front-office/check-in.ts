/**
 * Checking a patient in: confirm who they are by two identifiers (the name and birth date they
 * state, against the chart), confirm how they pay (the card against the coverage on file, or
 * self-pay today), confirm how to reach them, and take the copay.
 */
import type { Coverage, Patient } from '@medplum/fhirtypes';
import { foldText, searchTokens } from '$lib/record/search-text';
import { checkContactDetails, contactDetailsOf, CONTACT_FIELDS, sameContactDetails, type ContactDetails, type ContactField } from './contact-details';
import { parseTypedDate } from './demographic-fields';
import type { PaymentMethod } from './visit-encounter';

export interface CheckInForm extends ContactDetails {
	statedName: string;
	statedBirthDate: string;
	insurance: 'card-matches' | 'self-pay' | '';
	cardMemberId: string;
	copay: string;
	method: PaymentMethod | '';
}

export type CheckInField = ContactField | 'statedName' | 'statedBirthDate' | 'insurance' | 'cardMemberId' | 'copay' | 'method';

export interface CheckInCheck {
	errors: Partial<Record<CheckInField, string>>;
	ready: boolean;
	/** The contact details as they will be stored. */
	contact: ContactDetails;
	/** The patient's contact details changed at the desk: the chart is updated too. */
	contactChanged: boolean;
	copay: number;
}

export function checkInForm(patient: Patient): CheckInForm {
	return { ...contactDetailsOf(patient), statedName: '', statedBirthDate: '', insurance: '', cardMemberId: '', copay: '', method: '' };
}

/** The active insurance a card can be checked against: not self-pay, not ended. */
export function insuranceOnFile(coverage: readonly Coverage[]): Coverage | undefined {
	return coverage.find((c) => c.status === 'active' && c.subscriberId);
}

const memberKey = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Does what the patient says name this chart? Family name and first given name, any order, any case or accent. */
export function nameMatches(patient: Patient, stated: string): boolean {
	const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
	const said = new Set(searchTokens(stated));
	const family = searchTokens(name?.family ?? '');
	const given = foldText(name?.given?.[0] ?? '');
	return family.length > 0 && family.every((t) => said.has(t)) && !!given && searchTokens(given).every((t) => said.has(t));
}

export function checkCheckIn(form: CheckInForm, patient: Patient, coverage: readonly Coverage[]): CheckInCheck {
	const errors: CheckInCheck['errors'] = {};
	if (!form.statedName.trim()) errors.statedName = 'Ask the patient to say their full name, and type it as they say it.';
	else if (!nameMatches(patient, form.statedName)) errors.statedName = 'This name does not match the chart. Ask again and check the spelling: you may have the wrong patient.';

	const birthDate = parseTypedDate(form.statedBirthDate);
	if (!form.statedBirthDate.trim()) errors.statedBirthDate = 'Ask the patient for their date of birth (MM/DD/YYYY).';
	else if (!birthDate) errors.statedBirthDate = `"${form.statedBirthDate.trim()}" is not a date: type MM/DD/YYYY.`;
	else if (birthDate !== patient.birthDate) errors.statedBirthDate = 'This date of birth does not match the chart. Ask again: you may have the wrong patient.';

	const onFile = insuranceOnFile(coverage);
	if (!form.insurance) errors.insurance = onFile ? 'Check the insurance card against the coverage on file, or record self-pay for today.' : 'No insurance on file: record self-pay, or add the insurance first.';
	else if (form.insurance === 'card-matches') {
		if (!onFile) errors.insurance = 'There is no insurance on file to match: add it under Edit demographics and insurance, or choose self-pay.';
		else if (!form.cardMemberId.trim()) errors.cardMemberId = 'Type the member ID from the card.';
		else if (memberKey(form.cardMemberId) !== memberKey(onFile.subscriberId ?? '')) {
			errors.cardMemberId = 'The member ID on the card differs from the coverage on file: update the insurance before checking in.';
		}
	}

	const contactChecks = checkContactDetails(form);
	const contact = { ...form };
	for (const field of CONTACT_FIELDS) {
		const result = contactChecks[field];
		if (result.error !== undefined) errors[field] = result.error;
		else contact[field] = result.value;
	}

	const copayText = form.copay.trim().replace(/^\$/, '');
	const copay = Number(copayText);
	if (!copayText) errors.copay = 'Enter the copay collected (0 when none is due).';
	else if (!/^\d+(\.\d{1,2})?$/.test(copayText) || copay > 1000) errors.copay = 'Enter the amount in dollars and cents, e.g. 25 or 25.00 (at most $1,000).';
	else if (copay > 0 && !form.method) errors.method = 'How did the patient pay?';

	const stored: ContactDetails = { phone: contact.phone, email: contact.email, line: contact.line, city: contact.city, state: contact.state, postalCode: contact.postalCode };
	return {
		errors,
		ready: Object.keys(errors).length === 0,
		contact: stored,
		contactChanged: !sameContactDetails(stored, contactDetailsOf(patient)),
		copay: Number.isFinite(copay) ? copay : 0
	};
}
