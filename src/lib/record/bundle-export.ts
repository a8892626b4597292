import type { Bundle, Patient, Resource } from '@medplum/fhirtypes';

/**
 * One patient's chart as a FHIR R4 `collection` Bundle: the Patient first, then every record.
 * References stay relative (`Patient/p-1`), which a receiver resolves within the bundle.
 */
export function patientBundle(patient: Patient, records: readonly Resource[], timestamp: string): Bundle {
	return {
		resourceType: 'Bundle',
		type: 'collection',
		timestamp,
		entry: [patient, ...records].map((resource) => ({ resource }))
	};
}
