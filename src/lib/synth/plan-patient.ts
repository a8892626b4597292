/**
 * A patient's plan: identity, templates with their states, onsets and picked entries. Cheap
 * (no FHIR), so the schedule can look at the first patients without building their records.
 *
 * Two streams: `clinical` (templates, states, onsets, values) and `identity` (name, birth day,
 * address). For a cast member only the identity stream takes the learner's salt, so every
 * learner's variant of a case has the same clinical facts under a different name.
 */
import { scenarioStaffMember } from '../session/practice-staff';
import type { Clinician, StaffMember } from './generate-practitioners';
import { composeBody, type ComposedBody } from './compose-template';
import { addMonths, addYears, ageInYears, monthOf, parseDay, type DayNumber } from './dates';
import { medicalRecordNumber, patientId, type GenerationContext } from './generation-context';
import { birthDayForAge, generateIdentity, similarName, type Identity, type Sex } from './identity';
import { Random } from './random';
import { castTemplateIds, type CastMember } from './scenario';
import type {
	AllergyData,
	ConditionEntryData,
	ImmunizationEntryData,
	LabEntryData,
	MedicationCoreData,
	MedicationEntryData,
	ProcedureEntryData,
	Template
} from './template-schema';

export interface PlannedMedication {
	key: string;
	group?: string;
	core: MedicationCoreData;
	/** The allergy-safe alternative was given instead of the template's first choice. */
	substituted: boolean;
}

export interface ActiveTemplate {
	template: Template;
	stateId?: string;
	body: ComposedBody;
	/** Diagnosis day (acute: the episode; pregnancy: last menstrual period; wellness: birth). */
	onset: DayNumber;
	/** Days on which the template applies (wellness: the ages of its range). */
	from: DayNumber;
	until: DayNumber;
	conditions: ConditionEntryData[];
	medications: PlannedMedication[];
	/** Keys of medications left out because of an allergy (no safe alternative). */
	withheld: string[];
	labs: LabEntryData[];
	procedures: ProcedureEntryData[];
	immunizations: ImmunizationEntryData[];
	terms: Record<string, string>;
}

export interface PlannedAllergy {
	template: Template;
	allergy: AllergyData;
	reaction: AllergyData['reactions'][number];
}

export interface PatientPlan {
	index: number;
	id: string;
	castKey?: string;
	registered: boolean;
	vip: boolean;
	relativeOf?: StaffMember;
	overdue: ReadonlySet<string>;
	conflict: boolean;
	sex: Sex;
	age: number;
	identity: Identity;
	mrn?: string;
	templates: ActiveTemplate[];
	allergies: PlannedAllergy[];
	/** No allergy: whether the chart says "no known allergies" (else allergies were never recorded). */
	noKnownAllergiesRecorded: boolean;
	clinician: Clinician;
	historyStart: DayNumber;
	clinical: Random;
}

function yearsInDays(years: number): number {
	return Math.round(years * 365.25);
}

/** Entries of one list: one per group by weight, all ungrouped ones. */
function pickEntries<T extends { key: string; group?: string; weight?: number }>(random: Random, entries: readonly T[]): T[] {
	const chosen = new Map<string, T>();
	for (const entry of entries) {
		if (!entry.group || chosen.has(`group:${entry.group}`)) continue;
		const group = entries.filter((e) => e.group === entry.group);
		chosen.set(`group:${entry.group}`, random.weighted(group, (e) => e.weight ?? 1));
	}
	return entries.filter((entry) => !entry.group || chosen.get(`group:${entry.group}`) === entry);
}

/** A day in [low, high] whose month is allowed; null when none is. */
function onsetDay(random: Random, low: DayNumber, high: DayNumber, months: readonly number[] | undefined): DayNumber | null {
	if (low > high) return null;
	if (!months) return random.int(low, high);
	for (let tries = 0; tries < 64; tries++) {
		const day = random.int(low, high);
		if (months.includes(monthOf(day))) return day;
	}
	for (let day = high; day >= low; day--) if (months.includes(monthOf(day))) return day;
	return null;
}

interface TemplateChoice {
	template: Template;
	/** Cast templates must fit; random ones are dropped when no onset fits. */
	required: boolean;
}

