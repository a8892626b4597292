/**
 * One patient's record: plan → timeline → FHIR R4 resources. Everything clinical comes from the
 * templates; this file only arranges it into resources with stable ids and references.
 */
import type {
	AllergyIntolerance,
	CarePlan,
	CodeableConcept,
	Condition,
	DocumentReference,
	Encounter,
	Goal,
	Immunization,
	MedicationRequest,
	Patient,
	Organization,
	Practitioner,
	Procedure,
	Reference,
	Resource
} from '@medplum/fhirtypes';
import { encodeBase64Utf8 } from './base64';
import { buildCoverage, buildPatient, patientDisplay } from './build-demographics';
import { buildLabResult, buildVitalSigns, type ObservationContext } from './build-observations';
import { ageInMonths, formatDay, formatInstant, type DayNumber } from './dates';
import { concept, constantConcept, IdSequence, reference, ucum } from './fhir-helpers';
import { CLINIC_ORGANIZATION_ID } from './generate-practitioners';
import type { GenerationContext } from './generation-context';
import { MeasurementSource } from './measurements';
import { planPatient, type ActiveTemplate, type PatientPlan, type PlannedMedication } from './plan-patient';
import { composeProgressNote } from './progress-note';
import { HL7, TERMINOLOGY } from './systems';
import type { ConditionEntryData, LabEntryData } from './template-schema';
import { buildTimeline, type Timeline, type Visit } from './timeline';
import { PROGRESS_NOTE } from './vital-signs';
import { scannedIntakeFor } from '../paper/intake-document';
import type { PaperDifference } from '../paper/intake-content';

export interface PatientRecord {
	patient: Patient;
	/** Every other resource of the patient, Coverage first, in a stable order. */
	resources: Resource[];
	/** The scenario's cast key, when this patient is a cast member. */
	castKey?: string;
	/** false for a walk-in not yet in the system: intake data only. */
	registered: boolean;
}

const NO_KNOWN_ALLERGY = { system: TERMINOLOGY.snomed, code: '716186003', display: 'No known allergy (situation)' };
const ACTIVE_ALLERGY = constantConcept(HL7.allergyClinical, 'active', 'Active');
const CONFIRMED_ALLERGY = constantConcept(HL7.allergyVerification, 'confirmed', 'Confirmed');
const CONDITION_STATUS = {
	active: constantConcept(HL7.conditionClinical, 'active', 'Active'),
	resolved: constantConcept(HL7.conditionClinical, 'resolved', 'Resolved')
};
const CONFIRMED_CONDITION = constantConcept(HL7.conditionVerification, 'confirmed', 'Confirmed');
const CONDITION_CATEGORY = {
	'problem-list-item': Object.freeze([constantConcept(HL7.conditionCategory, 'problem-list-item', 'Problem List Item')]) as CodeableConcept[],
	'encounter-diagnosis': Object.freeze([constantConcept(HL7.conditionCategory, 'encounter-diagnosis', 'Encounter Diagnosis')]) as CodeableConcept[]
};
const AMBULATORY = Object.freeze({ system: HL7.actCode, code: 'AMB', display: 'ambulatory' });
const PRIMARY_PERFORMER = Object.freeze([constantConcept(HL7.participationType, 'PPRF', 'primary performer')]) as CodeableConcept[];
const CLINICAL_NOTE = Object.freeze([constantConcept(HL7.documentCategory, 'clinical-note', 'Clinical Note')]) as CodeableConcept[];
const COURSE = {
	acute: constantConcept(HL7.courseOfTherapy, 'acute', 'Short course (acute) therapy'),
	continuous: constantConcept(HL7.courseOfTherapy, 'continuous', 'Continuous long term therapy')
};
const ASSESS_PLAN = constantConcept(HL7.carePlanCategory, 'assess-plan', 'Assessment and Plan of Treatment');
const VISIT_KIND_FOR: Record<string, Visit['kind']> = { acute: 'episode', chronic: 'follow-up', wellness: 'wellness' };

/** The codings the generator writes on its own (beside the templates'), for the code cross-check. */
export const GENERATOR_CODINGS = [NO_KNOWN_ALLERGY, PROGRESS_NOTE];

