/**
 * The FHIR R4 resource types Chartroom stores, one table each (design: "The record").
 * A clinical type's table holds a row per patient (clinical-rows.ts).
 */
export const CLINICAL_TYPES = [
	'Encounter',
	'Condition',
	'AllergyIntolerance',
	'MedicationRequest',
	'Observation',
	'Immunization',
	'Procedure',
	'DocumentReference',
	'CarePlan',
	'Coverage',
	'Claim',
	'Consent',
	'Appointment'
] as const;

export const RESOURCE_TYPES = ['Patient', 'Practitioner', ...CLINICAL_TYPES] as const;

export type StoredResourceType = (typeof RESOURCE_TYPES)[number];
export type ClinicalResourceType = (typeof CLINICAL_TYPES)[number];

export function isStoredResourceType(value: unknown): value is StoredResourceType {
	return typeof value === 'string' && (RESOURCE_TYPES as readonly string[]).includes(value);
}

/** Types whose rows carried a `code` index in schemas 2–4 (their upgrades still read it). */
export const CODED_TYPES: readonly ClinicalResourceType[] = ['Condition', 'Observation', 'Immunization', 'MedicationRequest'];
