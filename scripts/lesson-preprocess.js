// Svelte preprocessor for lesson files (lessons/**/*.md), run before mdsvex. Instructors write
// markdown only; this gives every lesson what its prose may use without any <script>:
//   <Exercise id="…" />   the exercise component, and
//   {walkin.name}         each cast member of the front matter, as display values, and
//   {history.snoop.name}  the scenario's audit history (lessons/scenario-history.ts).
import { parse } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** @param {string} content */
export function injectLessonScript(content) {
	const match = content.match(FRONT_MATTER);
	/** @type {string[]} */
	let castKeys = [];
	/** @type {unknown} */
	let history;
	if (match) {
		try {
			const front = parse(match[1] ?? '') ?? {};
			castKeys = Object.keys(front?.scenario?.cast ?? {}).filter((key) => IDENTIFIER.test(key));
			history = front?.scenario?.history;
		} catch {
			// A broken front matter is reported by `npm run lessons:check` and on the lesson page.
		}
	}
	const lines = [
		"import Exercise from '$lib/components/lessons/Exercise.svelte';",
		"import { lessonCast } from '$lib/app/lesson-context.svelte';",
		castKeys.length ? `const { ${castKeys.join(', ')} } = lessonCast([${castKeys.map((k) => `'${k}'`).join(', ')}]);` : '',
		// {history.snoop.name}: the scenario's audit history, fixed by the front matter.
		history === undefined ? '' : "import { historyDisplay } from '$lib/lessons/scenario-history';",
		history === undefined ? '' : `const history = historyDisplay(${JSON.stringify(history)});`
	].filter(Boolean);
	const head = match ? match[0] : '';
	const body = content.slice(head.length);
	const instanceScript = /<script(?![^>]*context=["']module["'])(?![^>]*\bmodule\b)[^>]*>/;
	if (instanceScript.test(body)) return head + body.replace(instanceScript, (tag) => `${tag}\n${lines.join('\n')}\n`);
	return `${head}<script>\n${lines.join('\n')}\n</script>\n${body}`;
}

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function lessonPreprocess() {
	return {
		name: 'chartroom-lessons',
		markup({ content, filename }) {
			if (!filename || !/[\\/]lessons[\\/].+\.md$/.test(filename)) return;
			return { code: injectLessonScript(content) };
		}
	};
}