class RecordBuilder {
	readonly resources: Resource[] = [];
	readonly ids: IdSequence;
	readonly subject: Reference<Patient>;
	readonly clinician: Reference<Practitioner>;
	readonly encounterIds = new Map<Visit, string>();
	readonly conditionIds = new Map<ActiveTemplate, { entry: ConditionEntryData; id: string }[]>();
	readonly lastUpdated: string;
	readonly clinic: Reference<Organization>;

	constructor(
		readonly context: GenerationContext,
		readonly plan: PatientPlan
	) {
		this.ids = new IdSequence(plan.index);
		this.subject = reference<Patient>('Patient', plan.id, patientDisplay(plan));
		this.clinician = reference<Practitioner>('Practitioner', plan.clinician.id, plan.clinician.display);
		this.lastUpdated = context.lastUpdated;
		this.clinic = reference<Organization>('Organization', CLINIC_ORGANIZATION_ID, context.population.clinic.name);
	}

	instant(day: DayNumber, minutes: number): string {
		return formatInstant(day, minutes, this.context.utcOffset);
	}

	readonly #encounterRefs = new Map<Visit, Reference<Encounter>>();

	/** One frozen reference per encounter, shared by everything recorded at it. */
	encounterRef(visit: Visit | undefined): Reference<Encounter> | undefined {
		if (!visit) return undefined;
		let ref = this.#encounterRefs.get(visit);
		const id = this.encounterIds.get(visit);
		if (!ref && id) {
			ref = Object.freeze(reference<Encounter>('Encounter', id));
			this.#encounterRefs.set(visit, ref);
		}
		return ref;
	}
}

export function generatePatient(context: GenerationContext, index: number): PatientRecord {
	return buildRecord(context, planPatient(context, index));
}

export function buildRecord(context: GenerationContext, plan: PatientPlan): PatientRecord {
	const builder = new RecordBuilder(context, plan);
	const timeline = buildTimeline(context, plan);
	builder.resources.push(buildCoverage(context, plan, builder.ids.next('cov')));
	addAllergies(builder);
	if (plan.registered) {
		timeline.visits.forEach((visit) => builder.encounterIds.set(visit, builder.ids.next('enc')));
		addConditions(builder, timeline);
		addEncounters(builder, timeline);
		addVisitContents(builder, timeline);
		addMedications(builder, timeline);
		addCarePlans(builder, timeline);
	}
	const patient = buildPatient(context, plan);
	const paper = plan.registered && plan.castKey ? context.scenario.cast?.[plan.castKey]?.paperIntake : undefined;
	if (paper) builder.resources.push(scannedPaperIntake(builder, patient, paper));
	return {
		patient,
		resources: builder.resources,
		...(plan.castKey ? { castKey: plan.castKey } : {}),
		registered: plan.registered
	};
}

/** A lesson's scanned intake form, filled in this morning, with the differences the scenario asks for. */
function scannedPaperIntake(b: RecordBuilder, patient: Patient, differences: readonly PaperDifference[]): DocumentReference {
	const { context, plan } = b;
	const at = b.instant(context.today, 8 * 60);
	const seed = [context.seed, context.salt, plan.castKey ?? ''].join(':');
	const doc = scannedIntakeFor(patient, b.resources, { seed, date: formatDay(context.today), differences }, { patientId: plan.id, at, author: { id: plan.clinician.id, name: plan.clinician.display }, id: b.ids.next('doc') });
	return { ...doc, meta: { lastUpdated: b.lastUpdated }, author: [b.clinician] };
}

function addAllergies(b: RecordBuilder): void {
	const { plan } = b;
	const recorded = formatDay(plan.registered ? plan.historyStart : b.context.today);
	const base = (id: string): AllergyIntolerance => ({
		resourceType: 'AllergyIntolerance',
		id,
		meta: { lastUpdated: b.lastUpdated },
		clinicalStatus: ACTIVE_ALLERGY,
		verificationStatus: CONFIRMED_ALLERGY,
		patient: b.subject,
		recordedDate: recorded,
		...(plan.registered ? { recorder: b.clinician } : {})
	});
	if (plan.allergies.length === 0) {
		// "No known allergies" is a statement someone recorded; silence means nobody asked.
		if (plan.noKnownAllergiesRecorded) b.resources.push({ ...base(b.ids.next('alg')), code: concept(NO_KNOWN_ALLERGY, 'No known allergies') });
		return;
	}
	for (const { allergy, reaction } of plan.allergies) {
		b.resources.push({
			...base(b.ids.next('alg')),
			type: 'allergy',
			category: [allergy.category],
			criticality: reaction.criticality,
			code: concept(allergy.code),
			reaction: [{ manifestation: [concept(reaction.manifestation)], severity: reaction.severity }]
		});
	}
}

