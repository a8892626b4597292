import type {
	AllergyIntolerance,
	Appointment,
	CarePlan,
	Claim,
	Condition,
	Consent,
	Coverage,
	DocumentReference,
	Encounter,
	Immunization,
	MedicationRequest,
	Observation,
	Procedure,
	Resource
} from '@medplum/fhirtypes';
import { effectiveDate, isLaboratory, isVitalSign } from './observations';

/** A patient's records sorted into the sections of a chart, newest first. */
export interface Chart {
	encounters: Encounter[];
	conditions: Condition[];
	allergies: AllergyIntolerance[];
	medications: MedicationRequest[];
	vitals: Observation[];
	labs: Observation[];
	otherObservations: Observation[];
	immunizations: Immunization[];
	procedures: Procedure[];
	notes: DocumentReference[];
	documents: DocumentReference[];
	carePlans: CarePlan[];
	coverage: Coverage[];
	claims: Claim[];
	consents: Consent[];
	appointments: Appointment[];
}

/** LOINC 11506-3 progress note and kin: typed clinical notes, as opposed to scanned pages. */
function isTypedNote(doc: DocumentReference): boolean {
	return (doc.content ?? []).some((c) => (c.attachment.contentType ?? '').startsWith('text/'));
}

const newestFirst = <T>(dateOf: (r: T) => string | undefined) => (a: T, b: T) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '');

export function buildChart(resources: readonly Resource[]): Chart {
	const chart: Chart = {
		encounters: [],
		conditions: [],
		allergies: [],
		medications: [],
		vitals: [],
		labs: [],
		otherObservations: [],
		immunizations: [],
		procedures: [],
		notes: [],
		documents: [],
		carePlans: [],
		coverage: [],
		claims: [],
		consents: [],
		appointments: []
	};
	for (const r of resources) {
		switch (r.resourceType) {
			case 'Encounter': chart.encounters.push(r); break;
			case 'Condition': chart.conditions.push(r); break;
			case 'AllergyIntolerance': chart.allergies.push(r); break;
			case 'MedicationRequest': chart.medications.push(r); break;
			case 'Observation':
				(isVitalSign(r) ? chart.vitals : isLaboratory(r) ? chart.labs : chart.otherObservations).push(r);
				break;
			case 'Immunization': chart.immunizations.push(r); break;
			case 'Procedure': chart.procedures.push(r); break;
			case 'DocumentReference': (isTypedNote(r) ? chart.notes : chart.documents).push(r); break;
			case 'CarePlan': chart.carePlans.push(r); break;
			case 'Coverage': chart.coverage.push(r); break;
			case 'Claim': chart.claims.push(r); break;
			case 'Consent': chart.consents.push(r); break;
			case 'Appointment': chart.appointments.push(r); break;
		}
	}
	chart.encounters.sort(newestFirst((e) => e.period?.start));
	chart.conditions.sort(newestFirst((c) => c.onsetDateTime ?? c.recordedDate));
	chart.medications.sort(newestFirst((m) => m.authoredOn));
	chart.vitals.sort(newestFirst(effectiveDate));
	chart.labs.sort(newestFirst(effectiveDate));
	chart.immunizations.sort(newestFirst((i) => i.occurrenceDateTime));
	chart.procedures.sort(newestFirst((p) => p.performedDateTime ?? p.performedPeriod?.start));
	chart.notes.sort(newestFirst((d) => d.date));
	chart.documents.sort(newestFirst((d) => d.date));
	chart.appointments.sort(newestFirst((a) => a.start));
	return chart;
}

function codeIs(concept: { coding?: { code?: string }[] } | undefined, code: string): boolean {
	return (concept?.coding ?? []).some((c) => c.code === code);
}

/** Problems on the active problem list (not resolved, not entered in error). */
export function activeProblems(conditions: readonly Condition[]): Condition[] {
	return conditions.filter(
		(c) =>
			!codeIs(c.verificationStatus, 'entered-in-error') &&
			!codeIs(c.verificationStatus, 'refuted') &&
			(codeIs(c.clinicalStatus, 'active') || codeIs(c.clinicalStatus, 'recurrence') || codeIs(c.clinicalStatus, 'relapse'))
	);
}

export function activeMedications(medications: readonly MedicationRequest[]): MedicationRequest[] {
	return medications.filter((m) => m.status === 'active');
}

/** Text of a typed note: attachments carry it base64-encoded (UTF-8). */
export function attachmentText(doc: DocumentReference): string {
	const attachment = doc.content?.find((c) => (c.attachment.contentType ?? '').startsWith('text/'))?.attachment;
	if (!attachment?.data) return '';
	const bytes = Uint8Array.from(atob(attachment.data), (ch) => ch.charCodeAt(0));
	return new TextDecoder().decode(bytes);
}

export function conceptText(concept: { text?: string; coding?: { display?: string; code?: string }[] } | undefined): string {
	return concept?.text ?? concept?.coding?.[0]?.display ?? concept?.coding?.[0]?.code ?? '—';
}

export function conceptCode(concept: { coding?: { system?: string; code?: string }[] } | undefined, system?: string): string | undefined {
	return (concept?.coding ?? []).find((c) => !system || c.system === system)?.code;
}
