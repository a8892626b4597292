import type { Appointment } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from './database';
import { patientResourcesOf } from './patient-resources';
import { resourcesOnDays } from './resources';

/**
 * The appointment book across patients, read through the date keys: a day or a week of every
 * clinician's visits in one range read. Appointment starts are clinic-time instants
 * (`2024-10-15T10:30:00-05:00`), so a day's visits share the day's text prefix.
 */
export function appointmentsBetween(db: ChartroomDatabase, fromDay: string, toDay: string): Promise<Appointment[]> {
	return resourcesOnDays<Appointment>(db, 'Appointment', fromDay, toDay);
}

/** One patient's appointments, oldest first. */
export function patientAppointments(db: ChartroomDatabase, patientId: string): Promise<Appointment[]> {
	return patientResourcesOf<Appointment>(db, 'Appointment', patientId);
}
