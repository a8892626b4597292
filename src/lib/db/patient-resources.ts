import type { Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from './database';
import type { ClinicalResourceType } from './resource-types';

/** One patient's resources of one type, oldest first: a single row (clinical-rows.ts). */
export async function patientResourcesOf<T extends Resource>(db: ChartroomDatabase, type: ClinicalResourceType, patientId: string): Promise<T[]> {
	return (await db.clinical<T>(type).get(patientId))?.resources ?? [];
}
