/** Every code system and identifier namespace the generator writes, in one place. */

/** The terminologies a template may use; `allTemplateCodings()` lists codings in these only. */
export const TERMINOLOGY = {
	icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
	snomed: 'http://snomed.info/sct',
	rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
	loinc: 'http://loinc.org',
	cvx: 'http://hl7.org/fhir/sid/cvx'
} as const;

export type TerminologySystem = (typeof TERMINOLOGY)[keyof typeof TERMINOLOGY];
export const TERMINOLOGY_SYSTEMS: readonly TerminologySystem[] = Object.values(TERMINOLOGY);

/** FHIR and HL7 v2/v3 code systems used for structure (status, category, class …). */
export const HL7 = {
	conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
	conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
	conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
	allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
	allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
	observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
	interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
	actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
	identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
	contactRole: 'http://terminology.hl7.org/CodeSystem/v2-0131',
	roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
	participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
	subscriberRelationship: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship',
	coverageSelfPay: 'http://terminology.hl7.org/CodeSystem/coverage-selfpay',
	appointmentType: 'http://terminology.hl7.org/CodeSystem/v2-0276',
	degree: 'http://terminology.hl7.org/CodeSystem/v2-0360',
	documentCategory: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
	carePlanCategory: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category',
	language: 'urn:ietf:bcp:47',
	ucum: 'http://unitsofmeasure.org',
	npi: 'http://hl7.org/fhir/sid/us-npi',
	taxonomy: 'http://nucc.org/provider-taxonomy',
	organizationType: 'http://terminology.hl7.org/CodeSystem/organization-type',
	coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
	courseOfTherapy: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy'
} as const;

/** Chartroom's own namespaces: identifiers, tags and extensions. */
export const CHARTROOM = {
	mrn: 'urn:chartroom:mrn',
	memberId: 'urn:chartroom:member-id',
	cast: 'urn:chartroom:cast',
	flag: 'urn:chartroom:flag',
	template: 'urn:chartroom:template',
	relativeOfStaffExtension: 'urn:chartroom:extension:relative-of-staff',
	vipExtension: 'urn:chartroom:extension:vip'
} as const;

/** Every system a generated coding may carry. */
export const KNOWN_CODING_SYSTEMS: ReadonlySet<string> = new Set<string>([
	...TERMINOLOGY_SYSTEMS,
	...Object.values(HL7),
	CHARTROOM.cast,
	CHARTROOM.flag,
	CHARTROOM.template
]);
