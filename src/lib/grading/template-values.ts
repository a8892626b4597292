/**
 * Values taken from the lesson's cast: `{{walkin.birthDate}}` in an answer key becomes the
 * birth date the generator gave this learner's walk-in patient. Keys are written once and
 * stay right for every seed.
 */
import type { Patient } from '@medplum/fhirtypes';
import { finding, type Finding } from '../findings/finding';
import type { PaperIntakeValues } from '../lessons/paper-intake-values';
import type { HistoryValues } from '../lessons/scenario-history';

/** The handy facts about one cast member, plus the generated Patient itself. */
export interface CastMemberValues {
	/** Patient resource id. */
	id: string;
	/** `Patient/<id>`, for FHIRPath checks on references. */
	reference: string;
	mrn: string;
	/** A name renders as its `text` ("Maria Lopez") when written whole: `{walkin.name}`. */
	name: { text: string; given: string; family: string };
	birthDate: string;
	gender: string;
	/** Age in whole years on the scenario's today. */
	age: number;
	phone: string;
	address: { text: string; line: string; city: string; state: string; postalCode: string };
	/** The clinical template the member was built from. */
	template: string;
	/** False when the learner is to register this person (no chart exists yet). */
	registered: boolean;
	patient: Patient;
	/** What the member's scanned intake form says, when the scenario gives them one (`paperIntake:`). */
	paper?: PaperIntakeValues;
}

export interface CastContext {
	/** The scenario's "today", ISO date: `{{today}}`. */
	today: string;
	cast: Readonly<Record<string, CastMemberValues>>;
	/** The scenario's audit history, by entry key: `{{history.snoop.name}}` (lessons/scenario-history.ts). */
	history?: Readonly<Record<string, HistoryValues>>;
}

/** Top-level fields a reference may name after the member: `{{walkin.<field>…}}`. */
export const CAST_FIELDS = [
	'id',
	'reference',
	'mrn',
	'name',
	'birthDate',
	'gender',
	'age',
	'phone',
	'address',
	'template',
	'registered',
	'patient',
	'paper'
] as const satisfies readonly (keyof CastMemberValues)[];

/** `{{today}}` and `{{history.…}}` are not cast members; cast keys may not take these names. */
export const RESERVED_CAST_KEYS = ['today', 'history'] as const;

/** One `{{key.path}}` or `{key.path}` in a text. */
export interface CastReference {
	/** The whole reference as written, braces included. */
	written: string;
	member: string;
	/** Field names after the member, e.g. ['name', 'family']. */
	path: string[];
	index: number;
}

const SEGMENT = '[A-Za-z_][A-Za-z0-9_]*';
// Double braces may name a bare key ({{today}}); single braces need a dot so that Svelte
// blocks ({#if}), regex counts ({3}) and ordinary braces are not mistaken for references.
const REFERENCE = new RegExp(
	`\\{\\{\\s*(${SEGMENT}(?:\\.(?:${SEGMENT}|\\d+))*)\\s*\\}\\}|\\{(${SEGMENT}(?:\\.(?:${SEGMENT}|\\d+))+)\\}`,
	'g'
);

export function findCastReferences(text: string): CastReference[] {
	return [...text.matchAll(REFERENCE)].map((match) => {
		const [member = '', ...path] = (match[1] ?? match[2] ?? '').split('.');
		return { written: match[0], member, path, index: match.index };
	});
}

type Scalar = string | number | boolean;

function lookup(root: unknown, path: readonly string[]): { found: true; value: unknown } | { found: false; at: number } {
	let current: unknown = root;
	for (const [at, segment] of path.entries()) {
		if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
			return { found: false, at };
		}
		current = (current as Record<string, unknown>)[segment];
	}
	return { found: true, value: current };
}

function asScalar(value: unknown): Scalar | undefined {
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	if (typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string') {
		return (value as { text: string }).text;
	}
	return undefined;
}

export interface ResolvedValue<T> {
	value: T;
	findings: Finding[];
}

function resolveReference(
	reference: CastReference,
	context: CastContext,
	where: string
): ResolvedValue<Scalar | undefined> {
	const fail = (code: string, message: string): ResolvedValue<undefined> => ({
		value: undefined,
		findings: [finding('error', code, where, message)]
	});
	if (reference.member === 'today' && reference.path.length === 0) return { value: context.today, findings: [] };
	const member = reference.member === 'history' ? context.history : context.cast[reference.member];
	if (member === undefined && reference.member === 'history') return fail('template.unknown-field', `${reference.written}: the scenario has no history`);
	if (member === undefined) {
		const known = Object.keys(context.cast).join(', ') || 'none';
		return fail('template.unknown-cast-member', `${reference.written}: no cast member "${reference.member}" (cast: ${known})`);
	}
	const result = lookup(member, reference.path);
	if (!result.found) {
		const missing = [reference.member, ...reference.path.slice(0, result.at + 1)].join('.');
		return fail('template.unknown-field', `${reference.written}: the cast has no value "${missing}"`);
	}
	const scalar = asScalar(result.value);
	if (scalar === undefined) {
		return fail('template.not-a-value', `${reference.written}: names a group of values, not one value; add a field`);
	}
	return { value: scalar, findings: [] };
}

/**
 * Fills the references in one text. A text that is exactly one reference keeps the value's
 * type (`{{walkin.age}}` → 34, a number); otherwise the result is a string.
 */
export function resolveTemplate(text: string, context: CastContext, where: string): ResolvedValue<Scalar> {
	const references = findCastReferences(text);
	const only = references[0];
	if (references.length === 1 && only !== undefined && only.written === text.trim()) {
		const resolved = resolveReference(only, context, where);
		return { value: resolved.value ?? text, findings: resolved.findings };
	}
	const findings: Finding[] = [];
	const value = text.replace(REFERENCE, (written) => {
		const [reference] = findCastReferences(written);
		if (reference === undefined) return written;
		const resolved = resolveReference(reference, context, where);
		findings.push(...resolved.findings);
		return resolved.value === undefined ? written : String(resolved.value);
	});
	return { value, findings };
}

/**
 * Fills the references in learner-facing words (labels, hints). Unknown references stay as
 * written: lessons:check reports them, and a hint with a gap is better than no hint.
 */
export function fillText(text: string, context: CastContext): string {
	return String(resolveTemplate(text, context, '').value);
}

/** Fills every string inside a value (a key list, a FHIR resource in a solution). */
export function resolveTemplates<T>(value: T, context: CastContext, where: string): ResolvedValue<T> {
	const findings: Finding[] = [];
	const visit = (node: unknown): unknown => {
		if (typeof node === 'string') {
			const resolved = resolveTemplate(node, context, where);
			findings.push(...resolved.findings);
			return resolved.value;
		}
		if (Array.isArray(node)) return node.map(visit);
		if (typeof node === 'object' && node !== null) {
			return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child)]));
		}
		return node;
	};
	return { value: visit(value) as T, findings };
}
