/**
 * The clinic's appointment book for the scenario's today and the next five working days: per
 * clinician 08:00–17:00 (lunch 12–13), appointments of 15/30/45 minutes by type, booked with
 * patients whose templates fit the type, and free slots between.
 */
import type { Appointment, Coding, Patient, Practitioner, Schedule, Slot } from '@medplum/fhirtypes';
import { formatDay, formatInstant, weekday, type DayNumber } from './dates';
import { concept, constantConcept, reference } from './fhir-helpers';
import type { Clinician } from './generate-practitioners';
import { Random } from './random';
import { HL7 } from './systems';

export type AppointmentKind = 'new-patient' | 'follow-up' | 'annual-physical' | 'acute';

/** Practice rules for the book (not medicine): visit lengths and the usual mix of a day. */
export const APPOINTMENT_TYPES: Record<AppointmentKind, { minutes: number; code: string; display: string; label: string; weight: number }> = {
	'new-patient': { minutes: 45, code: 'ROUTINE', display: 'Routine appointment - default if not valued', label: 'New patient', weight: 0.12 },
	'follow-up': { minutes: 15, code: 'FOLLOWUP', display: 'A follow up visit from a previous appointment', label: 'Follow-up', weight: 0.45 },
	'annual-physical': { minutes: 30, code: 'CHECKUP', display: 'A routine check-up, such as an annual physical', label: 'Annual physical', weight: 0.23 },
	acute: { minutes: 15, code: 'WALKIN', display: 'A previously unscheduled walk-in visit', label: 'Acute visit', weight: 0.2 }
};
const KINDS = Object.keys(APPOINTMENT_TYPES) as AppointmentKind[];
const APPOINTMENT_TYPE_CONCEPTS = Object.fromEntries(
	KINDS.map((kind) => [kind, constantConcept(HL7.appointmentType, APPOINTMENT_TYPES[kind].code, APPOINTMENT_TYPES[kind].display, APPOINTMENT_TYPES[kind].label)])
) as Record<AppointmentKind, ReturnType<typeof constantConcept>>;

export interface ScheduleCandidate {
	patientId: string;
	display: string;
	child: boolean;
	kinds: readonly AppointmentKind[];
	/** The problem a follow-up is for. */
	reason?: Coding;
}

export interface ClinicSchedule {
	schedules: Schedule[];
	slots: Slot[];
	appointments: Appointment[];
}

export interface ScheduleSettings {
	seed: string | number;
	salt: string;
	today: DayNumber;
	utcOffset: string;
	lastUpdated: string;
}

/**
 * The scenario's today and the next five working days. Today is always a clinic day, even a
 * Saturday or Sunday (a weekend session): lessons speak of "your 10:30 patient" on any date.
 */
export function scheduleDays(today: DayNumber): DayNumber[] {
	const days: DayNumber[] = [today];
	for (let day = today + 1; days.length < 6; day++) if (weekday(day) < 5) days.push(day);
	return days;
}

/** Opening hours of the book, in minutes after midnight, clinic time; bookings use 15-minute steps. */
export const CLINIC_HOURS = { open: 8 * 60, lunch: [12 * 60, 13 * 60] as const, close: 17 * 60, step: 15 } as const;

const OPEN = CLINIC_HOURS.open;
const LUNCH = CLINIC_HOURS.lunch;
const CLOSE = CLINIC_HOURS.close;
const FREE_SLOT = CLINIC_HOURS.step;

export function generateSchedule(settings: ScheduleSettings, clinicians: readonly Clinician[], candidates: readonly ScheduleCandidate[]): ClinicSchedule {
	const random = new Random(settings.seed, settings.salt, 'schedule');
	const days = scheduleDays(settings.today);
	const meta = () => ({ lastUpdated: settings.lastUpdated });
	const booked = new Set<string>();
	const schedules: Schedule[] = [];
	const slots: Slot[] = [];
	const appointments: Appointment[] = [];
	const at = (day: DayNumber, minutes: number) => formatInstant(day, minutes, settings.utcOffset);

	for (const clinician of clinicians) {
		const scheduleId = `sched-${clinician.id}`;
		const practitioner = reference<Practitioner>('Practitioner', clinician.id, clinician.display);
		schedules.push({
			resourceType: 'Schedule',
			id: scheduleId,
			meta: meta(),
			active: true,
			actor: [practitioner],
			planningHorizon: { start: at(days[0] as number, OPEN), end: at(days[days.length - 1] as number, CLOSE) }
		});
		for (const day of days) {
			let time = OPEN;
			while (time < CLOSE) {
				if (time >= LUNCH[0] && time < LUNCH[1]) {
					time = LUNCH[1];
					continue;
				}
				const kind = random.weighted(KINDS, (k) => APPOINTMENT_TYPES[k].weight);
				const minutes = APPOINTMENT_TYPES[kind].minutes;
				const fits = time + minutes <= (time < LUNCH[0] ? LUNCH[0] : CLOSE);
				const wanted = fits && random.chance(0.8);
				const fitting = wanted
					? candidates.filter((c) => !booked.has(c.patientId) && c.kinds.includes(kind) && (c.child ? clinician.seesChildren : clinician.seesAdults))
					: [];
				const patient = fitting.length > 0 ? random.pick(fitting) : undefined;
				if (!patient) {
					slots.push({
						resourceType: 'Slot',
						id: `slot-${clinician.id}-${formatDay(day).replace(/-/g, '')}-${String(time).padStart(4, '0')}`,
						meta: meta(),
						schedule: reference<Schedule>('Schedule', scheduleId),
						status: 'free',
						start: at(day, time),
						end: at(day, time + FREE_SLOT)
					});
					time += FREE_SLOT;
					continue;
				}
				booked.add(patient.patientId);
				appointments.push({
					resourceType: 'Appointment',
					id: `appt-${String(appointments.length + 1).padStart(5, '0')}`,
					meta: meta(),
					status: 'booked',
					appointmentType: APPOINTMENT_TYPE_CONCEPTS[kind],
					description: APPOINTMENT_TYPES[kind].label,
					...(kind === 'follow-up' && patient.reason ? { reasonCode: [concept(patient.reason)] } : {}),
					start: at(day, time),
					end: at(day, time + minutes),
					minutesDuration: minutes,
					created: formatDay(Math.max(settings.today - random.int(1, 60), settings.today - 60)),
					participant: [
						{ actor: reference<Patient>('Patient', patient.patientId, patient.display), required: 'required', status: 'accepted' },
						{ actor: practitioner, required: 'required', status: 'accepted' }
					]
				});
				time += minutes;
			}
		}
	}
	return { schedules, slots, appointments };
}
