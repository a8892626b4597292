/**
 * The elements FHIR R4 requires (cardinality 1..) on each resource type Chartroom stores,
 * from the R4 specification's resource definitions. An imported resource missing one is
 * malformed, and the import is refused whole.
 */
export const R4_REQUIRED_ELEMENTS: Record<string, readonly string[]> = {
	Patient: [],
	Practitioner: [],
	Encounter: ['status', 'class'],
	Condition: ['subject'],
	AllergyIntolerance: ['patient'],
	MedicationRequest: ['status', 'intent', 'subject'],
	Observation: ['status', 'code'],
	Immunization: ['status', 'vaccineCode', 'patient'],
	Procedure: ['status', 'subject'],
	DocumentReference: ['status', 'content'],
	CarePlan: ['status', 'intent', 'subject'],
	Coverage: ['status', 'beneficiary', 'payor'],
	Claim: ['status', 'type', 'use', 'patient', 'created', 'provider', 'priority', 'insurance'],
	Consent: ['status', 'scope', 'category'],
	Appointment: ['status', 'participant']
};
