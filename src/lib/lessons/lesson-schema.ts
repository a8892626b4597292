/**
 * The front matter of a lesson file: what an instructor writes in YAML between the `---`
 * lines. This schema checks the shape (fields, types, allowed words); `lesson-rules.ts`
 * checks how fields fit together, and `parse-lesson-file.ts` turns both into findings that
 * name the file, line and field.
 */
import * as v from 'valibot';
import type { AuditAction, AuditOutcome } from '../db/audit-record';
import { ROLES } from '../session/roles';
import { RECORD_SECTIONS } from '../session/record-sections';
import { TEXT_MATCHES } from '../grading/normalise-text';
import { parseTolerance, unitSymbol } from '../grading/normalise-quantity';
import { ANALYTES, type UnitSymbol } from '../grading/unit-conversions';
import { RESERVED_CAST_KEYS } from '../grading/template-values';
import { CastMemberSchema, ScenarioSchema as GeneratorScenarioSchema } from '../synth/scenario';
import { CERTIFICATION_DOMAIN_IDS } from './certification-domains';
import { ScenarioHistorySchema } from './scenario-history';

export const LESSON_MODULES = {
	entering: 'Entering data',
	retrieving: 'Retrieving information',
	coding: 'Coding and billing',
	securing: 'Privacy and security'
} as const;
export type LessonModule = keyof typeof LESSON_MODULES;

export const ANSWER_INPUTS = ['text', 'number', 'date', 'code', 'choice', 'list'] as const;
export type AnswerInput = (typeof ANSWER_INPUTS)[number];

export const AUDIT_ACTIONS = [
	'view',
	'view-end',
	'search',
	'create',
	'update',
	'delete',
	'print',
	'export',
	'import',
	'merge',
	'disclose',
	'login',
	'logout',
	'lock',
	'unlock',
	'break-glass'
] as const satisfies readonly AuditAction[];
// Fails to compile when the database gains an action this list lacks.
const everyAuditActionListed: [Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>] extends [never] ? true : never = true;
void everyAuditActionListed;

export const AUDIT_OUTCOMES = ['success', 'refused', 'failure'] as const satisfies readonly AuditOutcome[];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CAST_KEY = /^[a-z][A-Za-z0-9]*$/;

const words = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const kebabId = v.pipe(v.string(), v.regex(KEBAB, 'use lower-case words joined by hyphens, e.g. register-walk-in'));
const wholeNumber = (min: number, max: number) =>
	v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min, `must be at least ${min}`), v.maxValue(max, `must be at most ${max}`));
const points = v.optional(v.pipe(v.number(), v.minValue(0, 'must be 0 or more')), 1);
const unit = v.pipe(
	v.string(),
	v.check((text) => unitSymbol(text) !== undefined, 'is not a unit Chartroom knows (see the unit list in docs/authoring.md)'),
	v.transform((text) => unitSymbol(text) as UnitSymbol)
);
const tolerance = v.pipe(
	v.union([v.number(), v.string()], 'write a number (0.5) or a percentage ("2%")'),
	v.check((value) => parseTolerance(value) !== undefined, 'write a number (0.5) or a percentage ("2%")')
);
const keyValue = v.union([v.string(), v.number()], 'write a text or a number');
const recordValue = v.union([v.string(), v.number(), v.boolean()], 'write a text, a number, true or false');

/**
 * The generator's own scenario (src/lib/synth/scenario.ts), so a lesson's scenario goes to the
 * generator unchanged; a lesson adds `perLearner` and stricter cast keys, because a key is
 * written in prose as `{walkin.name}`, which must be a JavaScript name.
 */
const ScenarioSchema = v.strictObject({
	...GeneratorScenarioSchema.entries,
	/** Salt the seed per learner so each gets their own variant of the case. */
	perLearner: v.optional(v.boolean(), false),
	cast: v.optional(
		v.record(
			v.pipe(
				v.string(),
				v.regex(CAST_KEY, 'a cast key is one word starting with a lower-case letter, e.g. walkin or newMom'),
				v.check((key) => !(RESERVED_CAST_KEYS as readonly string[]).includes(key), 'this name is reserved ({{today}}, {{history…}})')
			),
			CastMemberSchema
		),
		{}
	),
	/** Audit events that happened before the learner arrived (scenario-history.ts). */
	history: v.optional(ScenarioHistorySchema)
});

