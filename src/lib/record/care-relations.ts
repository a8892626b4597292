/**
 * The ties between a patient and the clinic's clinicians, as the record shows them: the primary
 * care provider (Patient.generalPractitioner), the appointment book and past encounters. Read
 * from FHIR here so that the care-team rule in `session/` knows no FHIR.
 */
import type { Appointment, Encounter, Patient, Reference } from '@medplum/fhirtypes';

export interface CareContact {
	/** Practitioner ids involved. */
	practitioners: string[];
	/** Calendar day (YYYY-MM-DD) in the clinic's own time, as written in the resource. */
	day: string;
}

export interface CareRelations {
	/** Practitioner ids of the primary care provider(s). */
	primaryCare: string[];
	/** Appointments that still stand (not cancelled, not a no-show). */
	booked: CareContact[];
	/** Encounters that took place. */
	seen: CareContact[];
}

function practitionerId(reference: Reference | undefined): string | undefined {
	const text = reference?.reference;
	return text?.startsWith('Practitioner/') ? text.slice('Practitioner/'.length) : undefined;
}

function present<T>(value: T | undefined): value is T {
	return value !== undefined;
}

const STANDING_APPOINTMENT: ReadonlySet<string> = new Set(['proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'checked-in', 'waitlist']);

export function careRelations(patient: Patient, appointments: readonly Appointment[], encounters: readonly Encounter[]): CareRelations {
	return {
		primaryCare: (patient.generalPractitioner ?? []).map(practitionerId).filter(present),
		booked: appointments
			.filter((appointment) => STANDING_APPOINTMENT.has(appointment.status) && appointment.start !== undefined)
			.map((appointment) => ({
				practitioners: appointment.participant.map((participant) => practitionerId(participant.actor)).filter(present),
				day: (appointment.start ?? '').slice(0, 10)
			})),
		seen: encounters
			.filter((encounter) => encounter.status !== 'cancelled' && encounter.status !== 'entered-in-error' && encounter.period?.start !== undefined)
			.map((encounter) => ({
				practitioners: (encounter.participant ?? []).map((participant) => practitionerId(participant.individual)).filter(present),
				day: (encounter.period?.start ?? '').slice(0, 10)
			}))
	};
}
