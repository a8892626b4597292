/**
 * The shape of a clinical template file (templates/<id>.json). Templates hold every clinical fact
 * the generator uses; this schema is checked when the files are loaded, and a problem names the
 * file and the field path.
 */
import * as v from 'valibot';
import { TERMINOLOGY } from './systems';
import { VITAL_KEYS } from './vital-signs';

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const Key = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'));
const NonNegative = v.pipe(v.number(), v.minValue(0));
const Positive = v.pipe(v.number(), v.gtValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Span = v.pipe(
	v.tuple([v.number(), v.number()]),
	v.check(([from, to]) => from <= to, 'must be [low, high] with low <= high')
);

function codingIn<const S extends string>(system: S) {
	return v.strictObject({ system: v.literal(system), code: Text, display: Text });
}

export const Icd10Coding = codingIn(TERMINOLOGY.icd10cm);
export const SnomedCoding = codingIn(TERMINOLOGY.snomed);
export const RxNormCoding = codingIn(TERMINOLOGY.rxnorm);
export const LoincCoding = codingIn(TERMINOLOGY.loinc);
export const CvxCoding = codingIn(TERMINOLOGY.cvx);
export const TemplateCoding = v.union([Icd10Coding, SnomedCoding, RxNormCoding, LoincCoding, CvxCoding]);

/** A value that varies between patients (sd) and, less, between one patient's visits (visitSd). */
export const Distribution = v.pipe(
	v.strictObject({
		mean: v.number(),
		sd: NonNegative,
		visitSd: v.optional(NonNegative),
		min: v.number(),
		max: v.number(),
		decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)))
	}),
	v.check((d) => d.min <= d.mean && d.mean <= d.max, 'needs min <= mean <= max')
);

/** Entries of a list may form a group: one entry of each group is picked per patient by weight. */
const choice = {
	key: Key,
	group: v.optional(Key),
	weight: v.optional(Positive)
};

export const ConditionEntry = v.strictObject({
	...choice,
	icd10: Icd10Coding,
	snomed: v.optional(SnomedCoding),
	category: v.picklist(['problem-list-item', 'encounter-diagnosis']),
	/** After this many days from onset the condition is recorded as resolved. */
	resolvesAfterDays: v.optional(Count),
	/** Words for note placeholders, e.g. { "side": "right" }, available as {term.side}. */
	terms: v.optional(v.record(Key, Text))
});

const MedicationCore = {
	rxnorm: RxNormCoding,
	/** Short name as a prescriber says it, for notes: "metformin 500 mg tablet". */
	text: Text,
	dose: v.strictObject({ value: Positive, unit: Text }),
	route: SnomedCoding,
	sig: Text,
	timing: v.strictObject({
		frequency: v.pipe(v.number(), v.integer(), v.minValue(1)),
		period: Positive,
		periodUnit: v.picklist(['h', 'd', 'wk', 'mo']),
		asNeeded: v.optional(v.boolean())
	}),
	/** A course of this many days (acute); absent = long-term. */
	courseDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	/** Allergy keys (see a trait template's allergy.key) that rule this medication out. */
	avoidIfAllergic: v.optional(v.array(Key)),
	/** At most one medication of a class per patient, across templates (one SSRI, one NSAID). */
	drugClass: v.optional(Key)
};

export const MedicationEntry = v.strictObject({
	...choice,
	...MedicationCore,
	/** Given instead when the patient is allergic; omitted = no substitute. */
	alternative: v.optional(v.strictObject(MedicationCore))
});

const QuantityResult = v.strictObject({
	kind: v.literal('quantity'),
	unit: Text,
	referenceRange: v.pipe(
		v.strictObject({ low: v.optional(v.number()), high: v.optional(v.number()) }),
		v.check((r) => r.low !== undefined || r.high !== undefined, 'needs low or high')
	),
	value: Distribution
});

const CodedResult = v.strictObject({
	kind: v.literal('coded'),
	value: SnomedCoding,
	interpretation: v.picklist(['POS', 'NEG', 'A', 'N'])
});

export const LabEntry = v.strictObject({
	...choice,
	code: LoincCoding,
	category: v.picklist(['laboratory', 'survey']),
	result: v.variant('kind', [QuantityResult, CodedResult]),
	intervalMonths: v.optional(Positive),
	atOnset: v.optional(v.boolean()),
	/** Drawn once, at the first visit in this window of weeks since onset. */
	duringWeeks: v.optional(Span),
	ageYears: v.optional(Span),
	/** When templates define the same lab, the higher precedence sets its values. */
	precedence: v.optional(v.number())
});

