/**
 * The SOAP progress note of a visit, assembled from the fragments of the templates the visit is
 * for, with placeholders filled from the generated values. Plain text, English, no locale APIs.
 */
import { ageInMonths, ageInYears, formatDay } from './dates';
import type { VitalValues } from './measurements';
import { fillPlaceholders, type Placeholder } from './note-placeholders';
import type { PatientPlan } from './plan-patient';
import type { NoteFragmentsData } from './template-schema';
import type { Visit } from './timeline';
import { VITAL_SIGNS, type VitalKey } from './vital-signs';

export interface NoteValues {
	plan: PatientPlan;
	visit: Visit;
	vitals?: VitalValues;
	/** "7.2 %" for a lab key, or undefined when not yet resulted. */
	labText(key: string): string | undefined;
	/** The prescribed medication's name for a key or group, or undefined. */
	medicationText(key: string): string | undefined;
	problems: string;
	clinician: string;
	vaccines: string;
	title: string;
}

const SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;
const HEADINGS = { subjective: 'SUBJECTIVE', objective: 'OBJECTIVE', assessment: 'ASSESSMENT', plan: 'PLAN' };

/** "62-year-old woman", "9-month-old boy". */
export function describePerson(plan: PatientPlan, day: number): string {
	const years = ageInYears(plan.identity.birth, day);
	const child = years < 18;
	const noun = plan.sex === 'female' ? (child ? 'girl' : 'woman') : child ? 'boy' : 'man';
	if (years < 2) {
		const months = ageInMonths(plan.identity.birth, day);
		return months < 1 ? `newborn ${noun}` : `${months}-month-old ${noun}`;
	}
	return `${years}-year-old ${noun}`;
}

function capitalise(text: string): string {
	return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function fragmentsFor(values: NoteValues): NoteFragmentsData[] {
	const { plan, visit } = values;
	if (visit.kind === 'immunization') {
		return visit.templates.flatMap((t) => (t.template.immunizationVisit?.note ? [t.template.immunizationVisit.note] : []));
	}
	const every = plan.templates.find((t) => t.template.kind === 'wellness' && visit.day >= t.from && visit.day <= t.until)?.body.noteEveryVisit;
	return [...(visit.detailed && every ? [every] : []), ...visit.templates.map((t) => t.body.note)];
}

export function composeProgressNote(values: NoteValues): string {
	const { plan, visit } = values;
	const terms: Record<string, string> = {};
	for (const t of visit.templates) Object.assign(terms, t.terms);
	const onset = visit.templates[0]?.onset;
	let person: string | undefined;
	const fill = (placeholder: Placeholder): string => {
		switch (placeholder.namespace) {
			case 'basic':
				switch (placeholder.name) {
					case 'person': return (person ??= describePerson(plan, visit.day));
					case 'given': return plan.identity.name.given;
					case 'family': return plan.identity.name.family;
					case 'age': return String(ageInYears(plan.identity.birth, visit.day));
					case 'weeks': return visit.week !== undefined ? String(visit.week) : 'unknown';
					case 'onset': return onset !== undefined ? formatDay(onset) : 'unknown';
					case 'provider': return values.clinician;
					case 'vaccines': return values.vaccines;
					case 'problems': return values.problems;
					case 'bmi': return values.vitals ? values.vitals.bmi.toFixed(1) : 'not measured';
				}
				break;
			case 'vital':
				if (!values.vitals) return 'not measured';
				return values.vitals[placeholder.name as VitalKey].toFixed(VITAL_SIGNS[placeholder.name as VitalKey].decimals);
			case 'lab':
				return values.labText(placeholder.name) ?? 'not on file';
			case 'med':
				return values.medicationText(placeholder.name) ?? `no ${placeholder.name} (not prescribed: allergy)`;
			case 'term':
				return terms[placeholder.name] ?? placeholder.name;
		}
		return placeholder.raw;
	};
	const lines = [
		`PROGRESS NOTE — ${values.title}`,
		`Date: ${formatDay(visit.day)}    Clinician: ${values.clinician}`,
		`Patient: ${plan.identity.name.given} ${plan.identity.name.family}    DOB: ${formatDay(plan.identity.birth)}    MRN: ${plan.mrn ?? 'not assigned'}`
	];
	const fragments = fragmentsFor(values);
	for (const section of SECTIONS) {
		const sentences = fragments.flatMap((f) => f[section] ?? []).map((text) => capitalise(fillPlaceholders(text, fill)));
		if (sentences.length === 0) continue;
		lines.push('', HEADINGS[section], ...sentences);
	}
	return `${lines.join('\n')}\n`;
}
