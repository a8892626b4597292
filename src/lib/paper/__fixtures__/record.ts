/** A small hand-written record: one patient, an allergy, a prescription, a coverage, a problem. */
import type { AllergyIntolerance, Condition, Coverage, MedicationRequest, Patient, Resource } from '@medplum/fhirtypes';

export const patient: Patient = {
	resourceType: 'Patient',
	id: 'p1',
	name: [{ use: 'official', family: 'Okafor', given: ['Ada', 'N'] }],
	gender: 'female',
	birthDate: '1961-04-09',
	telecom: [{ system: 'phone', value: '(479) 555-0142' }],
	address: [{ use: 'home', line: ['12 Elm St'], city: 'Fayetteville', state: 'AR', postalCode: '72701' }]
};

export const penicillin: AllergyIntolerance = {
	resourceType: 'AllergyIntolerance',
	id: 'a1',
	patient: { reference: 'Patient/p1' },
	clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
	code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '70618', display: 'penicillin' }], text: 'penicillin' },
	reaction: [{ manifestation: [{ coding: [{ system: 'http://snomed.info/sct', code: '126485001', display: 'Urticaria (disorder)' }] }], severity: 'moderate' }]
};

export const lisinopril: MedicationRequest = {
	resourceType: 'MedicationRequest',
	id: 'm1',
	status: 'active',
	intent: 'order',
	subject: { reference: 'Patient/p1' },
	medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '314076', display: 'lisinopril 10 MG Oral Tablet' }], text: 'lisinopril 10 MG Oral Tablet' },
	dosageInstruction: [{ text: 'Take 1 tablet by mouth once daily.' }]
};

export const coverage: Coverage = {
	resourceType: 'Coverage',
	id: 'c1',
	status: 'active',
	beneficiary: { reference: 'Patient/p1' },
	subscriberId: 'XJH448120',
	payor: [{ reference: 'Organization/o1', display: 'Blue Ridge Health <Plan> & Co' }]
};

export const hypertension: Condition = {
	resourceType: 'Condition',
	id: 'cond1',
	subject: { reference: 'Patient/p1' },
	clinicalStatus: { coding: [{ code: 'active' }] },
	code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10', display: 'Essential (primary) hypertension' }] }
};

export const record: Resource[] = [patient, penicillin, lisinopril, coverage, hypertension];
