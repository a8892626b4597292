import type { Patient, Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from './database';
import { putResources } from './resources';
import { MRN_SYSTEM, mrnOf } from '$lib/record/identifiers';

/**
 * Store a planned bundle import, all or nothing. A patient registered elsewhere (Synthea,
 * another EHR) gets a medical record number of this clinic, as registration would give it.
 */
export async function importBundleResources(db: ChartroomDatabase, resources: readonly Resource[]): Promise<{ patients: number; resources: number }> {
	const prepared = resources.map((resource) => {
		if (resource.resourceType !== 'Patient' || mrnOf(resource)) return resource;
		const patient: Patient = structuredClone(resource);
		patient.identifier = [...(patient.identifier ?? []), { system: MRN_SYSTEM, value: `IMP-${resource.id!.replace(/[^A-Za-z0-9]/g, '').slice(0, 10).toUpperCase()}`, type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] } }];
		return patient;
	});
	await putResources(db, prepared);
	return { patients: prepared.filter((r) => r.resourceType === 'Patient').length, resources: prepared.length };
}