function onsetVisit(timeline: Timeline, active: ActiveTemplate): Visit | undefined {
	return timeline.visits.find((v) => v.templates.includes(active) && v.day >= active.onset && v.day <= active.onset + 3);
}

function addConditions(b: RecordBuilder, timeline: Timeline): void {
	const { plan, context } = b;
	for (const active of plan.templates) {
		if (active.template.kind === 'wellness' || active.conditions.length === 0) continue;
		const trait = active.template.kind === 'trait';
		const visit = trait ? undefined : onsetVisit(timeline, active);
		const encounter = b.encounterRef(visit);
		const ids: { entry: ConditionEntryData; id: string }[] = [];
		for (const entry of active.conditions) {
			const id = b.ids.next('cond');
			const resolvedOn = entry.resolvesAfterDays !== undefined ? active.onset + entry.resolvesAfterDays : undefined;
			const resolved = resolvedOn !== undefined && resolvedOn < context.today;
			const codings = entry.snomed ? [entry.icd10, entry.snomed] : [entry.icd10];
			const condition: Condition = {
				resourceType: 'Condition',
				id,
				meta: { lastUpdated: b.lastUpdated },
				clinicalStatus: CONDITION_STATUS[resolved ? 'resolved' : 'active'],
				verificationStatus: CONFIRMED_CONDITION,
				category: CONDITION_CATEGORY[entry.category],
				code: concept(codings, entry.icd10.display),
				subject: b.subject,
				...(encounter ? { encounter } : {}),
				...(trait ? {} : { onsetDateTime: formatDay(active.onset) }),
				...(resolved && resolvedOn !== undefined ? { abatementDateTime: formatDay(resolvedOn) } : {}),
				recordedDate: formatDay(Math.max(active.onset, plan.historyStart)),
				recorder: b.clinician
			};
			b.resources.push(condition);
			ids.push({ entry, id });
		}
		b.conditionIds.set(active, ids);
	}
}

/** The template a visit is mainly for: the episode's, else the pregnancy's, else a chronic one. */
function leadTemplate(visit: Visit): ActiveTemplate | undefined {
	if (visit.kind === 'prenatal') return visit.templates.find((t) => t.body.cadence?.kind === 'weeks');
	const ofKind = visit.templates.filter((t) => VISIT_KIND_FOR[t.template.kind] === visit.kind);
	// Of several chronic problems, the visit is named for the one seen most often.
	const months = (t: ActiveTemplate) => (t.body.cadence?.kind === 'interval' ? t.body.cadence.months : Infinity);
	return ofKind.reduce<ActiveTemplate | undefined>((best, t) => (!best || months(t) < months(best) ? t : best), undefined) ?? visit.templates[0];
}

function visitReasons(b: RecordBuilder, visit: Visit) {
	if (visit.kind === 'immunization') {
		const reason = visit.templates.find((t) => t.template.immunizationVisit)?.template.immunizationVisit?.reason;
		return reason ? [reason] : [];
	}
	const reasons = visit.templates.flatMap((active) => {
		const picked = new Set(active.conditions.map((c) => c.key));
		const byWeek = active.body.visitReasons.filter(
			(r) =>
				(!r.onlyWith || picked.has(r.onlyWith)) &&
				(!r.weeks || (visit.week !== undefined && visit.week >= r.weeks[0] && visit.week <= r.weeks[1]))
		);
		return byWeek.length > 0 ? byWeek.map((r) => r.code) : active.conditions.map((c) => c.icd10);
	});
	const seen = new Set<string>();
	return reasons.filter((r) => !seen.has(r.code) && seen.add(r.code));
}

function visitTitle(visit: Visit): string {
	if (visit.kind === 'immunization') return visit.templates.find((t) => t.template.immunizationVisit)?.template.immunizationVisit?.title ?? 'Immunization visit';
	return leadTemplate(visit)?.template.visit?.title ?? 'Office visit';
}