export const ProcedureEntry = v.strictObject({
	...choice,
	code: SnomedCoding,
	atOnset: v.optional(v.boolean()),
	intervalMonths: v.optional(Positive),
	duringWeeks: v.optional(Span)
});

const ImmunizationSchedule = v.variant('kind', [
	v.strictObject({ kind: v.literal('ages'), ageMonths: v.pipe(v.array(NonNegative), v.minLength(1)) }),
	v.strictObject({
		kind: v.literal('seasonal'),
		startMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
		windowDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
		fromAgeMonths: NonNegative
	}),
	v.strictObject({
		kind: v.literal('every'),
		years: Positive,
		fromAgeMonths: NonNegative,
		toAgeMonths: v.optional(NonNegative)
	}),
	v.strictObject({ kind: v.literal('weeks'), from: NonNegative, to: NonNegative })
]);

export const ImmunizationEntry = v.strictObject({
	...choice,
	/** Vaccine family for recall lists and cast overrides ("influenza"). */
	series: Key,
	cvx: CvxCoding,
	route: SnomedCoding,
	/** First site whose maxAgeMonths the patient is under; none for oral vaccines. */
	sites: v.optional(
		v.pipe(v.array(v.strictObject({ maxAgeMonths: v.optional(NonNegative), coding: SnomedCoding })), v.minLength(1))
	),
	doseQuantity: v.optional(v.strictObject({ value: Positive, unit: Text })),
	/** Share of eligible patients who get each dose. */
	uptake: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	schedule: ImmunizationSchedule
});

const vitalFields = Object.fromEntries(VITAL_KEYS.map((key) => [key, v.optional(Distribution)])) as {
	[K in (typeof VITAL_KEYS)[number]]: v.OptionalSchema<typeof Distribution, undefined>;
};
const vitalShiftFields = Object.fromEntries(VITAL_KEYS.map((key) => [key, v.optional(v.number())])) as {
	[K in (typeof VITAL_KEYS)[number]]: v.OptionalSchema<v.NumberSchema<undefined>, undefined>;
};

export const VitalsRow = v.strictObject({
	ageYears: NonNegative,
	sex: v.optional(v.picklist(['female', 'male'])),
	measures: v.strictObject(vitalFields)
});

export const Cadence = v.variant('kind', [
	/** Visits every N months; attendance = share of due visits the patient keeps. */
	v.strictObject({
		kind: v.literal('interval'),
		months: Positive,
		attendance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
	}),
	/** Visits at listed ages, then every N months (well-child care). */
	v.strictObject({
		kind: v.literal('ages'),
		ageMonths: v.pipe(v.array(NonNegative), v.minLength(1)),
		thenEveryMonths: Positive,
		attendance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
	}),
	/** One visit at onset, optional follow-ups days later. */
	v.strictObject({ kind: v.literal('episode'), followUpDays: v.optional(v.array(Count)) }),
	/** Visits by week since onset: from fromWeek, every `everyWeeks` until `untilWeek` per step. */
	v.strictObject({
		kind: v.literal('weeks'),
		fromWeek: NonNegative,
		steps: v.pipe(
			v.array(v.strictObject({ untilWeek: Positive, everyWeeks: Positive })),
			v.minLength(1)
		)
	})
]);

export const NoteFragments = v.strictObject({
	subjective: v.optional(v.array(Text)),
	objective: v.optional(v.array(Text)),
	assessment: v.optional(v.array(Text)),
	plan: v.optional(v.array(Text))
});

export const VisitReason = v.strictObject({
	code: Icd10Coding,
	weeks: v.optional(Span),
	onlyWith: v.optional(Key)
});

export const CarePlanEntry = v.strictObject({
	category: SnomedCoding,
	title: Text,
	goals: v.pipe(v.array(Text), v.minLength(1)),
	activities: v.array(Text)
});

const body = {
	conditions: v.optional(v.array(ConditionEntry)),
	medications: v.optional(v.array(MedicationEntry)),
	labs: v.optional(v.array(LabEntry)),
	procedures: v.optional(v.array(ProcedureEntry)),
	immunizations: v.optional(v.array(ImmunizationEntry)),
	vitalsBaseline: v.optional(v.pipe(v.array(VitalsRow), v.minLength(1))),
	/** Added to the baseline means: at every visit after onset (chronic) or at the episode (acute). */
	vitalsShift: v.optional(v.strictObject(vitalShiftFields)),
	cadence: v.optional(Cadence),
	visitReasons: v.optional(v.array(VisitReason)),
	note: v.optional(NoteFragments),
	/** Wellness templates: fragments added to every visit's note (the vitals line). */
	noteEveryVisit: v.optional(NoteFragments),
	carePlan: v.optional(CarePlanEntry)
};

