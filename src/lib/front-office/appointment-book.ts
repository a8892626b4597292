/**
 * The appointment book as FHIR R4 Appointments: what kind of visit each is, which times of a
 * clinician's day are taken, and the changes the front desk makes (book, reschedule, cancel,
 * no-show, arrive, fulfil). Every change returns a new resource; nothing here touches storage.
 */
import type { Appointment, CodeableConcept, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import { APPOINTMENT_TYPES, CLINIC_HOURS, type AppointmentKind } from '$lib/synth/generate-schedule';
import { HL7 } from '$lib/synth/systems';
import { clinicInstant, dayOf, minutesOf } from './clinic-clock';

export type { AppointmentKind };
export const APPOINTMENT_KINDS = Object.keys(APPOINTMENT_TYPES) as AppointmentKind[];
export type ClinicHours = typeof CLINIC_HOURS;

/** Statuses that hold the clinician's time: a cancelled or missed visit frees it for someone else. */
const HOLDS_TIME: ReadonlySet<Appointment['status']> = new Set(['proposed', 'pending', 'booked', 'arrived', 'checked-in', 'fulfilled']);

export function holdsTime(appointment: Pick<Appointment, 'status'>): boolean {
	return HOLDS_TIME.has(appointment.status);
}

export function appointmentTypeConcept(kind: AppointmentKind): CodeableConcept {
	const type = APPOINTMENT_TYPES[kind];
	return { coding: [{ system: HL7.appointmentType, code: type.code, display: type.display }], text: type.label };
}

/** The kind of visit, from the HL7 v2 appointment type code (or, failing that, the label). */
export function kindOf(appointment: Pick<Appointment, 'appointmentType' | 'description'>): AppointmentKind | undefined {
	const code = appointment.appointmentType?.coding?.find((c) => c.system === HL7.appointmentType)?.code;
	return APPOINTMENT_KINDS.find((kind) => APPOINTMENT_TYPES[kind].code === code) ?? APPOINTMENT_KINDS.find((kind) => APPOINTMENT_TYPES[kind].label === appointment.description);
}

export function kindLabel(appointment: Pick<Appointment, 'appointmentType' | 'description'>): string {
	const kind = kindOf(appointment);
	return kind ? APPOINTMENT_TYPES[kind].label : (appointment.appointmentType?.text ?? appointment.description ?? 'Visit');
}

function participant(appointment: Appointment, type: 'Patient' | 'Practitioner'): Reference | undefined {
	return appointment.participant.find((p) => p.actor?.reference?.startsWith(`${type}/`))?.actor;
}

export function patientOfAppointment(appointment: Appointment): Reference<Patient> | undefined {
	return participant(appointment, 'Patient') as Reference<Patient> | undefined;
}

export function practitionerOfAppointment(appointment: Appointment): Reference<Practitioner> | undefined {
	return participant(appointment, 'Practitioner') as Reference<Practitioner> | undefined;
}

export function referenceId(reference: Reference | undefined): string {
	return reference?.reference?.split('/')[1] ?? '';
}

export function durationOf(appointment: Appointment): number {
	if (appointment.minutesDuration) return appointment.minutesDuration;
	return appointment.start && appointment.end ? minutesOf(appointment.end) - minutesOf(appointment.start) : CLINIC_HOURS.step;
}

/** One 15-minute line of a clinician's day. */
export interface BookLine {
	minutes: number;
	/** Appointments that start on this line, in any status. */
	starting: Appointment[];
	/** Nobody holds this time and the clinic is open: a patient can be booked here. */
	open: boolean;
	lunch: boolean;
}

function isLunch(minutes: number, hours: ClinicHours): boolean {
	return minutes >= hours.lunch[0] && minutes < hours.lunch[1];
}

/** Minutes of the day held by active appointments (start of every 15-minute step they cover). */
function heldSteps(appointments: readonly Appointment[], hours: ClinicHours, exceptId?: string): Set<number> {
	const held = new Set<number>();
	for (const appointment of appointments) {
		if (!appointment.start || !holdsTime(appointment) || appointment.id === exceptId) continue;
		const start = minutesOf(appointment.start);
		for (let m = start; m < start + durationOf(appointment); m += hours.step) held.add(m - (m % hours.step));
	}
	return held;
}

/**
 * A clinician's day, line by line: each appointment on the line it starts, open lines where a
 * patient could be seen. Visits outside opening hours (a late add-on) still get their line.
 */
export function dayBook(appointments: readonly Appointment[], hours: ClinicHours = CLINIC_HOURS): BookLine[] {
	const held = heldSteps(appointments, hours);
	const starts = appointments.filter((a) => a.start).map((a) => minutesOf(a.start as string));
	const first = Math.min(hours.open, ...starts.map((m) => m - (m % hours.step)));
	const last = Math.max(hours.close - hours.step, ...starts);
	const lines: BookLine[] = [];
	for (let minutes = first; minutes <= last; minutes += hours.step) {
		const starting = appointments
			.filter((a) => a.start && minutesOf(a.start) >= minutes && minutesOf(a.start) < minutes + hours.step)
			.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
		const lunch = isLunch(minutes, hours);
		const open = !lunch && minutes >= hours.open && minutes < hours.close && !held.has(minutes);
		lines.push({ minutes, starting, open, lunch });
	}
	return lines;
}

/**
 * Start times (minutes) at which a visit of `length` minutes fits the clinician's day: inside
 * opening hours, not over lunch, clear of every visit that holds time (except the one moving).
 */
export function openStarts(appointments: readonly Appointment[], length: number, options: { exceptId?: string; hours?: ClinicHours } = {}): number[] {
	const hours = options.hours ?? CLINIC_HOURS;
	const held = heldSteps(appointments, hours, options.exceptId);
	const starts: number[] = [];
	for (let start = hours.open; start + length <= hours.close; start += hours.step) {
		let fits = true;
		for (let m = start; m < start + length; m += hours.step) if (held.has(m) || isLunch(m, hours)) fits = false;
		if (fits) starts.push(start);
	}
	return starts;
}

export class AppointmentChangeError extends Error {
	override name = 'AppointmentChangeError';
}

/** Which status a visit may move to from which: the front desk's workflow. */
const NEXT: Partial<Record<Appointment['status'], readonly Appointment['status'][]>> = {
	proposed: ['booked', 'cancelled'],
	pending: ['booked', 'cancelled'],
	booked: ['arrived', 'cancelled', 'noshow'],
	arrived: ['fulfilled'],
	'checked-in': ['fulfilled']
};

const STATUS_WORDS: Record<Appointment['status'], string> = {
	proposed: 'proposed',
	pending: 'pending',
	booked: 'booked',
	arrived: 'checked in',
	'checked-in': 'checked in',
	fulfilled: 'checked out',
	cancelled: 'cancelled',
	noshow: 'a no-show',
	'entered-in-error': 'entered in error',
	waitlist: 'on the wait list'
};

export function statusWords(status: Appointment['status']): string {
	return STATUS_WORDS[status];
}

export function canMove(appointment: Pick<Appointment, 'status'>, to: Appointment['status']): boolean {
	return NEXT[appointment.status]?.includes(to) ?? false;
}

function moved(appointment: Appointment, to: Appointment['status'], at: string): Appointment {
	if (!canMove(appointment, to)) {
		throw new AppointmentChangeError(`This appointment is ${statusWords(appointment.status)}; it cannot be marked ${statusWords(to)}.`);
	}
	return { ...appointment, status: to, meta: { ...appointment.meta, lastUpdated: at } };
}

export interface BookingRequest {
	id: string;
	patient: Reference<Patient>;
	practitioner: Reference<Practitioner>;
	day: string;
	start: number;
	kind: AppointmentKind;
	utcOffset: string;
	/** When the booking was made (instant). */
	at: string;
	reason?: string;
	comment?: string;
}

export function bookAppointment(request: BookingRequest): Appointment {
	const minutes = APPOINTMENT_TYPES[request.kind].minutes;
	const reason = request.reason?.trim();
	const comment = request.comment?.trim();
	return {
		resourceType: 'Appointment',
		id: request.id,
		meta: { lastUpdated: request.at },
		status: 'booked',
		appointmentType: appointmentTypeConcept(request.kind),
		description: APPOINTMENT_TYPES[request.kind].label,
		...(reason ? { reasonCode: [{ text: reason }] } : {}),
		start: clinicInstant(request.day, request.start, request.utcOffset),
		end: clinicInstant(request.day, request.start + minutes, request.utcOffset),
		minutesDuration: minutes,
		created: request.at.slice(0, 10),
		...(comment ? { comment } : {}),
		participant: [
			{ actor: request.patient, required: 'required', status: 'accepted' },
			{ actor: request.practitioner, required: 'required', status: 'accepted' }
		]
	};
}

/** Move a booked visit to another time or clinician; the type, and so the length, stays. */
export function rescheduleAppointment(
	appointment: Appointment,
	to: { day: string; start: number; practitioner: Reference<Practitioner>; utcOffset: string; at: string }
): Appointment {
	if (appointment.status !== 'booked') {
		throw new AppointmentChangeError(`This appointment is ${statusWords(appointment.status)}; only a booked appointment can be rescheduled.`);
	}
	const length = durationOf(appointment);
	return {
		...appointment,
		meta: { ...appointment.meta, lastUpdated: to.at },
		start: clinicInstant(to.day, to.start, to.utcOffset),
		end: clinicInstant(to.day, to.start + length, to.utcOffset),
		minutesDuration: length,
		participant: appointment.participant.map((p) => (p.actor?.reference?.startsWith('Practitioner/') ? { ...p, actor: to.practitioner } : p))
	};
}

const CANCELLATION = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

/** Reasons a front desk records (HL7 appointment-cancellation-reason codes). */
export const CANCELLATION_REASONS = [
	{ code: 'pat', display: 'Patient' },
	{ code: 'pat-fb', display: 'Patient: Feeling Better' },
	{ code: 'pat-lt', display: 'Patient: Lack of Transportation' },
	{ code: 'prov', display: 'Provider' },
	{ code: 'prov-pers', display: 'Provider: Personal' }
] as const;

export type CancellationCode = (typeof CANCELLATION_REASONS)[number]['code'];

export function cancelAppointment(appointment: Appointment, reason: CancellationCode, at: string, note?: string): Appointment {
	const coding = CANCELLATION_REASONS.find((r) => r.code === reason);
	if (!coding) throw new AppointmentChangeError('Choose why the appointment is cancelled.');
	const text = note?.trim();
	return {
		...moved(appointment, 'cancelled', at),
		cancelationReason: { coding: [{ system: CANCELLATION, code: coding.code, display: coding.display }], text: text || coding.display }
	};
}

/** A no-show is recorded on the day of the visit (or after), never for a future day. */
export function markNoShow(appointment: Appointment, now: string): Appointment {
	if (appointment.start && dayOf(appointment.start) > dayOf(now)) {
		throw new AppointmentChangeError('This appointment is on a later day: a patient cannot be a no-show before the day of the visit.');
	}
	return moved(appointment, 'noshow', now);
}

/** Check-in happens on the day of the visit: a patient who comes on the wrong day is rebooked. */
export function markArrived(appointment: Appointment, at: string): Appointment {
	if (appointment.start && dayOf(appointment.start) !== dayOf(at)) {
		throw new AppointmentChangeError(`This appointment is on ${dayOf(appointment.start)}, not today (${dayOf(at)}): reschedule it instead of checking in.`);
	}
	return moved(appointment, 'arrived', at);
}

export function markFulfilled(appointment: Appointment, at: string): Appointment {
	return moved(appointment, 'fulfilled', at);
}
