import type { Patient, Resource } from '@medplum/fhirtypes';
import { mrnOf } from '$lib/record/identifiers';
import { nameKeys } from '$lib/record/name-keys';
import { phoneDigits, searchTokens } from '$lib/record/search-text';
import { CODED_TYPES } from './resource-types';

/**
 * How a Patient or Practitioner is stored (and, before schema 5, every resource: the upgrades and
 * their tests still build such rows): the FHIR resource untouched, beside the few fields its
 * indexes need. Keeping index fields outside the resource means exports are the learner's records
 * byte for byte. Clinical resources are stored in clinical-rows.ts.
 */
export interface ResourceRow<T extends Resource = Resource> {
	id: string;
	resource: T;
	/** Patient id for patient-linked resources ('' when none, so compound keys stay valid). */
	patient?: string;
	/** The clinically relevant date (ISO), for ordering a chart's history. */
	date?: string;
	/** First code of the resource's main coding, for population reports. */
	code?: string;
	/** Patient rows only. */
	mrn?: string;
	tokens?: string[];
	birthDate?: string;
	phone?: string;
	/** Keys shared by patients with the same or sound-alike names (wrong-patient warnings). */
	nameKeys?: string[];
	/** Start of the latest Encounter, and whether another patient shares a name key: kept by every write (patient-row-upkeep). */
	lastVisit?: string;
	similarName?: boolean;
}

function referenceId(reference: string | undefined, type = 'Patient'): string | undefined {
	const prefix = `${type}/`;
	return reference?.startsWith(prefix) ? reference.slice(prefix.length) : undefined;
}

/** The patient a clinical resource belongs to, from whichever element R4 names for that type. */
export function patientOf(resource: Resource): string | undefined {
	switch (resource.resourceType) {
		case 'AllergyIntolerance':
		case 'Immunization':
		case 'Claim':
		case 'Consent':
			return referenceId(resource.patient?.reference);
		case 'Coverage':
			return referenceId(resource.beneficiary?.reference);
		case 'Appointment':
			return resource.participant
				.map((p) => referenceId(p.actor?.reference))
				.find((id): id is string => id !== undefined);
		case 'Encounter':
		case 'Condition':
		case 'MedicationRequest':
		case 'Observation':
		case 'Procedure':
		case 'DocumentReference':
		case 'CarePlan':
			return referenceId(resource.subject?.reference);
		default:
			return undefined;
	}
}

/** The date that places a resource in the patient's history. */
export function dateOf(resource: Resource): string | undefined {
	switch (resource.resourceType) {
		case 'Encounter':
			return resource.period?.start;
		case 'Condition':
			return resource.onsetDateTime ?? resource.recordedDate;
		case 'AllergyIntolerance':
			return resource.recordedDate ?? resource.onsetDateTime;
		case 'MedicationRequest':
			return resource.authoredOn;
		case 'Observation':
			return resource.effectiveDateTime ?? resource.issued;
		case 'Immunization':
			return resource.occurrenceDateTime;
		case 'Procedure':
			return resource.performedDateTime ?? resource.performedPeriod?.start;
		case 'DocumentReference':
			return resource.date;
		case 'CarePlan':
			return resource.period?.start ?? resource.created;
		case 'Coverage':
			return resource.period?.start;
		case 'Claim':
			return resource.created;
		case 'Consent':
			return resource.dateTime;
		case 'Appointment':
			return resource.start;
		default:
			return undefined;
	}
}

/** Every code of a coded resource's main concept (a Condition may carry ICD-10-CM and SNOMED CT). */
export function codesOf(resource: Resource): string[] {
	const concept = (() => {
		switch (resource.resourceType) {
			case 'Condition':
			case 'Observation':
			case 'Procedure':
				return resource.code;
			case 'Immunization':
				return resource.vaccineCode;
			case 'MedicationRequest':
				return resource.medicationCodeableConcept;
			default:
				return undefined;
		}
	})();
	return (concept?.coding ?? []).flatMap((coding) => (coding.code ? [coding.code] : []));
}

/** The code schemas 2–4 indexed a coded row by: its first. */
export function codeOf(resource: Resource): string | undefined {
	return (CODED_TYPES as readonly string[]).includes(resource.resourceType) ? codesOf(resource)[0] : undefined;
}

export function patientSearchFields(patient: Patient): Pick<ResourceRow, 'mrn' | 'tokens' | 'birthDate' | 'phone' | 'nameKeys'> {
	const names = (patient.name ?? []).flatMap((n) => [...(n.given ?? []), n.family ?? '']);
	const phone = patient.telecom?.find((t) => t.system === 'phone')?.value;
	return {
		mrn: mrnOf(patient),
		tokens: [...new Set(names.flatMap(searchTokens))],
		birthDate: patient.birthDate,
		phone: phone ? phoneDigits(phone) : undefined,
		nameKeys: nameKeys(patient)
	};
}

export function toRow<T extends Resource>(resource: T & { id: string }): ResourceRow<T> {
	if (resource.resourceType === 'Patient') {
		return { id: resource.id, resource, ...patientSearchFields(resource as Patient) };
	}
	const row: ResourceRow<T> = {
		id: resource.id,
		resource,
		patient: patientOf(resource) ?? '',
		date: dateOf(resource) ?? ''
	};
	if ((CODED_TYPES as readonly string[]).includes(resource.resourceType)) row.code = codeOf(resource) ?? '';
	return row;
}
