import type { Appointment } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import type { ChartroomDatabase } from './database';

/**
 * The appointment book across patients, read through the `date` index: a day or a week of every
 * clinician's visits in one range read. Appointment starts are clinic-time instants
 * (`2024-10-15T10:30:00-05:00`), so a day's visits share the day's text prefix.
 */
export async function appointmentsBetween(db: ChartroomDatabase, fromDay: string, toDay: string): Promise<Appointment[]> {
	const rows = await db.resources<Appointment>('Appointment').where('date').between(fromDay, `${toDay}\uffff`, true, true).toArray();
	return rows.map((row) => row.resource);
}

/** One patient's appointments, oldest first. */
export async function patientAppointments(db: ChartroomDatabase, patientId: string): Promise<Appointment[]> {
	const rows = await db
		.resources<Appointment>('Appointment')
		.where('[patient+date]')
		.between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
		.toArray();
	return rows.map((row) => row.resource);
}