const SettingsSchema = v.strictObject({
	/** Seconds of inactivity before the simulated workstation locks itself. */
	idleLockSeconds: v.optional(wholeNumber(15, 3600)),
	/** The percentage a learner needs to pass the lesson. */
	passPercent: v.optional(wholeNumber(0, 100))
});

const ChoiceSchema = v.union(
	[v.string(), v.strictObject({ value: words, label: words })],
	'a choice is a text, or { value: …, label: … }'
);

const AnswerExerciseSchema = v.strictObject({
	kind: v.literal('answer'),
	title: v.optional(words),
	prompt: words,
	input: v.picklist(ANSWER_INPUTS),
	/** One value; for text/number/date/choice a list means "any of these"; for list/code, all of them. */
	key: v.union([keyValue, v.pipe(v.array(keyValue), v.minLength(1, 'must list at least one value'))]),
	choices: v.optional(v.pipe(v.array(ChoiceSchema), v.minLength(2, 'offer at least two choices'))),
	unit: v.optional(unit),
	analyte: v.optional(v.picklist(ANALYTES)),
	tolerance: v.optional(tolerance),
	match: v.optional(v.picklist(TEXT_MATCHES)),
	order: v.optional(v.picklist(['any', 'as-listed'])),
	/** Code system of a code answer, e.g. icd-10-cm. */
	system: v.optional(kebabId),
	points,
	hint: v.optional(words),
	solution: v.optional(v.union([keyValue, v.array(keyValue)], 'write a text, a number, or a list'))
});

const RecordCheckSchema = v.strictObject({
	label: v.optional(words),
	/** Element path, e.g. Patient.name.family. */
	path: v.optional(words),
	/** Any FHIRPath expression over the learner's resources. */
	fhirpath: v.optional(words),
	/** changed: only what the learner created or changed in the exercise; record: the whole chart. */
	in: v.optional(v.picklist(['changed', 'record']), 'changed'),
	equals: v.optional(recordValue),
	oneOf: v.optional(v.pipe(v.array(recordValue), v.minLength(1, 'must list at least one value'))),
	matches: v.optional(words),
	exists: v.optional(v.boolean()),
	count: v.optional(wholeNumber(0, 10000)),
	unit: v.optional(unit),
	analyte: v.optional(v.picklist(ANALYTES)),
	tolerance: v.optional(tolerance),
	match: v.optional(v.picklist(TEXT_MATCHES)),
	points,
	hint: v.optional(words)
});

const resourceReference = v.pipe(
	v.string(),
	v.regex(/^[A-Z][A-Za-z]+\/\S+$/, 'write a reference as Type/id, e.g. Patient/{{walkin.id}}')
);

const RecordSolutionStepSchema = v.union(
	[
		v.strictObject({ update: resourceReference, set: v.record(v.string(), v.unknown()) }),
		v.strictObject({ delete: resourceReference }),
		v.looseObject({ resourceType: v.pipe(v.string(), v.regex(/^[A-Z][A-Za-z]+$/, 'must be a FHIR resource type')) })
	],
	'a step is a FHIR resource (with resourceType), { update: Type/id, set: {…} } or { delete: Type/id }'
);

const RecordExerciseSchema = v.strictObject({
	kind: v.literal('record'),
	title: v.optional(words),
	prompt: v.optional(words),
	checks: v.pipe(v.array(RecordCheckSchema), v.minLength(1, 'list at least one check')),
	/** true: nothing but the checked resource types may change; a list: only these types; false: no limit. */
	unchanged: v.optional(v.union([v.boolean(), v.array(words)], 'write true, false or a list of resource types'), true),
	hint: v.optional(words),
	solution: v.optional(v.array(RecordSolutionStepSchema))
});

