/**
 * The booking form as typed, checked the way a scheduler would: who, with whom, which kind of
 * visit (it sets the length), which day and a start time that is still free.
 */
import type { Appointment } from '@medplum/fhirtypes';
import { isIsoDate } from '$lib/synth/dates';
import { APPOINTMENT_TYPES } from '$lib/synth/generate-schedule';
import { APPOINTMENT_KINDS, holdsTime, openStarts, type AppointmentKind } from './appointment-book';
import { displayTime, minutesOf } from './clinic-clock';

export interface BookingForm {
	patientId: string;
	patientDisplay: string;
	practitionerId: string;
	day: string;
	/** Minutes after midnight, as the select's value. */
	start: string;
	kind: AppointmentKind | '';
	reason: string;
}

export const EMPTY_BOOKING: BookingForm = { patientId: '', patientDisplay: '', practitionerId: '', day: '', start: '', kind: '', reason: '' };

export type BookingField = 'patient' | 'practitioner' | 'day' | 'kind' | 'start';

export interface BookingCheck {
	errors: Partial<Record<BookingField, string>>;
	/** Worth a second look, never blocking: the patient already has a visit that day. */
	warning?: string;
	/** Start times that fit the chosen visit length on the chosen day. */
	starts: number[];
	ready: boolean;
}

export interface BookingContext {
	/** The chosen clinician's appointments on the chosen day. */
	clinicianDay: readonly Appointment[];
	/** The chosen patient's appointments on the chosen day (any clinician). */
	patientDay: readonly Appointment[];
	clinicianName: string;
	/** The appointment being rescheduled, which must not block itself. */
	exceptId?: string;
}

export function isAppointmentKind(value: string): value is AppointmentKind {
	return (APPOINTMENT_KINDS as readonly string[]).includes(value);
}

export function checkBooking(form: BookingForm, context: BookingContext): BookingCheck {
	const errors: BookingCheck['errors'] = {};
	if (!form.patientId) errors.patient = 'Choose the patient: search by name, date of birth or MRN, then pick them from the list.';
	if (!form.practitionerId) errors.practitioner = 'Choose the clinician the patient will see.';
	if (!form.day) errors.day = 'Enter the date of the visit.';
	else if (!isIsoDate(form.day)) errors.day = `"${form.day}" is not a date: use the date picker or type MM/DD/YYYY.`;
	if (!form.kind) errors.kind = 'Choose the type of visit: it sets how long the visit is.';

	const length = form.kind ? APPOINTMENT_TYPES[form.kind].minutes : 0;
	const starts = length && !errors.day && form.practitionerId ? openStarts(context.clinicianDay, length, { exceptId: context.exceptId }) : [];
	if (!errors.day && !errors.kind && !errors.practitioner) {
		if (starts.length === 0) errors.start = `${context.clinicianName} has no free ${length}-minute time on this day: try another day or clinician.`;
		else if (!form.start) errors.start = 'Choose a start time.';
		else if (!starts.includes(Number(form.start))) {
			errors.start = `${displayTime(Number(form.start))} is not free for a ${length}-minute visit: choose another time.`;
		}
	}

	const other = context.patientDay.find((a) => holdsTime(a) && a.id !== context.exceptId && a.start);
	const warning = form.patientId && other?.start ? `${form.patientDisplay || 'This patient'} already has an appointment at ${displayTime(minutesOf(other.start))} on this day.` : undefined;
	const check: BookingCheck = { errors, starts, ready: Object.keys(errors).length === 0 };
	if (warning) check.warning = warning;
	return check;
}
