/**
 * Text normalisation for grading typed answers and charted values. Learners are not marked
 * down for capitals, spacing or accents they could not type; names also forgive punctuation
 * because registration desks write "O'Brien", "OBrien" and "O Brien" for the same person.
 */

/** How strictly two texts must agree. */
export type TextMatch = 'exact' | 'loose' | 'name';

export const TEXT_MATCHES: readonly TextMatch[] = ['exact', 'loose', 'name'];

const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;
/** Everything that is not a letter or digit: apostrophes, hyphens, periods, commas, spaces. */
const NAME_SEPARATORS = /[^\p{L}\p{N}]+/gu;

function looseOnce(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.replace(WHITESPACE, ' ')
		.trim();
}

/**
 * Case folding and decomposition do not always reach a fixed point in one pass (a few
 * characters lower-case into letters that decompose again), so repeat until stable; this
 * is what makes the normaliser idempotent for every Unicode input.
 */
function untilStable(text: string, step: (text: string) => string): string {
	let current = text;
	for (let pass = 0; pass < 4; pass += 1) {
		const next = step(current);
		if (next === current) return next;
		current = next;
	}
	return current;
}

/** The comparable form of a text under a match mode. */
export function normaliseText(text: string, match: TextMatch = 'loose'): string {
	switch (match) {
		case 'exact':
			return text.trim();
		case 'loose':
			return untilStable(text, looseOnce);
		case 'name':
			return untilStable(text, (current) => looseOnce(current).replace(NAME_SEPARATORS, ''));
	}
}

/** Whether the learner's text and the key's text agree under a match mode. */
export function textMatches(found: string, expected: string, match: TextMatch = 'loose'): boolean {
	return normaliseText(found, match) === normaliseText(expected, match);
}