function addEncounters(b: RecordBuilder, timeline: Timeline): void {
	for (const visit of timeline.visits) {
		const lead = leadTemplate(visit);
		const type =
			visit.kind === 'immunization'
				? visit.templates.find((t) => t.template.immunizationVisit)?.template.immunizationVisit?.type
				: lead?.template.visit?.type;
		const diagnoses = visit.templates.flatMap((t) => b.conditionIds.get(t) ?? []);
		const encounter: Encounter = {
			resourceType: 'Encounter',
			id: b.encounterIds.get(visit) as string,
			meta: { lastUpdated: b.lastUpdated },
			status: 'finished',
			class: AMBULATORY,
			...(type ? { type: [concept(type, visitTitle(visit))] } : {}),
			subject: b.subject,
			participant: [{ type: PRIMARY_PERFORMER, individual: b.clinician }],
			period: { start: b.instant(visit.day, visit.minutes), end: b.instant(visit.day, visit.minutes + visit.durationMinutes) },
			reasonCode: visitReasons(b, visit).map((coding) => concept(coding)),
			...(diagnoses.length
				? { diagnosis: diagnoses.map((d, i) => ({ condition: reference<Condition>('Condition', d.id, d.entry.icd10.display), rank: i + 1 })) }
				: {}),
			serviceProvider: b.clinic
		};
		b.resources.push(encounter);
	}
}

function labDisplayUnit(unit: string): string {
	if (unit.startsWith('{')) return '';
	return unit.replace(/\{([^}]*)\}/g, (_, inner: string) => inner.replace(/_/g, ' '));
}

function addVisitContents(b: RecordBuilder, timeline: Timeline): void {
	const { plan, context } = b;
	const measurements = new MeasurementSource(plan);
	const observationContext: ObservationContext = { context, ids: b.ids, subject: b.subject, performer: Object.freeze([b.clinician]) as Reference<Practitioner>[] };
	const problemEntries = plan.templates
		.filter((t) => t.template.kind !== 'wellness')
		.flatMap((t) =>
			t.conditions
				.filter((c) => c.category === 'problem-list-item')
				.map((c) => ({ from: t.onset, until: c.resolvesAfterDays !== undefined ? t.onset + c.resolvesAfterDays : Infinity, text: `${c.icd10.code} ${c.icd10.display}` }))
		);
	const latestByCode = new Map<string, string>();
	const labCodeByKey = new Map<string, string>();
	for (const t of plan.templates) for (const lab of t.labs) labCodeByKey.set(lab.key, lab.code.code);
	const medicationByName = new Map<string, string>();
	for (const t of plan.templates) {
		for (const m of t.medications) {
			medicationByName.set(m.key, m.core.text);
			if (m.group) medicationByName.set(m.group, m.core.text);
		}
	}
	const recordLab = (entry: LabEntryData, value: number | undefined) => {
		const text =
			entry.result.kind === 'coded'
				? entry.result.value.display.replace(/\s*\(.*\)$/, '').toLowerCase()
				: `${value === undefined ? '' : value.toFixed(entry.result.value.decimals ?? 0)} ${labDisplayUnit(entry.result.unit)}`.trim();
		latestByCode.set(entry.code.code, text);
	};
	let drawIndex = 0;
	const draws = timeline.draws;
	const flushDraws = (untilDay: DayNumber) => {
		while (drawIndex < draws.length && (draws[drawIndex] as (typeof draws)[number]).day <= untilDay) {
			const draw = draws[drawIndex++] as (typeof draws)[number];
			const value = measurements.labValue(draw.entry);
			recordLab(draw.entry, value);
			b.resources.push(buildLabResult(observationContext, draw, draw.entry, value, b.encounterRef(draw.visit)));
		}
	};

	const lotRandom = plan.clinical.fork('lots');
	for (const visit of timeline.visits) {
		flushDraws(visit.day);
		const encounter = b.encounterRef(visit) as Reference<Encounter>;
		const vitals = visit.detailed ? measurements.vitals(visit) : undefined;
		if (vitals) b.resources.push(...buildVitalSigns(observationContext, visit, encounter, vitals));
		for (const dose of visit.doses) b.resources.push(buildImmunization(b, visit, dose, lotRandom));
		for (const { entry, owner } of visit.procedures) {
			const reason = b.conditionIds.get(owner)?.[0];
			const procedure: Procedure = {
				resourceType: 'Procedure',
				id: b.ids.next('proc'),
				meta: { lastUpdated: b.lastUpdated },
				status: 'completed',
				code: concept(entry.code),
				subject: b.subject,
				encounter,
				performedDateTime: b.instant(visit.day, visit.minutes + 10),
				performer: [{ actor: b.clinician }],
				...(reason ? { reasonReference: [reference<Condition>('Condition', reason.id, reason.entry.icd10.display)] } : {})
			};
			b.resources.push(procedure);
		}
		if (visit.detailed) {
			const problems = problemEntries.filter((p) => p.from <= visit.day && p.until >= visit.day).map((p) => p.text);
			const title = visitTitle(visit);
			const text = composeProgressNote({
				plan,
				visit,
				...(vitals ? { vitals } : {}),
				labText: (key) => {
					const code = labCodeByKey.get(key);
					return code ? latestByCode.get(code) : undefined;
				},
				medicationText: (key) => medicationByName.get(key),
				problems: problems.length ? problems.join('; ') : 'none',
				clinician: plan.clinician.display,
				vaccines: visit.doses.length ? visit.doses.map((d) => d.entry.cvx.display).join(', ') : 'none due',
				title
			});
			const document: DocumentReference = {
				resourceType: 'DocumentReference',
				id: b.ids.next('doc'),
				meta: { lastUpdated: b.lastUpdated },
				status: 'current',
				docStatus: 'final',
				type: concept(PROGRESS_NOTE),
				category: CLINICAL_NOTE,
				subject: b.subject,
				date: b.instant(visit.day, visit.minutes + visit.durationMinutes),
				author: [b.clinician],
				description: title,
				content: [
					{
						attachment: {
							contentType: 'text/plain',
							language: 'en-US',
							data: encodeBase64Utf8(text),
							title: `Progress note ${formatDay(visit.day)}`,
							creation: b.instant(visit.day, visit.minutes + visit.durationMinutes)
						}
					}
				],
				context: {
					encounter: [encounter],
					period: { start: b.instant(visit.day, visit.minutes), end: b.instant(visit.day, visit.minutes + visit.durationMinutes) }
				}
			};
			b.resources.push(document);
		}
	}
	flushDraws(context.lastDay);
}

