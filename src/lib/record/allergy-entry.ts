import type { AllergyIntolerance, CodeableConcept } from '@medplum/fhirtypes';
import { ALLERGY_REACTIONS, ALLERGY_SUBSTANCES, substanceLabel, type AllergyCategory, type AllergySubstance } from '$lib/codes/data/allergy-substances';
import { HL7, TERMINOLOGY } from '$lib/synth/systems';
import { allergyStatus, allergySubstance, isNoKnownAllergy } from './allergy-status';
import { authoredNote, checkDay, firstVersion, nextVersion, staffReference, type Author, type EntryStamp } from './authorship';
import { displayDate } from './patient-display';

/** What the learner types or picks, as typed. */
export interface AllergyForm {
	/** A listed substance's name, or free text. */
	substance: string;
	/** Needed only for free text; a listed substance knows its category. */
	category: '' | AllergyCategory;
	type: 'allergy' | 'intolerance';
	/** SNOMED CT code of the reaction, '' when none picked. */
	reaction: string;
	reactionText: string;
	severity: '' | 'mild' | 'moderate' | 'severe';
	criticality: '' | 'low' | 'high' | 'unable-to-assess';
	verification: 'confirmed' | 'unconfirmed';
	onset: string;
}

export const EMPTY_ALLERGY: AllergyForm = {
	substance: '',
	category: '',
	type: 'allergy',
	reaction: '',
	reactionText: '',
	severity: '',
	criticality: '',
	verification: 'confirmed',
	onset: ''
};

export type AllergyField = keyof AllergyForm;

export interface AllergyCheck {
	/** The listed substance typed, when it is one; otherwise the allergy is recorded as free text. */
	substance?: AllergySubstance;
	errors: Partial<Record<AllergyField, string>>;
	/** Required fields still empty, by field, in words. */
	missing: Partial<Record<AllergyField, string>>;
	ready: boolean;
}

export interface AllergyContext {
	today: string;
	birthDate?: string;
	allergies: readonly AllergyIntolerance[];
}

export const ANAPHYLAXIS = '39579001';

/** The listed substance a typed name stands for: "Penicillin", "peanut - dietary" or "Latex". */
export function findSubstance(typed: string): AllergySubstance | undefined {
	const wanted = typed.trim().toLowerCase();
	return ALLERGY_SUBSTANCES.find((s) => substanceLabel(s).toLowerCase() === wanted || s.display.toLowerCase() === wanted);
}

function sameSubstance(allergy: AllergyIntolerance, substance: AllergySubstance | undefined, typed: string): boolean {
	if (substance && (allergy.code?.coding ?? []).some((c) => c.system === substance.system && c.code === substance.code)) return true;
	return allergySubstance(allergy).trim().toLowerCase() === typed.trim().toLowerCase();
}

export function checkAllergy(form: AllergyForm, context: AllergyContext): AllergyCheck {
	const errors: AllergyCheck['errors'] = {};
	const missing: AllergyCheck['missing'] = {};
	const typed = form.substance.trim();
	const substance = typed ? findSubstance(typed) : undefined;
	if (!typed) missing.substance = 'Enter the substance, e.g. penicillin or peanut.';
	else {
		const status = allergyStatus(context.allergies);
		const already = status.kind === 'allergies' ? status.allergies.find((a) => sameSubstance(a, substance, typed)) : undefined;
		if (already) errors.substance = `${allergySubstance(already)} is already on the allergy list (recorded ${displayDate(already.recordedDate)}). Update that entry instead of adding a second.`;
	}
	if (typed && !substance && !form.category) missing.category = 'Choose a category: this substance is not in the coded list.';
	const hasReaction = form.reaction !== '' || form.reactionText.trim() !== '';
	if (form.severity && !hasReaction) errors.reaction = 'Choose or describe the reaction the severity belongs to, or clear the severity.';
	if (hasReaction && !form.severity) missing.severity = 'Choose how severe the reaction was.';
	if (form.reaction === ANAPHYLAXIS && form.severity && form.severity !== 'severe') errors.severity = 'Anaphylaxis is a severe reaction: choose severe.';
	if (form.reaction === ANAPHYLAXIS && form.criticality === 'low') errors.criticality = 'After anaphylaxis the risk of a future reaction is high: choose high.';
	if (!form.criticality) missing.criticality = 'Choose the criticality: how dangerous a future reaction could be.';
	const onset = checkDay(form.onset, 'Onset date', context);
	if (onset) errors.onset = onset;
	return { substance, errors, missing, ready: Object.keys(errors).length === 0 && Object.keys(missing).length === 0 };
}

