import type { Patient, Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from './database';
import { putResources, tablesToWrite } from './resources';

export class NoFreeMrnError extends Error {
	override name = 'NoFreeMrnError';
}

/**
 * A medical record number no one holds. Generated MRNs are eight digits spread over the whole
 * range, so a new one is drawn at random and checked against the unique MRN index.
 */
export async function freeMrn(db: ChartroomDatabase, draw: () => number = Math.random): Promise<string> {
	const table = db.resources<Patient>('Patient');
	for (let attempt = 0; attempt < 50; attempt++) {
		const mrn = String(Math.floor(draw() * 100_000_000)).padStart(8, '0');
		if ((await table.where('mrn').equals(mrn).count()) === 0) return mrn;
	}
	throw new NoFreeMrnError('No free medical record number was found; nothing was saved.');
}

/**
 * Register a patient: assign an MRN and store the Patient with its Coverage in one transaction,
 * so a failure leaves neither behind and no two patients can be given the same number.
 */
export async function registerPatient(db: ChartroomDatabase, build: (mrn: string) => Resource[], draw?: () => number): Promise<Resource[]> {
	return db.transaction('rw', tablesToWrite(db, ['Patient', 'Coverage']), async () => {
		const resources = build(await freeMrn(db, draw));
		await putResources(db, resources);
		return resources;
	});
}
