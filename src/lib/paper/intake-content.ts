/**
 * What a patient wrote on a paper intake form, derived deterministically from their FHIR record
 * and a seed. The paper starts as the truth the chart already holds; a "difference" is then
 * written on purpose (an allergy or medication the chart lacks, a new phone number) so that the
 * learner transcribing it has something real to catch. Pure: same record + seed, same paper.
 */
import type { AllergyIntolerance, Coverage, MedicationRequest, Patient, Resource } from '@medplum/fhirtypes';
import { ALLERGY_REACTIONS, ALLERGY_SUBSTANCES, substanceLabel } from '$lib/codes/data/allergy-substances';
import { RXNORM_DRUGS } from '$lib/codes/data/rxnorm-drugs';
import { allergyReactions, allergyStatus, allergySubstance } from '$lib/record/allergy-status';
import { activeMedications } from '$lib/record/chart';
import { Random } from '$lib/synth/random';

export interface PaperAllergy {
	substance: string;
	/** Reaction as the patient wrote it ('' when left blank). */
	reaction: string;
	severity: '' | 'mild' | 'moderate' | 'severe';
}

export interface PaperMedication {
	/** The drug as written, e.g. "lisinopril 10 MG Oral Tablet". */
	name: string;
	/** RxCUI when the drug is one the clinic's list knows (for matching and for the answer key). */
	rxcui?: string;
	directions: string;
}

export interface PaperDemographics {
	family: string;
	given: string;
	birthDate: string;
	sex: string;
	phone: string;
	line: string;
	city: string;
	state: string;
	postalCode: string;
}

export interface PaperInsurance {
	payer: string;
	memberId: string;
}

/** Differences from the chart the form can carry on purpose. */
export type PaperDifference = 'allergy-not-in-chart' | 'medication-not-in-chart' | 'new-phone';
export const PAPER_DIFFERENCES: readonly PaperDifference[] = ['allergy-not-in-chart', 'medication-not-in-chart', 'new-phone'];

export interface IntakeContent {
	formDate: string;
	demographics: PaperDemographics;
	insurance?: PaperInsurance;
	/** The patient ticked "No known allergies" (and listed none). */
	noKnownAllergies: boolean;
	allergies: PaperAllergy[];
	medications: PaperMedication[];
	/** The clinician's handwritten visit note, a few short lines. */
	visitNote: string[];
	/** What was written differently from the chart on purpose (the answer key for instructors). */
	differences: PaperDifference[];
}

export interface IntakeOptions {
	seed: string;
	/** The day the form was filled in (YYYY-MM-DD). */
	date: string;
	/** Differences to write; when absent the seed chooses none, one or two. */
	differences?: readonly PaperDifference[];
}

const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

function demographicsOf(patient: Patient): PaperDemographics {
	const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
	const address = patient.address?.find((a) => a.use === 'home') ?? patient.address?.[0];
	return {
		family: name?.family ?? '',
		given: (name?.given ?? []).join(' '),
		birthDate: patient.birthDate ?? '',
		sex: patient.gender === 'female' ? 'F' : patient.gender === 'male' ? 'M' : patient.gender ? 'X' : '',
		phone: patient.telecom?.find((t) => t.system === 'phone')?.value ?? '',
		line: address?.line?.join(', ') ?? '',
		city: address?.city ?? '',
		state: address?.state ?? '',
		postalCode: address?.postalCode ?? ''
	};
}

function insuranceOf(coverages: readonly Coverage[]): PaperInsurance | undefined {
	const coverage = coverages.find((c) => c.status === 'active' && c.subscriberId);
	if (!coverage) return undefined;
	return { payer: coverage.payor?.[0]?.display ?? '', memberId: coverage.subscriberId ?? '' };
}

/** As a patient writes it: "Urticaria", not the SNOMED term "Urticaria (disorder)". */
function paperAllergy(allergy: AllergyIntolerance): PaperAllergy {
	const reaction = allergyReactions(allergy).replace(/ \((finding|disorder)\)/g, '');
	return { substance: substanceLabel({ display: allergySubstance(allergy) }), reaction, severity: allergy.reaction?.[0]?.severity ?? '' };
}

function paperMedication(med: MedicationRequest): PaperMedication {
	const rxcui = med.medicationCodeableConcept?.coding?.find((c) => c.system?.includes('rxnorm'))?.code;
	return {
		name: med.medicationCodeableConcept?.text ?? med.medicationCodeableConcept?.coding?.[0]?.display ?? '',
		...(rxcui ? { rxcui } : {}),
		directions: med.dosageInstruction?.[0]?.text ?? ''
	};
}

