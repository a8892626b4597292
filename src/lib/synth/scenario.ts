/**
 * A scenario: the seed, the cohort size, the scenario's "today" and a cast of named patients built
 * from templates with overrides. Validated before generation; a problem names the cast key and
 * field, e.g. `cast.walkin.template: unknown template "healty-adult"`.
 */
import * as v from 'valibot';
import { finding, type Finding } from '../findings/finding';
import { PRACTICE_STAFF, roleAlias } from '../session/practice-staff';
import { ROLES } from '../session/roles';
import { isIsoDate, parseDay } from './dates';
import { allBodies } from './compose-template';
import { loadTemplates, type TemplateRegistry } from './load-templates';
import { formatIssuePath } from './template-schema';
import { PAPER_DIFFERENCES } from '../paper/intake-content';

const Key = v.pipe(v.string(), v.minLength(1));
const IsoDate = v.pipe(v.string(), v.check(isIsoDate, 'must be an ISO date (YYYY-MM-DD)'));

export const CastMemberSchema = v.strictObject({
	template: v.optional(Key),
	templates: v.optional(v.pipe(v.array(Key), v.minLength(1))),
	name: v.optional(v.strictObject({ given: v.optional(Key), family: v.optional(Key) })),
	sex: v.optional(v.picklist(['female', 'male'])),
	age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(110))),
	birthDate: v.optional(IsoDate),
	/** false: a walk-in not yet in the system — intake data only, no MRN, no history. */
	registered: v.optional(v.boolean()),
	vip: v.optional(v.boolean()),
	/** The staff member whose relative this patient is: a roster id ("rn-brennan") or a role ("staff-nurse"). */
	relativeOf: v.optional(Key),
	/** Immunization series with no dose this season, e.g. ["influenza"]. */
	overdue: v.optional(v.array(Key)),
	/** Another cast key: near-identical name, different birth date. */
	similarTo: v.optional(Key),
	/** Allergy keys of trait templates, e.g. ["penicillin"]. */
	allergy: v.optional(v.array(Key)),
	/** true: keep medications the patient is allergic to (a drug-allergy alert exercise). */
	conflict: v.optional(v.boolean()),
	/** A scanned paper intake form in the chart, written with these differences from it ([]: it agrees). */
	paperIntake: v.optional(v.array(v.picklist(PAPER_DIFFERENCES)))
});

export const ScenarioSchema = v.strictObject({
	seed: v.union([v.pipe(v.number(), v.integer()), Key]),
	cohort: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200_000)),
	today: IsoDate,
	salt: v.optional(v.string()),
	cast: v.optional(v.record(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'cast keys are letters, digits, _ and -')), CastMemberSchema))
});

export type CastMember = v.InferOutput<typeof CastMemberSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;

export class ScenarioError extends Error {
	readonly findings: Finding[];
	constructor(findings: Finding[]) {
		super(findings.map((f) => `${f.where}: ${f.message}`).join('\n'));
		this.name = 'ScenarioError';
		this.findings = findings;
	}
}

/** Who a cast member's `relativeOf` may name: someone on the practice roster, or a role (`staff-nurse`). */
export const STAFF_IDS: readonly string[] = [...PRACTICE_STAFF.map((member) => member.id), ...ROLES.map(roleAlias)];

/** The template ids a cast member names, in order. */
export function castTemplateIds(member: CastMember): string[] {
	return member.templates ?? (member.template ? [member.template] : []);
}

