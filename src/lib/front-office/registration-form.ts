/**
 * Registering a patient, and later editing who they are and how they pay: the form as typed,
 * every field checked as the learner types, and the FHIR Patient and Coverage it becomes —
 * shaped like the generator's, so a registered patient and a generated one read the same.
 */
import type { CodeableConcept, Coverage, HumanName, Patient, PatientContact, Reference } from '@medplum/fhirtypes';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { CLINIC_ORGANIZATION_ID, payerOrganizationId } from '$lib/synth/generate-practitioners';
import { POPULATION } from '$lib/synth/population';
import { CHARTROOM, HL7 } from '$lib/synth/systems';
import { checkContactDetails, contactDetailsOf, CONTACT_FIELDS, withContactDetails, type ContactDetails } from './contact-details';
import { checkBirthDate, checkName, checkPhone, checkRequiredText } from './demographic-fields';
import { CONTACT_RELATIONSHIPS, SUBSCRIBER_RELATIONSHIPS } from '$lib/codes/data/hl7-relationships';

export interface RegistrationForm extends ContactDetails {
	family: string;
	given: string;
	middle: string;
	birthDate: string;
	sex: Patient['gender'] | '';
	phoneUse: 'mobile' | 'home';
	language: string;
	contactName: string;
	contactRelationship: string;
	contactPhone: string;
	/** A payer id, or 'self-pay'. */
	payer: string;
	memberId: string;
	subscriberRelationship: 'self' | 'spouse' | 'child';
	subscriberName: string;
}

export type RegistrationField = keyof RegistrationForm;

export const EMPTY_REGISTRATION: RegistrationForm = {
	family: '',
	given: '',
	middle: '',
	birthDate: '',
	sex: '',
	phone: '',
	phoneUse: 'mobile',
	email: '',
	line: '',
	city: '',
	state: POPULATION.clinic.state,
	postalCode: '',
	language: 'en',
	contactName: '',
	contactRelationship: '',
	contactPhone: '',
	payer: '',
	memberId: '',
	subscriberRelationship: 'self',
	subscriberName: ''
};

/** The fields in the order the form shows them: the order errors are focused in. */
export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
	'family', 'given', 'middle', 'birthDate', 'sex', 'phone', 'phoneUse', 'email', 'line', 'city', 'state', 'postalCode', 'language',
	'contactName', 'contactRelationship', 'contactPhone', 'payer', 'memberId', 'subscriberRelationship', 'subscriberName'
];

export const SEXES = [
	{ code: 'female', label: 'Female' },
	{ code: 'male', label: 'Male' },
	{ code: 'other', label: 'Other' },
	{ code: 'unknown', label: 'Unknown' }
] as const;

export interface PayerChoice {
	id: string;
	name: string;
	kind: 'public' | 'commercial' | 'self-pay';
}

/** The clinic's payers (population data), each once, self-pay last. */
export const PAYER_CHOICES: readonly PayerChoice[] = [...new Map(POPULATION.payers.map((p) => [p.id, { id: p.id, name: p.name, kind: p.kind }])).values()].sort(
	(a, b) => Number(a.kind === 'self-pay') - Number(b.kind === 'self-pay')
);

export const LANGUAGES = POPULATION.languages.map(({ code, display }) => ({ code, display }));

export interface RegistrationCheck {
	errors: Partial<Record<RegistrationField, string>>;
	/** Worth a second look, never blocking. */
	warnings: Partial<Record<RegistrationField, string>>;
	/** The form as the record will store it (trimmed, formatted). */
	values: RegistrationForm;
	ready: boolean;
}