/** "(479) 555-0142" → "(479) 555-0187": a different line the patient reports, same area code. */
function changedPhone(phone: string, random: Random): string {
	const digits = phone.replace(/\D/g, '');
	const area = digits.length >= 10 ? digits.slice(-10, -7) : '555';
	const line = String(random.int(100, 9899)).padStart(4, '0');
	return `(${area}) 555-${line}`;
}

function chosenDifferences(random: Random): PaperDifference[] {
	const count = random.int(0, 2);
	const pool = [...PAPER_DIFFERENCES];
	const chosen: PaperDifference[] = [];
	for (let i = 0; i < count; i++) chosen.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
	return chosen.sort((a, b) => PAPER_DIFFERENCES.indexOf(a) - PAPER_DIFFERENCES.indexOf(b));
}

const NOTE_OPENINGS = ['Pt here for f/u.', 'Pt presents for routine visit.', 'Pt seen for check-up.', 'Here for med review.'];
const NOTE_CLOSINGS = ['RTC 3 mo.', 'Follow up in 6 wks.', 'RTC prn.', 'Recheck at next visit.'];

function visitNoteOf(resources: readonly Resource[], content: Pick<IntakeContent, 'allergies' | 'medications'>, random: Random): string[] {
	const problems = resources
		.filter((r): r is Extract<Resource, { resourceType: 'Condition' }> => r.resourceType === 'Condition')
		.filter((c) => c.clinicalStatus?.coding?.some((s) => s.code === 'active'))
		.map((c) => c.code?.text ?? c.code?.coding?.[0]?.display ?? '')
		.filter(Boolean)
		.slice(0, 2);
	const lines = [NOTE_OPENINGS[random.int(0, NOTE_OPENINGS.length - 1)]!];
	lines.push(problems.length ? `Hx: ${problems.join('; ')}.` : 'No active problems.');
	lines.push(content.allergies.length ? `Allergies reviewed: ${content.allergies.map((a) => a.substance).join(', ')}.` : 'NKDA.');
	lines.push(content.medications.length ? `Meds reviewed, ${content.medications.length} listed.` : 'No current meds.');
	lines.push(NOTE_CLOSINGS[random.int(0, NOTE_CLOSINGS.length - 1)]!);
	return lines;
}

export function intakeContent(patient: Patient, resources: readonly Resource[], options: IntakeOptions): IntakeContent {
	const random = new Random('paper-intake', patient.id ?? '', options.seed);
	const ofType = <T extends Resource['resourceType']>(type: T) => resources.filter((r): r is Extract<Resource, { resourceType: T }> => r.resourceType === type);
	const differences = options.differences ? [...options.differences] : chosenDifferences(random.fork('differences'));
	const status = allergyStatus(ofType('AllergyIntolerance'));
	const allergies = status.kind === 'allergies' ? status.allergies.map(paperAllergy) : [];
	const medications = activeMedications(ofType('MedicationRequest')).map(paperMedication);
	const demographics = demographicsOf(patient);

	if (differences.includes('allergy-not-in-chart')) {
		const pick = random.fork('allergy');
		const known = new Set(allergies.map((a) => a.substance.toLowerCase()));
		const candidates = ALLERGY_SUBSTANCES.filter((s) => !known.has(s.display.toLowerCase()) && !known.has(substanceLabel(s).toLowerCase()));
		const substance = candidates[pick.int(0, candidates.length - 1)]!;
		const reaction = ALLERGY_REACTIONS[pick.int(0, ALLERGY_REACTIONS.length - 2)]!; // never anaphylaxis: severity must agree
		allergies.push({ substance: substanceLabel(substance), reaction: substanceLabel(reaction), severity: SEVERITIES[pick.int(0, 1)]! });
	}
	if (differences.includes('medication-not-in-chart')) {
		const pick = random.fork('medication');
		const taken = new Set(medications.map((m) => m.rxcui));
		const candidates = RXNORM_DRUGS.filter((d) => !taken.has(d.rxcui) && d.drugClass !== 'antibiotic' && d.drugClass !== 'anticoagulant');
		const drug = candidates[pick.int(0, candidates.length - 1)]!;
		medications.push({ name: drug.name, rxcui: drug.rxcui, directions: 'once a day' });
	}
	if (differences.includes('new-phone')) demographics.phone = changedPhone(demographics.phone, random.fork('phone'));

	const noKnownAllergies = status.kind === 'no-known-allergies' && allergies.length === 0;
	const insurance = insuranceOf(ofType('Coverage'));
	return {
		formDate: options.date,
		demographics,
		...(insurance ? { insurance } : {}),
		noKnownAllergies,
		allergies,
		medications,
		visitNote: visitNoteOf(resources, { allergies, medications }, random.fork('note')),
		differences
	};
}
