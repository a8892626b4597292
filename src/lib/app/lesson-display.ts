/**
 * Cast values as prose shows them: `{walkin.name}` is the full name, and
 * `{walkin.name.given}`, `{walkin.name.family}` its parts, the same fields answer keys use
 * (`{{walkin.name.given}}`). A name or address is a String object carrying its parts, so it
 * renders whole and still has fields.
 */
import type { Patient } from '@medplum/fhirtypes';
import type { CastMemberValues } from '$lib/grading/template-values';

export type NameDisplay = string & { readonly text: string; readonly given: string; readonly family: string };
export type AddressDisplay = string & {
	readonly text: string;
	readonly line: string;
	readonly city: string;
	readonly state: string;
	readonly postalCode: string;
};

export interface CastDisplay {
	id: string;
	reference: string;
	mrn: string;
	name: NameDisplay;
	birthDate: string;
	gender: string;
	age: string;
	phone: string;
	address: AddressDisplay;
	template: string;
	registered: string;
	patient: Patient | undefined;
}

/** Shown until the cast is built (and in the prerendered page). */
export const CAST_PLACEHOLDER = '…';

function textWithParts<T extends Record<string, string>>(text: string, parts: T): string & T & { text: string } {
	// eslint-disable-next-line no-new-wrappers -- a String object renders as its text and keeps fields
	return Object.assign(new String(text), parts, { text }) as unknown as string & T & { text: string };
}

export function placeholderDisplay(): CastDisplay {
	const p = CAST_PLACEHOLDER;
	return {
		id: p,
		reference: p,
		mrn: p,
		name: textWithParts(p, { given: p, family: p }),
		birthDate: p,
		gender: p,
		age: p,
		phone: p,
		address: textWithParts(p, { line: p, city: p, state: p, postalCode: p }),
		template: p,
		registered: p,
		patient: undefined
	};
}

export function castDisplay(values: CastMemberValues): CastDisplay {
	const { text: nameText, ...name } = values.name;
	const { text: addressText, ...address } = values.address;
	return {
		id: values.id,
		reference: values.reference,
		mrn: values.mrn,
		name: textWithParts(nameText, name),
		birthDate: values.birthDate,
		gender: values.gender,
		age: String(values.age),
		phone: values.phone,
		address: textWithParts(addressText, address),
		template: values.template,
		registered: values.registered ? 'registered' : 'not registered',
		patient: values.patient
	};
}
