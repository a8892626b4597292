/**
 * Placeholders in template note fragments: `{person}`, `{vital.systolic}`, `{lab.a1c}`,
 * `{med.metformin}`, `{term.side}`. Parsed here so that loading can reject unknown ones and the
 * generator can fill them.
 */
import { VITAL_KEYS } from './vital-signs';

export const BASIC_PLACEHOLDERS = [
	'person',
	'given',
	'family',
	'age',
	'weeks',
	'onset',
	'provider',
	'vaccines',
	'problems',
	'bmi'
] as const;

export type BasicPlaceholder = (typeof BASIC_PLACEHOLDERS)[number];
export const PLACEHOLDER_NAMESPACES = ['vital', 'lab', 'med', 'term'] as const;
export type PlaceholderNamespace = (typeof PLACEHOLDER_NAMESPACES)[number];

export type Placeholder =
	| { raw: string; namespace: 'basic'; name: BasicPlaceholder }
	| { raw: string; namespace: PlaceholderNamespace; name: string }
	| { raw: string; namespace: 'unknown'; name: string };

const PATTERN = /\{([a-zA-Z0-9.-]+)\}/g;

function classify(raw: string, inner: string): Placeholder {
	const dot = inner.indexOf('.');
	if (dot < 0) {
		return (BASIC_PLACEHOLDERS as readonly string[]).includes(inner)
			? { raw, namespace: 'basic', name: inner as BasicPlaceholder }
			: { raw, namespace: 'unknown', name: inner };
	}
	const namespace = inner.slice(0, dot);
	const name = inner.slice(dot + 1);
	if (!(PLACEHOLDER_NAMESPACES as readonly string[]).includes(namespace)) return { raw, namespace: 'unknown', name: inner };
	if (namespace === 'vital' && !(VITAL_KEYS as readonly string[]).includes(name)) {
		return { raw, namespace: 'unknown', name: inner };
	}
	return { raw, namespace: namespace as PlaceholderNamespace, name };
}

export function placeholdersIn(text: string): Placeholder[] {
	const found: Placeholder[] = [];
	for (const match of text.matchAll(PATTERN)) found.push(classify(match[0], match[1] ?? ''));
	return found;
}

const compiled = new Map<string, readonly (string | Placeholder)[]>();

/** A fragment split once into literal text and placeholders (fragments repeat across patients). */
function compile(text: string): readonly (string | Placeholder)[] {
	let parts = compiled.get(text);
	if (!parts) {
		const built: (string | Placeholder)[] = [];
		let last = 0;
		for (const match of text.matchAll(PATTERN)) {
			const at = match.index ?? 0;
			if (at > last) built.push(text.slice(last, at));
			built.push(classify(match[0], match[1] ?? ''));
			last = at + match[0].length;
		}
		if (last < text.length) built.push(text.slice(last));
		parts = built;
		if (compiled.size < 10_000) compiled.set(text, parts);
	}
	return parts;
}

export function fillPlaceholders(text: string, valueOf: (placeholder: Placeholder) => string): string {
	let out = '';
	for (const part of compile(text)) out += typeof part === 'string' ? part : valueOf(part);
	return out;
}
