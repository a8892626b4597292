/**
 * npm run lessons:check [dir…] — checks every lesson file (default: lessons/) and prints
 * one line per problem, `file:line: field: what is wrong`; exits 1 on any error.
 * Run with `npx tsx scripts/lessons-check.ts`. Relative imports only: tsx knows no `$lib`.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLessons, formatFindingLine, summaryLine, type LessonSource, type LessonsCheckOptions } from '../src/lib/lessons/lessons-check';
import { buildLessonCast } from '../src/lib/lessons/cast-context-from-records';
import { buildTemplateRegistry } from '../src/lib/synth/load-templates';
import { scenarioProblems } from '../src/lib/synth/scenario';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const templatesFolder = join(root, 'src', 'lib', 'synth', 'templates');

function markdownFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md') && !name.split(sep).includes('node_modules'))
		.map((name) => join(folder, name))
		.sort();
}

/**
 * Template ids (the JSON file names) and, when the templates themselves are sound, the
 * generator's scenario check. `loadTemplates()` needs Vite's import.meta.glob, so the
 * registry is built here from the files on disk.
 */
function templateChecks(notes: string[]): Pick<LessonsCheckOptions, 'knownTemplates' | 'scenarioProblems' | 'castFor'> {
	if (!existsSync(templatesFolder)) {
		notes.push('templates not checked: no src/lib/synth/templates');
		return {};
	}
	const files = readdirSync(templatesFolder).filter((name) => name.endsWith('.json'));
	const knownTemplates = new Set(files.map((name) => basename(name, '.json')));
	try {
		const registry = buildTemplateRegistry(
			Object.fromEntries(files.map((name) => [`./templates/${name}`, JSON.parse(readFileSync(join(templatesFolder, name), 'utf8')) as unknown]))
		);
		return {
			knownTemplates,
			scenarioProblems: (scenario) => scenarioProblems(scenario, registry),
			// The cast a learner gets: the scenario through the real generator, with these templates.
			castFor: (lesson) => buildLessonCast(lesson.scenario, { templates: registry })
		};
	} catch (error) {
		notes.push(`scenarios not checked against templates: ${(error as Error).message.split('\n')[0]}`);
		return { knownTemplates };
	}
}

function main(args: readonly string[]): number {
	const folders = args.length > 0 ? args : ['lessons'];
	const sources: LessonSource[] = [];
	for (const folder of folders) {
		if (!existsSync(folder) || !statSync(folder).isDirectory()) {
			console.error(`lessons:check: ${folder}: no such folder`);
			return 1;
		}
		for (const file of markdownFiles(folder)) {
			// Messages name files as the instructor sees them, relative and with forward slashes.
			sources.push({ fileName: relative(process.cwd(), file).split(sep).join('/'), text: readFileSync(file, 'utf8') });
		}
	}
	const notes: string[] = [];
	const report = checkLessons(sources, templateChecks(notes));
	for (const one of report.findings) console.log(formatFindingLine(one));
	console.log(notes.length === 0 ? summaryLine(report) : `${summaryLine(report)} (${notes.join('; ')})`);
	return report.errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
