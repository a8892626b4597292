/**
 * Splits a lesson file into its YAML front matter and markdown body, remembering on which
 * file line each starts so that problems can be reported where the instructor will look.
 */

export interface FrontMatter {
	yaml: string;
	/** File line (1-based) of the first YAML line: 2 when the file opens with `---`. */
	yamlFirstLine: number;
	body: string;
	/** File line of the first body line, just after the closing `---`. */
	bodyFirstLine: number;
}

export interface FrontMatterProblem {
	line: number;
	message: string;
}

const FENCE = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatter | FrontMatterProblem {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	if (!FENCE.test(lines[0] ?? '')) {
		return { line: 1, message: 'a lesson file starts with front matter: a line "---", the YAML fields, then "---"' };
	}
	const closing = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
	if (closing < 0) return { line: 1, message: 'the front matter has no closing "---" line' };
	return {
		yaml: lines.slice(1, closing).join('\n'),
		yamlFirstLine: 2,
		body: lines.slice(closing + 1).join('\n'),
		bodyFirstLine: closing + 2
	};
}

export function isFrontMatterProblem(value: FrontMatter | FrontMatterProblem): value is FrontMatterProblem {
	return 'message' in value;
}