function ageOn(birthDate: string, today: string): number {
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
	return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function checkRegistration(form: RegistrationForm, today: string): RegistrationCheck {
	const errors: RegistrationCheck['errors'] = {};
	const warnings: RegistrationCheck['warnings'] = {};
	const values: RegistrationForm = { ...form };
	const take = (field: RegistrationField, result: { value?: string; error?: string }) => {
		if (result.error !== undefined) errors[field] = result.error;
		else (values as unknown as Record<string, string>)[field] = result.value ?? '';
	};

	take('family', checkName(form.family, 'Last name'));
	take('given', checkName(form.given, 'First name'));
	take('middle', checkName(form.middle, 'Middle name', false));
	take('birthDate', checkBirthDate(form.birthDate, today));
	if (!form.sex) errors.sex = 'Choose the sex on the ID card (Unknown when not stated).';
	const contact = checkContactDetails(form);
	for (const field of CONTACT_FIELDS) take(field, contact[field]);
	if (!LANGUAGES.some((l) => l.code === form.language)) errors.language = 'Choose the language the patient prefers.';

	const anyContact = form.contactName.trim() || form.contactPhone.trim() || form.contactRelationship;
	if (anyContact) {
		take('contactName', checkRequiredText(form.contactName, 'Enter the emergency contact\'s name, or clear the contact fields.', 80));
		if (!form.contactRelationship) errors.contactRelationship = 'How is the contact related to the patient?';
		take('contactPhone', checkPhone(form.contactPhone, 'Contact phone'));
	}

	const payer = PAYER_CHOICES.find((p) => p.id === form.payer);
	// What does not apply to the payer chosen is not kept (a member ID typed before choosing self-pay).
	if (payer?.kind === 'self-pay' || form.subscriberRelationship === 'self') values.subscriberName = '';
	if (payer?.kind === 'self-pay') Object.assign(values, { memberId: '', subscriberRelationship: 'self' });
	if (!payer) errors.payer = 'Choose the insurance on the card, or Self-pay.';
	else if (payer.kind !== 'self-pay') {
		const member = form.memberId.trim().toUpperCase().replace(/\s+/g, '');
		if (!member) errors.memberId = 'Type the member ID from the front of the card.';
		else if (!/^[A-Z0-9-]{5,20}$/.test(member)) errors.memberId = 'A member ID is 5–20 letters and digits, e.g. LAK000123456.';
		else values.memberId = member;
		if (form.subscriberRelationship !== 'self') take('subscriberName', checkRequiredText(form.subscriberName, 'Enter the name of the policy holder (the subscriber).', 80));
		if (values.birthDate && !errors.birthDate) {
			const age = ageOn(values.birthDate, today);
			if (payer.id === 'medicare' && age < 65) warnings.payer = `Medicare usually covers people 65 and older; this patient is ${age}. Check the card.`;
			if (form.subscriberRelationship === 'child' && age >= 26) warnings.subscriberRelationship = `A child over 26 (${age}) is rarely on a parent's plan. Check the card.`;
		}
	}
	return { errors, warnings, values, ready: Object.keys(errors).length === 0 };
}

const concept = (system: string, code: string, display: string, text = display): CodeableConcept => ({ coding: [{ system, code, display }], text });
const MRN_TYPE = concept(HL7.identifierType, 'MR', 'Medical record number', 'MRN');
const EMERGENCY_CONTACT = concept(HL7.contactRole, 'C', 'Emergency Contact');

function officialName(values: RegistrationForm): HumanName {
	return { use: 'official', family: values.family, given: values.middle ? [values.given, values.middle] : [values.given] };
}

function emergencyContact(values: RegistrationForm): PatientContact[] {
	if (!values.contactName) return [];
	const relationship = CONTACT_RELATIONSHIPS.find((r) => r.code === values.contactRelationship);
	const words = values.contactName.split(' ');
	return [
		{
			relationship: [EMERGENCY_CONTACT, ...(relationship ? [concept(HL7.roleCode, relationship.code, relationship.display)] : [])],
			name: { family: words.at(-1), given: words.slice(0, -1) },
			telecom: [{ system: 'phone', value: values.contactPhone }]
		}
	];
}

function language(values: RegistrationForm): Patient['communication'] {
	const chosen = LANGUAGES.find((l) => l.code === values.language);
	return chosen ? [{ language: concept(HL7.language, chosen.code, chosen.display), preferred: true }] : [];
}

/** Who the patient is and how to reach them, written over a patient (new or existing). */
function withRegistration(patient: Patient, values: RegistrationForm): Patient {
	const others = (patient.name ?? []).filter((n) => n.use !== 'official');
	const updated: Patient = {
		...withContactDetails(patient, values, values.phoneUse),
		name: [officialName(values), ...others],
		gender: values.sex || 'unknown',
		birthDate: values.birthDate,
		communication: language(values)
	};
	const contact = emergencyContact(values);
	if (contact.length) updated.contact = [...contact, ...(patient.contact ?? []).slice(1)];
	else delete updated.contact;
	return updated;
}

export function newPatient(values: RegistrationForm, ids: { id: string; mrn: string; at: string }): Patient {
	return withRegistration(
		{
			resourceType: 'Patient',
			id: ids.id,
			meta: { lastUpdated: ids.at },
			identifier: [{ use: 'usual', type: MRN_TYPE, system: MRN_SYSTEM, value: ids.mrn }],
			active: true,
			managingOrganization: { reference: `Organization/${CLINIC_ORGANIZATION_ID}`, display: POPULATION.clinic.name }
		},
		values
	);
}

/** An existing patient with the edited demographics; identifiers, flags and links untouched. */
export function editedPatient(patient: Patient, values: RegistrationForm, at: string): Patient {
	return { ...withRegistration(patient, values), meta: { ...patient.meta, lastUpdated: at } };
}

export function newCoverage(values: RegistrationForm, ids: { id: string; patient: Reference<Patient>; at: string; start: string }): Coverage {
	const payer = PAYER_CHOICES.find((p) => p.id === values.payer);
	if (!payer) throw new Error(`Unknown payer "${values.payer}".`);
	const selfPay = payer.kind === 'self-pay';
	const relationship = SUBSCRIBER_RELATIONSHIPS.find((r) => r.code === (selfPay ? 'self' : values.subscriberRelationship)) ?? SUBSCRIBER_RELATIONSHIPS[0];
	return {
		resourceType: 'Coverage',
		id: ids.id,
		meta: { lastUpdated: ids.at },
		status: 'active',
		type: selfPay
			? concept(HL7.coverageSelfPay, 'pay', 'PAY', 'Self-pay')
			: concept(HL7.actCode, payer.kind === 'public' ? 'PUBLICPOL' : 'EHCPOL', payer.kind === 'public' ? 'public healthcare' : 'extended healthcare', payer.name),
		...(selfPay ? {} : { identifier: [{ system: `${CHARTROOM.memberId}:${payer.id}`, value: values.memberId }], subscriberId: values.memberId }),
		subscriber: relationship.code === 'self' ? ids.patient : { display: values.subscriberName },
		beneficiary: ids.patient,
		relationship: concept(HL7.subscriberRelationship, relationship.code, relationship.display),
		period: { start: ids.start },
		payor: [selfPay ? ids.patient : { reference: `Organization/${payerOrganizationId(payer.id)}`, display: payer.name }],
		...(selfPay ? {} : { class: [{ type: concept(HL7.coverageClass, 'plan', 'Plan'), value: payer.id.toUpperCase(), name: payer.name }] })
	};
}

/** The payer id a coverage names: its plan class, else its payor organization. */
function payerOf(coverage: Coverage): string {
	if (coverage.type?.coding?.some((c) => c.system === HL7.coverageSelfPay)) return 'self-pay';
	const fromClass = coverage.class?.find((c) => c.type.coding?.some((t) => t.code === 'plan'))?.value?.toLowerCase();
	const fromPayor = coverage.payor?.[0]?.reference?.replace('Organization/org-', '');
	return PAYER_CHOICES.find((p) => p.id === fromClass || p.id === fromPayor)?.id ?? '';
}

/** The form for editing a registered patient. */
export function registrationOf(patient: Patient, coverage: Coverage | undefined): RegistrationForm {
	const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
	const contact = patient.contact?.[0];
	const relationship = contact?.relationship?.flatMap((r) => r.coding ?? []).find((c) => c.system === HL7.roleCode)?.code ?? '';
	const phone = patient.telecom?.find((t) => t.system === 'phone');
	const subscriberRelationship = coverage?.relationship?.coding?.[0]?.code;
	return {
		...contactDetailsOf(patient),
		family: name?.family ?? '',
		given: name?.given?.[0] ?? '',
		middle: name?.given?.slice(1).join(' ') ?? '',
		birthDate: patient.birthDate ? `${patient.birthDate.slice(5, 7)}/${patient.birthDate.slice(8, 10)}/${patient.birthDate.slice(0, 4)}` : '',
		sex: patient.gender ?? '',
		phoneUse: phone?.use === 'home' ? 'home' : 'mobile',
		language: patient.communication?.[0]?.language?.coding?.[0]?.code ?? 'en',
		contactName: contact ? [...(contact.name?.given ?? []), contact.name?.family].filter(Boolean).join(' ') : '',
		contactRelationship: relationship,
		contactPhone: contact?.telecom?.find((t) => t.system === 'phone')?.value ?? '',
		payer: coverage ? payerOf(coverage) : '',
		memberId: coverage?.subscriberId ?? '',
		subscriberRelationship: subscriberRelationship === 'spouse' || subscriberRelationship === 'child' ? subscriberRelationship : 'self',
		subscriberName: coverage?.subscriber?.reference ? '' : (coverage?.subscriber?.display ?? '')
	};
}

/** A new card (other payer, member ID or subscriber) is a new Coverage; the old one is ended, not overwritten. */
export function insuranceChanged(values: RegistrationForm, coverage: Coverage | undefined): boolean {
	if (!coverage) return true;
	const before = registrationOf({ resourceType: 'Patient' }, coverage);
	return before.payer !== values.payer || before.memberId !== values.memberId || before.subscriberRelationship !== values.subscriberRelationship || before.subscriberName !== values.subscriberName;
}

export function endCoverage(coverage: Coverage, day: string, at: string): Coverage {
	return { ...coverage, status: 'cancelled', period: { ...coverage.period, end: day }, meta: { ...coverage.meta, lastUpdated: at } };
}