const eventFields = {
	action: v.optional(v.picklist(AUDIT_ACTIONS)),
	outcome: v.optional(v.picklist(AUDIT_OUTCOMES)),
	user: v.optional(words),
	role: v.optional(v.picklist(ROLES)),
	workstation: v.optional(words),
	patient: v.optional(words),
	section: v.optional(words),
	resource: v.optional(words),
	reason: v.optional(words),
	query: v.optional(words)
};

const EventPatternSchema = v.strictObject(eventFields);

const ConductCheckSchema = v.strictObject({
	label: v.optional(words),
	flag: v.optional(words),
	noFlag: v.optional(words),
	event: v.optional(EventPatternSchema),
	noEvent: v.optional(EventPatternSchema),
	before: v.optional(EventPatternSchema),
	points,
	hint: v.optional(words)
});

const SolutionEventSchema = v.strictObject({
	...eventFields,
	action: v.picklist(AUDIT_ACTIONS),
	at: v.optional(v.pipe(v.string(), v.isoTimestamp('write an instant as 2024-03-05T09:30:00Z'))),
	durationMs: v.optional(wholeNumber(0, 86_400_000))
});

const ConductExerciseSchema = v.strictObject({
	kind: v.literal('conduct'),
	title: v.optional(words),
	prompt: v.optional(words),
	checks: v.pipe(v.array(ConductCheckSchema), v.minLength(1, 'list at least one check')),
	hint: v.optional(words),
	solution: v.optional(
		v.strictObject({ events: v.array(SolutionEventSchema), flags: v.optional(v.array(words), []) })
	)
});

export const ExerciseSchema = v.variant('kind', [AnswerExerciseSchema, RecordExerciseSchema, ConductExerciseSchema]);

export const LessonSchema = v.strictObject({
	id: kebabId,
	title: words,
	module: v.picklist(Object.keys(LESSON_MODULES) as LessonModule[]),
	role: v.picklist(ROLES),
	minutes: wholeNumber(1, 240),
	objectives: v.pipe(v.array(words), v.minLength(1, 'list at least one objective')),
	domains: v.pipe(v.array(v.picklist(CERTIFICATION_DOMAIN_IDS)), v.minLength(1, 'list at least one domain')),
	scenario: ScenarioSchema,
	settings: v.optional(SettingsSchema, {}),
	/**
	 * The chart sections the lesson's task needs (record-section words, e.g. [demographics, allergies]).
	 * In the lesson's EHR workspace, opening any other section raises the minimum-necessary flag.
	 */
	needs: v.optional(v.pipe(v.array(v.picklist(RECORD_SECTIONS)), v.minLength(1, 'list at least one section'))),
	exercises: v.pipe(
		v.record(v.pipe(v.string(), v.regex(KEBAB, 'an exercise id is lower-case words joined by hyphens')), ExerciseSchema),
		v.check((exercises) => Object.keys(exercises).length > 0, 'list at least one exercise')
	)
});

export type Lesson = v.InferOutput<typeof LessonSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type { CastMember } from '../synth/scenario';
export type Exercise = v.InferOutput<typeof ExerciseSchema>;
export type AnswerExercise = v.InferOutput<typeof AnswerExerciseSchema>;
export type RecordExercise = v.InferOutput<typeof RecordExerciseSchema>;
export type RecordCheck = v.InferOutput<typeof RecordCheckSchema>;
export type RecordSolutionStep = v.InferOutput<typeof RecordSolutionStepSchema>;
export type ConductExercise = v.InferOutput<typeof ConductExerciseSchema>;
export type ConductCheck = v.InferOutput<typeof ConductCheckSchema>;
export type EventPattern = v.InferOutput<typeof EventPatternSchema>;
export type SolutionEvent = v.InferOutput<typeof SolutionEventSchema>;
export type KeyValue = v.InferOutput<typeof keyValue>;
export type RecordValue = v.InferOutput<typeof recordValue>;
