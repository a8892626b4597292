import type { Patient } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from './database';

export interface PatientListPage {
	patients: Array<{ patient: Patient; mrn: string }>;
	total: number;
}

/** One page of the master patient index, in MRN order. */
export async function listPatients(db: ChartroomDatabase, offset: number, limit: number): Promise<PatientListPage> {
	const table = db.resources<Patient>('Patient');
	const [rows, total] = await Promise.all([table.orderBy('mrn').offset(offset).limit(limit).toArray(), table.count()]);
	return { patients: rows.map((r) => ({ patient: r.resource, mrn: r.mrn ?? '' })), total };
}
