/**
 * Valibot's issues, reworded for an instructor: "unknown field "chekcs" (did you mean
 * "checks"?)" rather than "Invalid key: Expected never but received "chekcs"".
 */
import type { BaseIssue, GenericSchema } from 'valibot';
import type { FieldPath } from '../grading/check-outcome';

export interface LessonProblem {
	path: FieldPath;
	code: string;
	message: string;
	severity?: 'error' | 'warning';
	hint?: string;
}

/** Every field name the schema knows, for "did you mean" suggestions. */
export function fieldNamesOf(schema: unknown): Set<string> {
	const names = new Set<string>();
	const seen = new Set<unknown>();
	const walk = (node: unknown): void => {
		if (typeof node !== 'object' || node === null || seen.has(node)) return;
		seen.add(node);
		const parts = node as { entries?: Record<string, unknown>; options?: unknown[]; item?: unknown; value?: unknown; wrapped?: unknown; pipe?: unknown[] };
		for (const [name, child] of Object.entries(parts.entries ?? {})) {
			names.add(name);
			walk(child);
		}
		for (const child of [...(parts.options ?? []), ...(parts.pipe ?? []), parts.item, parts.value, parts.wrapped]) walk(child);
	};
	walk(schema);
	return names;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] ?? Math.max(a.length, b.length);
}

/** The closest known name, if it is a plausible typo (at most two edits away). */
export function closestName(name: string, known: Iterable<string>): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = editDistance(name, candidate);
		if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
	}
	return best?.name;
}

const TYPE_WORDS: Record<string, string> = {
	string: 'a text',
	number: 'a number',
	boolean: 'true or false',
	Array: 'a list',
	Object: 'a group of fields'
};

/** `("a" | "b")` → `a, b` */
function listedValues(expected: string): string {
	return expected.replace(/^\(|\)$/g, '').split(' | ').map((value) => value.replace(/^"|"$/g, '')).join(', ');
}

function foundWords(received: string): string {
	return received === 'undefined' ? 'nothing' : (TYPE_WORDS[received] ?? received);
}

export function describeSchemaIssue(issue: BaseIssue<unknown>, knownFields: ReadonlySet<string>): LessonProblem {
	const path: FieldPath = (issue.path ?? []).map((item) => item.key as string | number);
	const field = String(path.at(-1) ?? '');
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		const suggestion = closestName(field, knownFields);
		return {
			path,
			code: 'lesson.unknown-field',
			message: `unknown field "${field}"`,
			...(suggestion === undefined ? {} : { hint: `did you mean "${suggestion}"?` })
		};
	}
	if (issue.received === 'undefined' && issue.type === 'strict_object') {
		return { path, code: 'lesson.missing-field', message: `missing field "${field}"` };
	}
	if (issue.type === 'picklist' || issue.type === 'variant' || issue.type === 'literal') {
		return {
			path,
			code: 'lesson.unknown-value',
			message: `${issue.received} is not one of: ${listedValues(issue.expected ?? '')}`
		};
	}
	if (issue.kind === 'schema' && issue.type !== 'union') {
		return {
			path,
			code: 'lesson.wrong-type',
			message: `expected ${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected}, found ${foundWords(issue.received)}`
		};
	}
	return { path, code: 'lesson.invalid-value', message: issue.message };
}

/** Reworded issues for one schema, with its field names computed once. */
export function schemaIssueDescriber(schema: GenericSchema): (issue: BaseIssue<unknown>) => LessonProblem {
	const known = fieldNamesOf(schema);
	return (issue) => describeSchemaIssue(issue, known);
}
