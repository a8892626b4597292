import type { Condition } from '@medplum/fhirtypes';
import { HL7, TERMINOLOGY } from '$lib/synth/systems';
import { authoredNote, checkDay, firstVersion, nextVersion, staffReference, type Author, type EntryStamp } from './authorship';
import { activeProblems, conceptCode } from './chart';
import { displayDate } from './patient-display';

/** A problem-list entry: the ICD-10-CM code picked with the code picker, and its course. */
export interface ProblemForm {
	code: string;
	title: string;
	/** Whether the picked code is a complete (billable) code; header codes are categories. */
	billable: boolean;
	onset: string;
	status: ClinicalStatus;
	abatement: string;
	verification: 'confirmed' | 'provisional';
	note: string;
}

export const CLINICAL_STATUSES = {
	active: 'Active',
	recurrence: 'Recurrence',
	relapse: 'Relapse',
	inactive: 'Inactive',
	remission: 'Remission',
	resolved: 'Resolved'
} as const;
export type ClinicalStatus = keyof typeof CLINICAL_STATUSES;

export const EMPTY_PROBLEM: ProblemForm = { code: '', title: '', billable: false, onset: '', status: 'active', abatement: '', verification: 'confirmed', note: '' };

export type ProblemField = keyof ProblemForm;

export interface ProblemCheck {
	errors: Partial<Record<ProblemField, string>>;
	missing: Partial<Record<ProblemField, string>>;
	ready: boolean;
}

const ENDED: readonly ClinicalStatus[] = ['inactive', 'remission', 'resolved'];

export function checkProblem(form: ProblemForm, context: { today: string; birthDate?: string; conditions: readonly Condition[] }): ProblemCheck {
	const errors: ProblemCheck['errors'] = {};
	const missing: ProblemCheck['missing'] = {};
	if (!form.code) missing.code = 'Pick a diagnosis: type a code or words, then choose from the list.';
	else if (!form.billable) errors.code = `${form.code} is a category, not a complete code: pick one of the codes under it, with all its characters.`;
	else {
		const already = activeProblems(context.conditions).find((c) => conceptCode(c.code, TERMINOLOGY.icd10cm) === form.code);
		if (already) errors.code = `${form.code} ${form.title} is already an active problem (recorded ${displayDate(already.recordedDate)}).`;
	}
	const onset = checkDay(form.onset, 'Onset date', context);
	if (onset) errors.onset = onset;
	const abatement = checkDay(form.abatement, 'Resolution date', context);
	if (abatement) errors.abatement = abatement;
	else if (form.abatement && !ENDED.includes(form.status)) errors.abatement = `The status says ${CLINICAL_STATUSES[form.status].toLowerCase()}: only an inactive, remitted or resolved problem has a resolution date. Clear the date or change the status.`;
	else if (form.abatement && form.onset && !onset && form.abatement < form.onset) errors.abatement = `Resolution date ${displayDate(form.abatement)} is before the onset (${displayDate(form.onset)}).`;
	return { errors, missing, ready: Object.keys(errors).length === 0 && Object.keys(missing).length === 0 };
}

export function conditionResource(form: ProblemForm, stamp: EntryStamp): Condition {
	return {
		resourceType: 'Condition',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		clinicalStatus: { coding: [{ system: HL7.conditionClinical, code: form.status, display: CLINICAL_STATUSES[form.status] }] },
		verificationStatus: { coding: [{ system: HL7.conditionVerification, code: form.verification, display: form.verification === 'confirmed' ? 'Confirmed' : 'Provisional' }] },
		category: [{ coding: [{ system: HL7.conditionCategory, code: 'problem-list-item', display: 'Problem List Item' }] }],
		code: { coding: [{ system: TERMINOLOGY.icd10cm, code: form.code, display: form.title }], text: form.title },
		subject: { reference: `Patient/${stamp.patientId}` },
		...(form.onset ? { onsetDateTime: form.onset } : {}),
		...(form.abatement ? { abatementDateTime: form.abatement } : {}),
		recordedDate: stamp.at,
		recorder: staffReference(stamp.author),
		...(form.note.trim() ? { note: [{ authorReference: staffReference(stamp.author), time: stamp.at, text: form.note.trim() }] } : {})
	};
}

/** Resolve a problem: a new version, resolved on `day`, with who said so and why. */
export function resolveProblem(condition: Condition, at: string, day: string, author: Author, reason: string): Condition {
	return nextVersion(condition, at, {
		clinicalStatus: { coding: [{ system: HL7.conditionClinical, code: 'resolved', display: CLINICAL_STATUSES.resolved }] },
		abatementDateTime: day,
		note: [...(condition.note ?? []), authoredNote(author, at, `Resolved: ${reason.trim()}`)]
	});
}
