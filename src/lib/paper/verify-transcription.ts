/**
 * "Verify against paper": what the paper says beside what the chart now holds, item by item, in
 * plain words. Matches, mismatches (both have it, the details differ) and omissions (on paper,
 * not in the chart). Allergies and medications the chart has but the paper lacks are listed too,
 * as things to ask about, never as errors. Pure, so grading can use it as the learner does.
 */
import type { AllergyIntolerance, MedicationRequest, Patient } from '@medplum/fhirtypes';
import { substanceLabel, ALLERGY_SUBSTANCES } from '$lib/codes/data/allergy-substances';
import { allergyReactions, allergyStatus, allergySubstance } from '$lib/record/allergy-status';
import { activeMedications } from '$lib/record/chart';
import type { IntakeContent, PaperAllergy, PaperMedication } from './intake-content';

export type VerificationKind = 'match' | 'mismatch' | 'omission' | 'chart-only';

export interface VerificationItem {
	kind: VerificationKind;
	area: 'demographics' | 'allergies' | 'medications';
	/** What was compared, e.g. "Phone" or "Allergy: penicillin". */
	subject: string;
	/** The finding in plain words. */
	message: string;
}

export interface ChartForVerification {
	patient: Patient;
	allergies: readonly AllergyIntolerance[];
	medications: readonly MedicationRequest[];
}

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const digits = (text: string) => text.replace(/\D/g, '');

/** "Peanut - dietary (substance)", "Peanut - dietary" and "peanut" name the same thing. */
function substanceKey(text: string): string {
	const wanted = norm(text);
	const listed = ALLERGY_SUBSTANCES.find((s) => norm(s.display) === wanted || norm(substanceLabel(s)) === wanted);
	return listed ? listed.code : wanted;
}

/** The chart's allergy is the one on paper: same listed code, or the same words. */
function sameSubstance(written: string, allergy: AllergyIntolerance): boolean {
	const key = substanceKey(written);
	return (allergy.code?.coding ?? []).some((c) => c.code === key) || substanceKey(allergySubstance(allergy)) === key;
}

function compareDemographics(paper: IntakeContent, patient: Patient): VerificationItem[] {
	const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
	const address = patient.address?.find((a) => a.use === 'home') ?? patient.address?.[0];
	const d = paper.demographics;
	const fields: { subject: string; paper: string; chart: string; same: (a: string, b: string) => boolean }[] = [
		{ subject: 'Last name', paper: d.family, chart: name?.family ?? '', same: (a, b) => norm(a) === norm(b) },
		{ subject: 'First name', paper: d.given, chart: (name?.given ?? []).join(' '), same: (a, b) => norm(a) === norm(b) },
		{ subject: 'Date of birth', paper: d.birthDate, chart: patient.birthDate ?? '', same: (a, b) => a === b },
		{ subject: 'Phone', paper: d.phone, chart: patient.telecom?.find((t) => t.system === 'phone')?.value ?? '', same: (a, b) => digits(a) === digits(b) },
		{ subject: 'Street address', paper: d.line, chart: address?.line?.join(', ') ?? '', same: (a, b) => norm(a) === norm(b) },
		{ subject: 'City', paper: d.city, chart: address?.city ?? '', same: (a, b) => norm(a) === norm(b) },
		{ subject: 'ZIP', paper: d.postalCode, chart: address?.postalCode ?? '', same: (a, b) => digits(a) === digits(b) }
	];
	return fields
		.filter((f) => f.paper)
		.map((f): VerificationItem => {
			if (f.same(f.paper, f.chart)) return { kind: 'match', area: 'demographics', subject: f.subject, message: `${f.subject} matches the paper (${f.paper}).` };
			if (!f.chart) return { kind: 'omission', area: 'demographics', subject: f.subject, message: `${f.subject} is on the paper (${f.paper}) but empty in the chart.` };
			return { kind: 'mismatch', area: 'demographics', subject: f.subject, message: `${f.subject} differs: the paper says ${f.paper}, the chart says ${f.chart}.` };
		});
}