export const TemplateState = v.strictObject({
	id: Key,
	weight: Positive,
	remarks: v.optional(Text),
	...body
});

export const AllergyEntry = v.strictObject({
	key: Key,
	code: v.union([RxNormCoding, SnomedCoding]),
	category: v.picklist(['medication', 'food', 'environment', 'biologic']),
	/** One reaction is picked per patient by weight; its criticality becomes the allergy's. */
	reactions: v.pipe(
		v.array(
			v.strictObject({
				manifestation: SnomedCoding,
				severity: v.picklist(['mild', 'moderate', 'severe']),
				criticality: v.picklist(['low', 'high', 'unable-to-assess']),
				weight: Positive
			})
		),
		v.minLength(1)
	)
});

export const TemplateSchema = v.strictObject({
	id: Key,
	title: Text,
	kind: v.picklist(['chronic', 'acute', 'wellness', 'trait']),
	/** Where the clinical facts come from (guidelines, schedules, surveys). */
	source: v.pipe(v.array(Text), v.minLength(1)),
	remarks: v.optional(Text),
	eligibility: v.strictObject({ ageYears: Span, sex: v.picklist(['any', 'female', 'male']) }),
	/** Chance (0–1) that a random eligible cohort member has this template. */
	prevalence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	onset: v.optional(
		v.strictObject({
			unit: v.picklist(['days', 'years']),
			ago: Span,
			/** Calendar months an onset may fall in (seasonal illness). */
			months: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))))
		})
	),
	/** Other templates this one brings along (each keeps its own onset and visits). */
	includes: v.optional(v.array(Key)),
	/** The encounter type of this template's visits (every kind but trait). */
	visit: v.optional(v.strictObject({ type: SnomedCoding, title: Text })),
	immunizationVisit: v.optional(
		v.strictObject({ type: SnomedCoding, title: Text, reason: Icd10Coding, note: v.optional(NoteFragments) })
	),
	allergy: v.optional(AllergyEntry),
	states: v.optional(v.pipe(v.array(TemplateState), v.minLength(1))),
	...body
});

export type Template = v.InferOutput<typeof TemplateSchema>;
export type TemplateStateData = v.InferOutput<typeof TemplateState>;
export type TemplateKind = Template['kind'];
export type ConditionEntryData = v.InferOutput<typeof ConditionEntry>;
export type MedicationEntryData = v.InferOutput<typeof MedicationEntry>;
export type MedicationCoreData = Omit<MedicationEntryData, 'key' | 'group' | 'weight' | 'alternative'>;
export type LabEntryData = v.InferOutput<typeof LabEntry>;
export type ProcedureEntryData = v.InferOutput<typeof ProcedureEntry>;
export type ImmunizationEntryData = v.InferOutput<typeof ImmunizationEntry>;
export type VitalsRowData = v.InferOutput<typeof VitalsRow>;
export type DistributionData = v.InferOutput<typeof Distribution>;
export type CadenceData = v.InferOutput<typeof Cadence>;
export type NoteFragmentsData = v.InferOutput<typeof NoteFragments>;
export type VisitReasonData = v.InferOutput<typeof VisitReason>;
export type CarePlanData = v.InferOutput<typeof CarePlanEntry>;
export type AllergyData = v.InferOutput<typeof AllergyEntry>;
export type TemplateCodingData = v.InferOutput<typeof TemplateCoding>;
/** The parts of a template a state may add to or replace. */
export type TemplateBody = Pick<
	Template,
	| 'conditions'
	| 'medications'
	| 'labs'
	| 'procedures'
	| 'immunizations'
	| 'vitalsBaseline'
	| 'vitalsShift'
	| 'cadence'
	| 'visitReasons'
	| 'note'
	| 'noteEveryVisit'
	| 'carePlan'
>;

/** A valibot issue path as `labs[2].result.value.mean`. */
export function formatIssuePath(path: readonly { key: unknown }[] | undefined): string {
	if (!path || path.length === 0) return '(root)';
	let out = '';
	for (const item of path) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else out += out === '' ? String(item.key) : `.${String(item.key)}`;
	}
	return out;
}

export interface SchemaProblem {
	path: string;
	message: string;
}

/** Every schema problem of one template object, or the parsed template. */
export function parseTemplate(data: unknown): { template?: Template; problems: SchemaProblem[] } {
	const result = v.safeParse(TemplateSchema, data, { abortEarly: false });
	if (result.success) return { template: result.output, problems: [] };
	return {
		problems: result.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }))
	};
}