function chooseTemplates(context: GenerationContext, clinical: Random, member: CastMember | undefined, sex: Sex, age: number): TemplateChoice[] {
	const { registry } = context;
	const chosen: TemplateChoice[] = [];
	if (member) {
		for (const id of castTemplateIds(member)) chosen.push({ template: registry.get(id), required: true });
		for (const key of member.allergy ?? []) {
			const trait = registry.list.find((t) => t.allergy?.key === key);
			if (trait) chosen.push({ template: trait, required: true });
		}
	} else {
		const roll = clinical.fork('prevalence');
		for (const template of context.pool) {
			const [low, high] = template.eligibility.ageYears;
			const fits = age >= low && age <= high && (template.eligibility.sex === 'any' || template.eligibility.sex === sex);
			// Draw for every template, eligible or not, so one template's draw never shifts another's.
			const hit = roll.chance(template.prevalence);
			if (fits && hit) chosen.push({ template, required: false });
		}
	}
	const expanded: TemplateChoice[] = [];
	const seen = new Set<string>();
	const add = (choice: TemplateChoice) => {
		if (seen.has(choice.template.id)) return;
		seen.add(choice.template.id);
		expanded.push(choice);
	};
	for (const choice of chosen) {
		for (const id of choice.template.includes ?? []) add({ template: registry.get(id), required: choice.required });
		add(choice);
	}
	// Wellness templates are the life-course base: each applies while the patient's age is in its range.
	return [...context.wellness.map((template) => ({ template, required: true })), ...expanded.filter((c) => c.template.kind !== 'wellness')];
}

function castAge(context: GenerationContext, clinical: Random, member: CastMember, templates: readonly Template[]): number {
	if (member.age !== undefined) return member.age;
	if (member.birthDate) return ageInYears(parseDay(member.birthDate), context.today);
	const fitting = templates.filter((t) => t.kind !== 'wellness');
	const low = Math.ceil(Math.max(0, ...fitting.map((t) => t.eligibility.ageYears[0])));
	const high = Math.floor(Math.min(85, ...fitting.map((t) => t.eligibility.ageYears[1])));
	// A year of room above the youngest age, so that a chronic onset fits after it.
	return clinical.int(Math.min(low + 1, high), high);
}

export function planPatient(context: GenerationContext, index: number): PatientPlan {
	const castKey = context.castKeys[index];
	const member = castKey ? context.scenario.cast?.[castKey] : undefined;
	const clinical = castKey ? new Random(context.seed, 'cast', castKey) : new Random(context.seed, context.salt, 'patient', index);
	const identityRandom = castKey ? new Random(context.seed, context.salt, 'cast-identity', castKey) : clinical.fork('identity');
	const { population, today } = context;

	const castTemplates = member ? castTemplateIds(member).map((id) => context.registry.get(id)) : [];
	const requiredSex = castTemplates.map((t) => t.eligibility.sex).find((s) => s !== 'any');
	// A similar patient shares the original's sex unless told otherwise, so the names can match.
	const originalSex = member?.similarTo ? planPatient(context, context.castKeys.indexOf(member.similarTo)).sex : undefined;
	const sexRandom = clinical.fork('sex');
	const sex: Sex = member?.sex ?? (requiredSex as Sex | undefined) ?? originalSex ?? (sexRandom.chance(0.51) ? 'female' : 'male');
	const age = member
		? castAge(context, clinical.fork('age'), member, castTemplates)
		: (() => {
				const ageRandom = clinical.fork('age');
				const band = ageRandom.weighted(population.ageBands, (b) => b.weight);
				return ageRandom.int(band.ageYears[0], band.ageYears[1]);
			})();

	const relativeOf = member?.relativeOf ? scenarioStaffMember(context.staff.staff, member.relativeOf) : undefined;
	let identity = generateIdentity(context.faker.useRandom(identityRandom), identityRandom, population, {
		sex,
		age,
		today,
		...(member?.birthDate ? { birth: parseDay(member.birthDate) } : {}),
		...(member?.name ? { name: member.name } : {}),
		...(relativeOf ? { family: relativeOf.name.family } : {})
	});
	if (member?.similarTo && castKey) identity = resembleOriginal(context, identity, identityRandom, member, age);

	const birth = identity.birth;
	const historyStart = Math.max(birth, context.encounterStart);
	const templates: ActiveTemplate[] = [];
	for (const choice of chooseTemplates(context, clinical, member, sex, age)) {
		const active = activateTemplate(context, clinical.fork('template', choice.template.id), choice.template, birth);
		if (active) templates.push(active);
		else if (choice.required && choice.template.kind !== 'wellness') {
			throw new Error(`cast.${castKey}: no onset of ${choice.template.id} fits a patient aged ${age}`);
		}
	}

	// A template that brings others along (diabetes with hypertension) begins once all of them have.
	for (const active of templates) {
		const included = templates.filter((t) => active.template.includes?.includes(t.template.id));
		if (included.length === 0) continue;
		const onset = Math.max(...included.map((t) => t.onset));
		active.onset = onset;
		active.from = onset;
	}

	const allergies: PlannedAllergy[] = templates.flatMap((active) => {
		const allergy = active.template.allergy;
		if (!allergy) return [];
		const reaction = clinical.fork('reaction', active.template.id).weighted(allergy.reactions, (r) => r.weight);
		return [{ template: active.template, allergy, reaction }];
	});
	applyAllergiesToMedications(templates, new Set(allergies.map((a) => a.allergy.key)), member?.conflict === true);

	const clinicians = context.staff.clinicians.filter((c) => (age < 18 ? c.seesChildren : c.seesAdults));
	const clinician = clinical.fork('clinician').pick(clinicians);
	const registered = member?.registered !== false;
	return {
		index,
		id: patientId(index),
		...(castKey ? { castKey } : {}),
		registered,
		vip: member?.vip === true,
		...(relativeOf ? { relativeOf } : {}),
		overdue: new Set(member?.overdue ?? []),
		conflict: member?.conflict === true,
		sex,
		age,
		identity,
		...(registered ? { mrn: medicalRecordNumber(context, index) } : {}),
		templates,
		allergies,
		noKnownAllergiesRecorded: clinical.fork('allergy-recording').chance(population.allergyRecording.noKnownAllergies),
		clinician,
		historyStart,
		clinical
	};
}