function compareAllergies(paper: IntakeContent, allergies: readonly AllergyIntolerance[]): VerificationItem[] {
	const status = allergyStatus(allergies);
	const charted = status.kind === 'allergies' ? status.allergies : [];
	const items: VerificationItem[] = [];
	if (!paper.allergies.length && paper.noKnownAllergies) {
		if (status.kind === 'allergies') items.push({ kind: 'mismatch', area: 'allergies', subject: 'No known allergies', message: `The paper says no known allergies, but the chart lists ${charted.map(allergySubstance).join(', ')}.` });
		else if (status.kind === 'not-recorded') items.push({ kind: 'omission', area: 'allergies', subject: 'No known allergies', message: 'The paper says no known allergies; the chart has allergies not recorded. Record "No known allergies".' });
		else items.push({ kind: 'match', area: 'allergies', subject: 'No known allergies', message: 'No known allergies, on the paper and in the chart.' });
	}
	const used = new Set<AllergyIntolerance>();
	for (const allergy of paper.allergies) items.push(compareAllergy(allergy, charted, used));
	for (const allergy of charted.filter((a) => !used.has(a)))
		items.push({ kind: 'chart-only', area: 'allergies', subject: `Allergy: ${allergySubstance(allergy)}`, message: `The chart lists an allergy to ${allergySubstance(allergy)} that the paper does not mention: ask the patient.` });
	return items;
}

function compareAllergy(allergy: PaperAllergy, charted: readonly AllergyIntolerance[], used: Set<AllergyIntolerance>): VerificationItem {
	const subject = `Allergy: ${allergy.substance}`;
	const found = charted.find((a) => !used.has(a) && sameSubstance(allergy.substance, a));
	if (!found) return { kind: 'omission', area: 'allergies', subject, message: `The paper lists an allergy to ${allergy.substance}${allergy.reaction ? ` (${allergy.reaction})` : ''}; the chart does not have it.` };
	used.add(found);
	const reactions = norm(allergyReactions(found));
	const differences: string[] = [];
	if (allergy.reaction && !reactions.includes(norm(allergy.reaction))) differences.push(`reaction on paper is ${allergy.reaction}, in the chart ${allergyReactions(found) || 'none'}`);
	const severity = found.reaction?.[0]?.severity ?? '';
	if (allergy.severity && allergy.severity !== severity) differences.push(`severity on paper is ${allergy.severity}, in the chart ${severity || 'not stated'}`);
	if (differences.length) return { kind: 'mismatch', area: 'allergies', subject, message: `${allergy.substance} is in the chart, but the ${differences.join('; the ')}.` };
	return { kind: 'match', area: 'allergies', subject, message: `${allergy.substance} matches the paper${allergy.reaction ? ` (${allergy.reaction}${allergy.severity ? `, ${allergy.severity}` : ''})` : ''}.` };
}

function medicationKey(med: MedicationRequest): { rxcui?: string; name: string } {
	const concept = med.medicationCodeableConcept;
	return { rxcui: concept?.coding?.find((c) => c.system?.includes('rxnorm'))?.code, name: norm(concept?.text ?? concept?.coding?.[0]?.display ?? '') };
}

function compareMedications(paper: IntakeContent, medications: readonly MedicationRequest[]): VerificationItem[] {
	const active = activeMedications(medications);
	const used = new Set<MedicationRequest>();
	const items = paper.medications.map((med: PaperMedication): VerificationItem => {
		const subject = `Medication: ${med.name}`;
		const found = active.find((m) => {
			const key = medicationKey(m);
			return !used.has(m) && ((med.rxcui && key.rxcui === med.rxcui) || key.name === norm(med.name));
		});
		if (!found) return { kind: 'omission', area: 'medications', subject, message: `The paper lists ${med.name} (${med.directions}); the chart has no active prescription for it.` };
		used.add(found);
		return { kind: 'match', area: 'medications', subject, message: `${med.name} is on the paper and active in the chart.` };
	});
	for (const med of active.filter((m) => !used.has(m))) {
		const name = med.medicationCodeableConcept?.text ?? med.medicationCodeableConcept?.coding?.[0]?.display ?? 'A medication';
		items.push({ kind: 'chart-only', area: 'medications', subject: `Medication: ${name}`, message: `${name} is active in the chart but not on the paper: ask whether the patient still takes it.` });
	}
	return items;
}

export function verifyTranscription(paper: IntakeContent, chart: ChartForVerification): VerificationItem[] {
	return [...compareDemographics(paper, chart.patient), ...compareAllergies(paper, chart.allergies), ...compareMedications(paper, chart.medications)];
}

/** "2 match, 1 differs, 3 missing from the chart": the verdict in one line. */
export function verificationSummary(items: readonly VerificationItem[]): string {
	const count = (kind: VerificationKind) => items.filter((i) => i.kind === kind).length;
	const parts = [`${count('match')} match`, `${count('mismatch')} ${count('mismatch') === 1 ? 'differs' : 'differ'}`, `${count('omission')} missing from the chart`];
	if (count('chart-only')) parts.push(`${count('chart-only')} in the chart only`);
	return parts.join(', ');
}
