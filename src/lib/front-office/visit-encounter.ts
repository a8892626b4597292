/**
 * The visit behind an appointment. Checking a patient in opens an Encounter (status `arrived`,
 * linked to its Appointment, as FHIR's workflow has it); checking out finishes it. The copay
 * collected at the desk is a fact of that visit: R4 has no patient-payment resource Chartroom
 * stores, so it is kept on the Encounter as a complex extension (amount, method, who took it).
 */
import type { Appointment, Encounter, Extension, Money } from '@medplum/fhirtypes';
import { CLINIC_ORGANIZATION_ID } from '$lib/synth/generate-practitioners';
import { HL7 } from '$lib/synth/systems';
import { patientOfAppointment, practitionerOfAppointment } from './appointment-book';

export const COPAY_EXTENSION = 'urn:chartroom:extension:copay';

export const PAYMENT_METHODS = [
	{ code: 'cash', label: 'Cash' },
	{ code: 'card', label: 'Credit or debit card' },
	{ code: 'check', label: 'Check' }
] as const;

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]['code'];

export interface Copay {
	amount: number;
	/** Absent when nothing was due. */
	method?: PaymentMethod;
	/** Staff id of who took the payment. */
	collectedBy: string;
}

function copayExtension(copay: Copay): Extension {
	const amount: Money = { value: copay.amount, currency: 'USD' };
	return {
		url: COPAY_EXTENSION,
		extension: [
			{ url: 'amount', valueMoney: amount },
			...(copay.method ? [{ url: 'method', valueCode: copay.method }] : []),
			{ url: 'collectedBy', valueString: copay.collectedBy }
		]
	};
}

export function copayOf(encounter: Pick<Encounter, 'extension'>): Copay | undefined {
	const extension = encounter.extension?.find((e) => e.url === COPAY_EXTENSION);
	if (!extension) return undefined;
	const part = (url: string) => extension.extension?.find((e) => e.url === url);
	const method = part('method')?.valueCode as PaymentMethod | undefined;
	return { amount: part('amount')?.valueMoney?.value ?? 0, ...(method ? { method } : {}), collectedBy: part('collectedBy')?.valueString ?? '' };
}

export function encounterAtCheckIn(input: { id: string; appointment: Appointment; at: string; copay: Copay; clinicName: string }): Encounter {
	const { appointment } = input;
	const patient = patientOfAppointment(appointment);
	const practitioner = practitionerOfAppointment(appointment);
	return {
		resourceType: 'Encounter',
		id: input.id,
		meta: { lastUpdated: input.at },
		extension: [copayExtension(input.copay)],
		status: 'arrived',
		class: { system: HL7.actCode, code: 'AMB', display: 'ambulatory' },
		...(appointment.appointmentType ? { type: [appointment.appointmentType] } : {}),
		...(patient ? { subject: patient } : {}),
		...(practitioner
			? { participant: [{ type: [{ coding: [{ system: HL7.participationType, code: 'PPRF', display: 'primary performer' }], text: 'primary performer' }], individual: practitioner }] }
			: {}),
		appointment: [{ reference: `Appointment/${appointment.id}` }],
		period: { start: input.at },
		...(appointment.reasonCode ? { reasonCode: appointment.reasonCode } : {}),
		serviceProvider: { reference: `Organization/${CLINIC_ORGANIZATION_ID}`, display: input.clinicName }
	};
}

/** Check-out ends the visit. */
export function finishEncounter(encounter: Encounter, at: string): Encounter {
	return { ...encounter, status: 'finished', period: { ...encounter.period, end: at }, meta: { ...encounter.meta, lastUpdated: at } };
}

/** Is this the visit opened for that appointment? */
export function isVisitFor(encounter: Encounter, appointmentId: string): boolean {
	return (encounter.appointment ?? []).some((a) => a.reference === `Appointment/${appointmentId}`);
}