/** Every problem of a scenario, or none. */
export function scenarioProblems(input: unknown, registry: TemplateRegistry = loadTemplates()): Finding[] {
	const result = v.safeParse(ScenarioSchema, input, { abortEarly: false });
	if (!result.success) {
		return result.issues.map((issue) => finding('error', 'scenario.schema', formatIssuePath(issue.path), issue.message));
	}
	const scenario = result.output;
	const problems: Finding[] = [];
	const problem = (where: string, message: string) => problems.push(finding('error', 'scenario.invalid', where, message));
	const allergyKeys = new Set(registry.list.flatMap((t) => (t.allergy ? [t.allergy.key] : [])));
	const series = new Set(registry.list.flatMap((t) => allBodies(t).flatMap((b) => b.immunizations.map((i) => i.series))));
	const cast = scenario.cast ?? {};
	const today = parseDay(scenario.today);

	for (const [key, member] of Object.entries(cast)) {
		const at = `cast.${key}`;
		if (member.template && member.templates) problem(`${at}.template`, 'give template or templates, not both');
		const ids = castTemplateIds(member);
		if (ids.length === 0) problem(`${at}.template`, 'a cast member needs a template');
		for (const [i, id] of ids.entries()) {
			const field = member.templates ? `${at}.templates[${i}]` : `${at}.template`;
			if (!registry.has(id)) problem(field, `unknown template "${id}"`);
		}
		if (member.age !== undefined && member.birthDate) problem(`${at}.age`, 'give age or birthDate, not both');
		if (member.birthDate && parseDay(member.birthDate) > today) problem(`${at}.birthDate`, `${member.birthDate} is after the scenario's today ${scenario.today}`);
		for (const [i, allergy] of (member.allergy ?? []).entries()) {
			if (!allergyKeys.has(allergy)) problem(`${at}.allergy[${i}]`, `unknown allergy "${allergy}" (known: ${[...allergyKeys].sort().join(', ')})`);
		}
		for (const [i, name] of (member.overdue ?? []).entries()) {
			if (!series.has(name)) problem(`${at}.overdue[${i}]`, `unknown immunization series "${name}"`);
		}
		if (member.relativeOf && !STAFF_IDS.includes(member.relativeOf)) {
			problem(`${at}.relativeOf`, `unknown staff id "${member.relativeOf}" (known: ${STAFF_IDS.join(', ')})`);
		}
		if (member.similarTo !== undefined) {
			if (member.similarTo === key) problem(`${at}.similarTo`, 'a cast member cannot be similar to itself');
			else if (!cast[member.similarTo]) problem(`${at}.similarTo`, `no cast member "${member.similarTo}"`);
			else if (cast[member.similarTo]?.similarTo) problem(`${at}.similarTo`, `"${member.similarTo}" is itself similar to another; point at the original`);
		}
		const known = ids.filter((id) => registry.has(id)).map((id) => registry.get(id));
		for (const template of known) {
			const [minAge, maxAge] = template.eligibility.ageYears;
			const { sex } = template.eligibility;
			if (member.sex && sex !== 'any' && member.sex !== sex) problem(`${at}.sex`, `${template.id} is for ${sex} patients`);
			const age = member.age ?? (member.birthDate ? Math.floor((today - parseDay(member.birthDate)) / 365.25) : undefined);
			if (age !== undefined && (age < minAge || age > maxAge)) {
				problem(member.age !== undefined ? `${at}.age` : `${at}.birthDate`, `age ${age} is outside ${template.id}'s ${minAge}–${maxAge}`);
			}
		}
		const sexes = new Set(known.map((t) => t.eligibility.sex).filter((s) => s !== 'any'));
		if (sexes.size > 1) problem(`${at}.templates`, 'templates for both sexes cannot be combined');
		const low = Math.max(0, ...known.map((t) => t.eligibility.ageYears[0]));
		const high = Math.min(110, ...known.map((t) => t.eligibility.ageYears[1]));
		if (low > high) problem(`${at}.templates`, `no age fits all templates (${low} > ${high})`);
	}
	return problems;
}

/** The scenario, validated; throws a ScenarioError listing every problem. */
export function parseScenario(input: unknown, registry: TemplateRegistry = loadTemplates()): Scenario {
	const problems = scenarioProblems(input, registry);
	if (problems.length > 0) throw new ScenarioError(problems);
	return v.parse(ScenarioSchema, input);
}