/** Same or sound-alike name as the original cast member, with a different birth date. */
function resembleOriginal(context: GenerationContext, identity: Identity, random: Random, member: CastMember, age: number): Identity {
	const originalIndex = context.castKeys.indexOf(member.similarTo as string);
	const original = planPatient(context, originalIndex).identity;
	const name = similarName(random, original.name);
	let birth = member.birthDate ? parseDay(member.birthDate) : birthDayForAge(random, context.today, age);
	if (birth === original.birth) birth -= random.int(1, 27);
	return {
		...identity,
		name: { ...name, given: member.name?.given ?? name.given, family: member.name?.family ?? name.family },
		birth
	};
}

function activateTemplate(context: GenerationContext, random: Random, template: Template, birth: DayNumber): ActiveTemplate | null {
	const state = template.states ? random.weighted(template.states, (s) => s.weight) : undefined;
	const body = composeBody(template, state);
	const [minAge, maxAge] = template.eligibility.ageYears;
	const lastDay = context.lastDay;
	let onset = birth;
	let from = addMonths(birth, Math.round(minAge * 12));
	let until = Math.min(lastDay, addYears(birth, maxAge + 1) - 1);
	if (template.kind === 'wellness') {
		if (from > lastDay || until < from) return null;
	} else if (template.onset) {
		const span = template.onset.unit === 'years' ? yearsInDays : (days: number) => days;
		const low = Math.max(context.today - span(template.onset.ago[1]), from);
		const high = Math.min(context.today - Math.max(1, span(template.onset.ago[0])), until);
		const day = onsetDay(random.fork('onset'), low, high, template.onset.months);
		if (day === null) return null;
		onset = day;
		from = day;
		until = lastDay;
	} else {
		from = birth;
		until = lastDay;
	}
	const conditions = pickEntries(random.fork('conditions'), body.conditions);
	const terms: Record<string, string> = {};
	for (const condition of conditions) Object.assign(terms, condition.terms ?? {});
	return {
		template,
		...(state ? { stateId: state.id } : {}),
		body,
		onset,
		from,
		until,
		conditions,
		medications: pickEntries(random.fork('medications'), body.medications).map((entry) => plannedMedication(entry)),
		withheld: [],
		labs: pickEntries(random.fork('labs'), body.labs),
		procedures: pickEntries(random.fork('procedures'), body.procedures),
		immunizations: pickEntries(random.fork('immunizations'), body.immunizations),
		terms
	};
}

function plannedMedication(entry: MedicationEntryData): PlannedMedication {
	const { key, group, weight: _weight, alternative: _alternative, ...core } = entry;
	return { key, ...(group ? { group } : {}), core, substituted: false };
}

/**
 * No medication the patient is allergic to (unless the cast asks for the conflict): use the
 * template's alternative or leave it out. Then one medication per drug class and per RxCUI.
 */
function applyAllergiesToMedications(templates: ActiveTemplate[], allergyKeys: ReadonlySet<string>, conflict: boolean): void {
	const seenClasses = new Set<string>();
	const seenCodes = new Set<string>();
	for (const active of templates) {
		const entries = new Map(active.body.medications.map((m) => [m.key, m]));
		const kept: PlannedMedication[] = [];
		for (const planned of active.medications) {
			let med = planned;
			const clashes = (core: MedicationCoreData) => (core.avoidIfAllergic ?? []).some((key) => allergyKeys.has(key));
			if (!conflict && clashes(med.core)) {
				const alternative = entries.get(med.key)?.alternative;
				if (!alternative || clashes(alternative)) {
					active.withheld.push(med.key);
					continue;
				}
				med = { ...med, core: alternative, substituted: true };
			}
			if (med.core.drugClass && seenClasses.has(med.core.drugClass)) continue;
			if (seenCodes.has(med.core.rxnorm.code)) continue;
			if (med.core.drugClass) seenClasses.add(med.core.drugClass);
			seenCodes.add(med.core.rxnorm.code);
			kept.push(med);
		}
		active.medications = kept;
	}
}