function buildImmunization(b: RecordBuilder, visit: Visit, dose: Visit['doses'][number], random: ReturnType<PatientPlan['clinical']['fork']>): Immunization {
	const ageMonths = ageInMonths(b.plan.identity.birth, visit.day);
	const site = dose.entry.sites?.find((s) => s.maxAgeMonths === undefined || ageMonths < s.maxAgeMonths)?.coding;
	const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
	const lot = `${letters[random.int(0, letters.length - 1)]}${letters[random.int(0, letters.length - 1)]}${String(random.int(0, 9999)).padStart(4, '0')}`;
	return {
		resourceType: 'Immunization',
		id: b.ids.next('imm'),
		meta: { lastUpdated: b.lastUpdated },
		status: 'completed',
		vaccineCode: concept(dose.entry.cvx),
		patient: b.subject,
		encounter: b.encounterRef(visit) as Reference<Encounter>,
		occurrenceDateTime: b.instant(visit.day, visit.minutes + 15),
		recorded: b.instant(visit.day, visit.minutes + 15),
		primarySource: true,
		lotNumber: lot,
		expirationDate: formatDay(visit.day + random.int(120, 540)),
		...(site ? { site: concept(site) } : {}),
		route: concept(dose.entry.route),
		...(dose.entry.doseQuantity ? { doseQuantity: ucum(dose.entry.doseQuantity.value, dose.entry.doseQuantity.unit) } : {}),
		performer: [{ actor: b.clinician }]
	};
}

