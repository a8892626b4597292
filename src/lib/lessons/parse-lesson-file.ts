/**
 * Reads one lesson file: front matter parsed with line positions, validated against the
 * schema and the rules, every reference checked. Each problem is a Finding whose `where` is
 * `file:line: field`, the line counted in the whole file (the opening `---` is line 1).
 * Pure: the list of templates is passed in, nothing is read from disk.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { finding, type Finding } from '../findings/finding';
import { formatFieldPath, type FieldPath } from '../grading/check-outcome';
import { findCastReferences } from '../grading/template-values';
import { isFrontMatterProblem, splitFrontMatter } from './front-matter';
import { checkCastReference, findBodyCastReferences, findExercisePlacements } from './lesson-references';
import { checkLessonRules, type LessonRuleOptions } from './lesson-rules';
import { LessonSchema, type Lesson } from './lesson-schema';
import type { Scenario as GeneratorScenario } from '../synth/scenario';
import { schemaIssueDescriber, type LessonProblem } from './schema-issues';
import { locateField, visitKeys, visitScalars } from './yaml-locations';

export interface LessonFileOptions extends Pick<LessonRuleOptions, 'knownTemplates'> {
	/**
	 * The generator's own scenario check (`scenarioProblems` of src/lib/synth/scenario.ts with
	 * a template registry): ages and sexes that fit the templates, known allergies… Its
	 * findings' `where` is a path inside the scenario, e.g. `cast.walkin.age`.
	 */
	scenarioProblems?: (scenario: GeneratorScenario) => Finding[];
}

export interface ParsedLessonFile {
	fileName: string;
	/** Present when the front matter has the lesson's shape; `findings` may still hold errors. */
	lesson?: Lesson;
	findings: Finding[];
	/** The file line of a front-matter field. */
	lineOf: (path: FieldPath) => number;
}

/** Keys that could reach an object's prototype when the YAML becomes data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Key values whose number form may differ from what was typed (00123 → 123). */
const KEY_FIELDS = new Set(['key', 'equals', 'oneOf', 'choices', 'solution']);

const describeIssue = schemaIssueDescriber(LessonSchema);

const UNCLOSED = /end with a [\]}]|Missing closing/;

/** `file:12: exercises.claim.checks[2].path` */
export function lessonWhere(fileName: string, line: number, field: string): string {
	return `${fileName}:${line}: ${field}`;
}

function fieldLabel(path: FieldPath): string {
	return path.length === 0 ? 'front matter' : formatFieldPath(path);
}

function problemFinding(fileName: string, line: number, problem: LessonProblem): Finding {
	return finding(
		problem.severity ?? 'error',
		problem.code,
		lessonWhere(fileName, line, fieldLabel(problem.path)),
		problem.message,
		problem.hint === undefined ? {} : { hint: problem.hint }
	);
}

/** yaml says "Map keys must be unique at line 4, column 1:\n\n…"; the line goes in `where`. */
function yamlMessage(error: YAMLError): string {
	const first = error.message.split('\n')[0] ?? error.message;
	return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** `cast.walkin.templates[0]` → ['scenario', 'cast', 'walkin', 'templates', 0] */
function scenarioPath(where: string): FieldPath {
	const steps = [...where.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? '') : Number(match[2])));
	return ['scenario', ...steps.filter((step) => step !== '(root)')];
}

/** Findings sorted by line, keeping their order within a line. */
function byLine(findings: Finding[]): Finding[] {
	const lineOfWhere = (where: string) => Number(/:(\d+): /.exec(where)?.[1] ?? 0);
	return findings
		.map((one, index) => ({ one, index }))
		.sort((a, b) => lineOfWhere(a.one.where) - lineOfWhere(b.one.where) || a.index - b.index)
		.map(({ one }) => one);
}

function historyKeysOf(data: unknown): string[] {
	const history = (data as { scenario?: { history?: unknown } } | null)?.scenario?.history;
	return typeof history === 'object' && history !== null ? Object.keys(history) : [];
}

function castKeysOf(data: unknown): string[] {
	const cast = (data as { scenario?: { cast?: unknown } } | null)?.scenario?.cast;
	return typeof cast === 'object' && cast !== null ? Object.keys(cast) : [];
}