const clinical = (code: 'active' | 'inactive', display: string): CodeableConcept => ({ coding: [{ system: HL7.allergyClinical, code, display }] });
const verification = (code: AllergyForm['verification']): CodeableConcept => ({
	coding: [{ system: HL7.allergyVerification, code, display: code === 'confirmed' ? 'Confirmed' : 'Unconfirmed' }]
});

export function allergyIntolerance(form: AllergyForm, check: AllergyCheck, stamp: EntryStamp): AllergyIntolerance {
	const { substance } = check;
	const code: CodeableConcept = substance
		? { coding: [{ system: substance.system, code: substance.code, display: substance.display }], text: substanceLabel(substance) }
		: { text: form.substance.trim() };
	const reaction = ALLERGY_REACTIONS.find((r) => r.code === form.reaction);
	const manifestation: CodeableConcept[] = reaction
		? [{ coding: [{ system: TERMINOLOGY.snomed, code: reaction.code, display: reaction.display }], text: form.reactionText.trim() || undefined }]
		: form.reactionText.trim()
			? [{ text: form.reactionText.trim() }]
			: [];
	return {
		resourceType: 'AllergyIntolerance',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		clinicalStatus: clinical('active', 'Active'),
		verificationStatus: verification(form.verification),
		type: form.type,
		category: [substance?.category ?? (form.category as AllergyCategory)],
		...(form.criticality ? { criticality: form.criticality } : {}),
		code,
		patient: { reference: `Patient/${stamp.patientId}` },
		...(form.onset ? { onsetDateTime: form.onset } : {}),
		recordedDate: stamp.at,
		recorder: staffReference(stamp.author),
		...(manifestation.length ? { reaction: [{ manifestation, ...(form.severity ? { severity: form.severity } : {}) }] } : {})
	};
}

/**
 * Whether "No known allergies" may be recorded now: not over recorded allergies (it would
 * contradict them), and not twice.
 */
export function checkNoKnownAllergies(allergies: readonly AllergyIntolerance[]): string | undefined {
	const status = allergyStatus(allergies);
	if (status.kind === 'allergies') {
		return `The patient has ${status.allergies.length} recorded ${status.allergies.length === 1 ? 'allergy' : 'allergies'}: "No known allergies" would contradict the list.`;
	}
	if (status.kind === 'no-known-allergies') return `"No known allergies" is already recorded (${displayDate(status.recorded.recordedDate)}).`;
	return undefined;
}

/** SNOMED CT 716186003 "No known allergy (situation)": asked, and the patient has none. */
export function noKnownAllergies(stamp: EntryStamp): AllergyIntolerance {
	return {
		resourceType: 'AllergyIntolerance',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		clinicalStatus: clinical('active', 'Active'),
		verificationStatus: verification('confirmed'),
		code: { coding: [{ system: TERMINOLOGY.snomed, code: '716186003', display: 'No known allergy (situation)' }], text: 'No known allergies' },
		patient: { reference: `Patient/${stamp.patientId}` },
		recordedDate: stamp.at,
		recorder: staffReference(stamp.author)
	};
}

/** A real allergy ends an earlier "No known allergies": those statements become inactive. */
export function retireNoKnownAllergies(allergies: readonly AllergyIntolerance[], at: string): AllergyIntolerance[] {
	return allergies
		.filter((a) => isNoKnownAllergy(a) && a.clinicalStatus?.coding?.[0]?.code !== 'inactive')
		.map((a) => nextVersion(a, at, { clinicalStatus: clinical('inactive', 'Inactive') }));
}

/**
 * Take an allergy off the active list: `inactive` (outgrown, or disproved by a challenge) keeps it
 * as history; `entered-in-error` says it never applied to this patient. FHIR R4 requires
 * clinicalStatus to be absent on an entry in error.
 */
export function retireAllergy(allergy: AllergyIntolerance, at: string, author: Author, how: 'inactive' | 'entered-in-error', reason: string): AllergyIntolerance {
	const note = [...(allergy.note ?? []), authoredNote(author, at, `${how === 'inactive' ? 'Inactive' : 'Entered in error'}: ${reason.trim()}`)];
	if (how === 'inactive') return nextVersion(allergy, at, { clinicalStatus: clinical('inactive', 'Inactive'), note });
	const { clinicalStatus: _dropped, ...rest } = nextVersion(allergy, at, { note });
	return { ...rest, verificationStatus: { coding: [{ system: HL7.allergyVerification, code: 'entered-in-error', display: 'Entered in Error' }] } };
}