function medicationRequest(b: RecordBuilder, med: PlannedMedication, owner: ActiveTemplate, visit: Visit | undefined, day: DayNumber, status: MedicationRequest['status']): MedicationRequest {
	const { core } = med;
	const reason = b.conditionIds.get(owner)?.[0];
	const encounter = b.encounterRef(visit);
	const allergyNote = med.substituted ? [{ text: `Prescribed instead of the template's first choice because of a recorded ${b.plan.allergies.map((a) => a.allergy.key).join(', ')} allergy.` }] : [];
	return {
		resourceType: 'MedicationRequest',
		id: b.ids.next('med'),
		meta: { lastUpdated: b.lastUpdated },
		status: status ?? 'active',
		intent: 'order',
		medicationCodeableConcept: concept(core.rxnorm, core.text),
		subject: b.subject,
		...(encounter ? { encounter } : {}),
		authoredOn: visit ? b.instant(visit.day, visit.minutes + visit.durationMinutes - 5) : formatDay(day),
		requester: b.clinician,
		...(reason ? { reasonReference: [reference<Condition>('Condition', reason.id, reason.entry.icd10.display)] } : {}),
		...(allergyNote.length ? { note: allergyNote } : {}),
		courseOfTherapyType: core.courseDays ? COURSE.acute : COURSE.continuous,
		dosageInstruction: [
			{
				text: core.sig,
				timing: {
					repeat: {
						frequency: core.timing.frequency,
						period: core.timing.period,
						periodUnit: core.timing.periodUnit,
						...(core.courseDays ? { boundsDuration: { value: core.courseDays, unit: 'days', system: HL7.ucum, code: 'd' } } : {})
					}
				},
				...(core.timing.asNeeded ? { asNeededBoolean: true } : {}),
				route: concept(core.route),
				doseAndRate: [{ doseQuantity: { value: core.dose.value, unit: core.dose.unit } }]
			}
		],
		dispenseRequest: core.courseDays
			? { expectedSupplyDuration: { value: core.courseDays, unit: 'days', system: HL7.ucum, code: 'd' } }
			: { numberOfRepeatsAllowed: 3, expectedSupplyDuration: { value: 90, unit: 'days', system: HL7.ucum, code: 'd' } }
	};
}

function addMedications(b: RecordBuilder, timeline: Timeline): void {
	for (const owner of b.plan.templates) {
		if (owner.medications.length === 0) continue;
		const visits = timeline.visits.filter((v) => v.templates.includes(owner) && v.kind !== 'immunization');
		for (const med of owner.medications) {
			if (med.core.courseDays !== undefined) {
				const visit = onsetVisit(timeline, owner);
				if (!visit) continue;
				const active = visit.day + med.core.courseDays >= b.context.today;
				b.resources.push(medicationRequest(b, med, owner, visit, visit.day, active ? 'active' : 'completed'));
				continue;
			}
			const first = visits[0];
			const last = visits[visits.length - 1];
			if (!first || !last) {
				b.resources.push(medicationRequest(b, med, owner, undefined, Math.max(owner.onset, b.plan.historyStart), 'active'));
				continue;
			}
			// The first prescription, then the renewal at the latest visit (the one in force).
			if (first !== last) b.resources.push(medicationRequest(b, med, owner, first, first.day, 'completed'));
			b.resources.push(medicationRequest(b, med, owner, last, last.day, 'active'));
		}
	}
}

function addCarePlans(b: RecordBuilder, timeline: Timeline): void {
	for (const owner of b.plan.templates) {
		const plan = owner.body.carePlan;
		if (!plan || owner.template.kind === 'wellness') continue;
		const start = Math.max(owner.onset, b.plan.historyStart);
		const visit = onsetVisit(timeline, owner);
		const goals: Goal[] = plan.goals.map((text, i): Goal => ({
			resourceType: 'Goal',
			id: `goal-${i + 1}`,
			lifecycleStatus: 'active',
			description: { text },
			subject: b.subject
		}));
		const encounter = b.encounterRef(visit);
		const carePlan: CarePlan = {
			resourceType: 'CarePlan',
			id: b.ids.next('cp'),
			meta: { lastUpdated: b.lastUpdated },
			contained: goals,
			status: 'active',
			intent: 'plan',
			category: [
				ASSESS_PLAN,
				concept(plan.category)
			],
			title: plan.title,
			subject: b.subject,
			...(encounter ? { encounter } : {}),
			period: { start: formatDay(start) },
			created: formatDay(start),
			author: b.clinician,
			addresses: (b.conditionIds.get(owner) ?? []).map((c) => reference<Condition>('Condition', c.id, c.entry.icd10.display)),
			goal: goals.map((g) => ({ reference: `#${g.id}` })),
			activity: plan.activities.map((description) => ({ detail: { status: 'in-progress', description } }))
		};
		b.resources.push(carePlan);
	}
}
