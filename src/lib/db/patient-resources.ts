import type { Resource } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import type { ChartroomDatabase } from './database';
import type { ClinicalResourceType } from './resource-types';

/** One patient's resources of one type, oldest first: a single range read on `[patient+date]`. */
export async function patientResourcesOf<T extends Resource>(db: ChartroomDatabase, type: ClinicalResourceType, patientId: string): Promise<T[]> {
	const rows = await db
		.resources<T>(type)
		.where('[patient+date]')
		.between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
		.toArray();
	return rows.map((row) => row.resource);
}