export function parseLessonFile(fileName: string, text: string, options: LessonFileOptions = {}): ParsedLessonFile {
	const split = splitFrontMatter(text);
	if (isFrontMatterProblem(split)) {
		return {
			fileName,
			findings: [finding('error', 'lesson.no-front-matter', lessonWhere(fileName, split.line, 'front matter'), split.message)],
			lineOf: () => 1
		};
	}
	const lineCounter = new LineCounter();
	const document = parseDocument(split.yaml, { lineCounter, prettyErrors: true, uniqueKeys: true });
	const toFileLine = (yamlLine: number) => (yamlLine === 0 ? 1 : yamlLine + split.yamlFirstLine - 1);
	const lineOf = (path: FieldPath) => toFileLine(locateField(document, lineCounter, path));
	const at = (path: FieldPath, problem: Omit<LessonProblem, 'path'>) => problemFinding(fileName, lineOf(path), { path, ...problem });
	const result = (findings: Finding[], lesson?: Lesson): ParsedLessonFile => ({
		fileName,
		findings: byLine(findings),
		lineOf,
		...(lesson === undefined ? {} : { lesson })
	});

	const syntax = [...document.errors, ...document.warnings].map((error) =>
		finding(
			error.name === 'YAMLWarning' ? 'warning' : 'error',
			'lesson.yaml-syntax',
			lessonWhere(fileName, toFileLine(error.linePos?.[0].line ?? 0), 'front matter'),
			yamlMessage(error),
			// yaml notices an unclosed bracket or quote only where the next line begins.
			UNCLOSED.test(error.message) ? { hint: 'a [, { or " opened on an earlier line is not closed' } : {}
		)
	);
	if (document.errors.length > 0) return result(syntax);

	const findings: Finding[] = [...syntax];
	visitKeys(document, lineCounter, (path, line) => {
		const key = String(path.at(-1));
		if (FORBIDDEN_KEYS.has(key)) {
			findings.push(finding('error', 'lesson.forbidden-key', lessonWhere(fileName, toFileLine(line), formatFieldPath(path)), `"${key}" cannot be a field name`));
		}
	});
	if (findings.some((one) => one.code === 'lesson.forbidden-key')) return result(findings);

	const data: unknown = document.toJS({ maxAliasCount: 100 });
	const castKeys = castKeysOf(data);
	const historyKeys = historyKeysOf(data);
	visitScalars(document, lineCounter, (path, scalar, line) => {
		const where = lessonWhere(fileName, toFileLine(line), formatFieldPath(path));
		if (typeof scalar.value === 'string') {
			for (const reference of findCastReferences(scalar.value)) {
				const wrong = checkCastReference(reference, castKeys, historyKeys);
				if (wrong !== undefined) findings.push(finding('error', 'lesson.unknown-cast-reference', where, wrong));
			}
		}
		if (typeof scalar.value === 'number' && scalar.source !== undefined && scalar.source !== String(scalar.value) && path.some((step) => KEY_FIELDS.has(String(step)))) {
			findings.push(
				finding('warning', 'lesson.number-as-written', where, `YAML reads ${scalar.source} as the number ${scalar.value}`, {
					hint: `write "${scalar.source}" in quotes to keep it as written`
				})
			);
		}
	});

	const parsed = v.safeParse(LessonSchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const problem = describeIssue(issue);
			findings.push(at(problem.path, problem));
		}
		return result(findings);
	}
	const lesson = parsed.output;
	for (const problem of checkLessonRules(lesson, { ...options, fileName })) findings.push(at(problem.path, problem));
	const { perLearner: _perLearner, history: _history, ...generatorScenario } = lesson.scenario;
	for (const problem of options.scenarioProblems?.(generatorScenario) ?? []) {
		const path = scenarioPath(problem.where);
		const where = lessonWhere(fileName, lineOf(path), formatFieldPath(path));
		// The template check is made here too; one report of it is enough.
		if (!findings.some((one) => one.where === where && one.message === problem.message)) {
			findings.push(finding(problem.severity, 'lesson.scenario', where, problem.message));
		}
	}

	const toBodyLine = (line: number) => line + split.bodyFirstLine - 1;
	const placements = findExercisePlacements(split.body);
	const exerciseIds = Object.keys(lesson.exercises);
	for (const placement of placements.filter((one) => !exerciseIds.includes(one.id))) {
		findings.push(
			finding('error', 'lesson.unknown-exercise', lessonWhere(fileName, toBodyLine(placement.line), 'body'), `<Exercise id="${placement.id}" /> names no exercise (exercises: ${exerciseIds.join(', ')})`)
		);
	}
	for (const id of exerciseIds.filter((one) => !placements.some((placement) => placement.id === one))) {
		findings.push(at(['exercises', id], { code: 'lesson.unplaced-exercise', message: `exercise "${id}" is not placed in the text; add <Exercise id="${id}" />` }));
	}
	for (const { reference, line } of findBodyCastReferences(split.body)) {
		const wrong = checkCastReference(reference, castKeys, historyKeys);
		if (wrong !== undefined) findings.push(finding('error', 'lesson.unknown-cast-reference', lessonWhere(fileName, toBodyLine(line), 'body'), wrong));
	}
	return result(findings, lesson);
}
