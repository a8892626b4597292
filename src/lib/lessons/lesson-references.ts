/**
 * What the text of a lesson refers to: `<Exercise id="…" />` placements and cast references
 * (`{walkin.name}` in prose, `{{walkin.birthDate}}` in keys). A reference to nothing would
 * show a blank to every learner, so each is checked against the front matter.
 */
import { CAST_FIELDS, RESERVED_CAST_KEYS, findCastReferences, type CastReference } from '../grading/template-values';
import { HISTORY_FIELDS } from './scenario-history';
import { closestName } from './schema-issues';

export interface Placement {
	id: string;
	/** Line within the body, 1-based. */
	line: number;
}

export interface BodyCastReference {
	reference: CastReference;
	line: number;
}

const EXERCISE_TAG = /<Exercise\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})[^>]*>/g;
const FENCE = /^\s*(```|~~~)/;
const INLINE_CODE = /`[^`\n]*`/g;

/** Body lines with code blocks and inline code blanked out: examples there are not references. */
function proseLines(body: string): string[] {
	let fenced: string | undefined;
	return body.split(/\r\n|\r|\n/).map((line) => {
		const fence = FENCE.exec(line)?.[1];
		if (fence !== undefined && (fenced === undefined || fenced === fence)) {
			fenced = fenced === undefined ? fence : undefined;
			return '';
		}
		return fenced === undefined ? line.replace(INLINE_CODE, (code) => ' '.repeat(code.length)) : '';
	});
}

export function findExercisePlacements(body: string): Placement[] {
	return proseLines(body).flatMap((line, index) =>
		[...line.matchAll(EXERCISE_TAG)].map((match) => ({ id: match[1] ?? match[2] ?? match[3] ?? '', line: index + 1 }))
	);
}

export function findBodyCastReferences(body: string): BodyCastReference[] {
	return proseLines(body).flatMap((line, index) =>
		findCastReferences(line).map((reference) => ({ reference, line: index + 1 }))
	);
}

/** `{{history.<entry>.<field>}}`: an entry of `scenario.history` and one of its fields. */
function checkHistoryReference(reference: CastReference, historyKeys: readonly string[]): string | undefined {
	const [key, field, ...rest] = reference.path;
	if (key === undefined || field === undefined || rest.length > 0) return `${reference.written}: write {{history.<entry>.<field>}}, e.g. {{history.${key ?? 'snoop'}.name}}`;
	if (!historyKeys.includes(key)) {
		const known = historyKeys.length === 0 ? 'the scenario has no history' : `history: ${historyKeys.join(', ')}`;
		return `${reference.written}: unknown history entry "${key}" (${known})`;
	}
	if (!(HISTORY_FIELDS as readonly string[]).includes(field)) return `${reference.written}: unknown history field "${field}" (fields: ${HISTORY_FIELDS.join(', ')})`;
	return undefined;
}

/** What is wrong with a cast reference, or undefined when it names a member and a field. */
export function checkCastReference(reference: CastReference, castKeys: readonly string[], historyKeys: readonly string[] = []): string | undefined {
	if (reference.member === 'history') return checkHistoryReference(reference, historyKeys);
	if ((RESERVED_CAST_KEYS as readonly string[]).includes(reference.member)) {
		return reference.path.length === 0 ? undefined : `${reference.written}: {{${reference.member}}} has no fields`;
	}
	if (!castKeys.includes(reference.member)) {
		const suggestion = closestName(reference.member, castKeys);
		const known = castKeys.length === 0 ? 'the cast is empty' : `cast: ${castKeys.join(', ')}`;
		return `${reference.written}: unknown cast member "${reference.member}" (${suggestion === undefined ? known : `did you mean "${suggestion}"?`})`;
	}
	const [field] = reference.path;
	if (field === undefined) return `${reference.written}: name a field, e.g. {{${reference.member}.name}}`;
	if (!(CAST_FIELDS as readonly string[]).includes(field)) {
		const suggestion = closestName(field, CAST_FIELDS);
		return `${reference.written}: unknown cast field "${field}" (${suggestion === undefined ? `fields: ${CAST_FIELDS.join(', ')}` : `did you mean "${suggestion}"?`})`;
	}
	return undefined;
}
