/**
 * The "validate everything" pass over all lesson files (npm run lessons:check): each file's
 * schema, rules and references, lesson ids unique across files, and each exercise's
 * reference solution graded against its own key, so a key that no learner could meet is
 * caught before a learner meets it. Pure: files and templates come in as data.
 */
import { finding, type Finding } from '../findings/finding';
import { formatFieldPath, isPassed, type FieldPath } from '../grading/check-outcome';
import { gradeAttempt } from '../grading/grade-attempt';
import type { GradingOptions } from '../grading/grade-exercise';
import { gradeRecord } from '../grading/grade-record';
import { buildLessonCast, type LessonCast } from './cast-context-from-records';
import type { Lesson } from './lesson-schema';
import { lessonWhere, parseLessonFile, type LessonFileOptions, type ParsedLessonFile } from './parse-lesson-file';
import { solutionEvidence } from './solution-evidence';

export interface LessonSource {
	/** As it should appear in messages, e.g. lessons/coding/03-claims.md */
	fileName: string;
	text: string;
}

export interface LessonsCheckOptions extends GradingOptions, LessonFileOptions {
	/**
	 * The cast a learner gets, generated from the lesson's scenario (by default with the
	 * templates Vite bundles; a Node script passes its own registry). May throw: the error is
	 * reported at the scenario.
	 */
	castFor?: (lesson: Lesson) => LessonCast;
}

export interface LessonsCheckReport {
	files: number;
	lessons: Lesson[];
	/** In file and line order. */
	findings: Finding[];
	errors: number;
	warnings: number;
}

function at(parsed: ParsedLessonFile, path: FieldPath, severity: 'error' | 'warning', code: string, message: string): Finding {
	return finding(severity, code, lessonWhere(parsed.fileName, parsed.lineOf(path), formatFieldPath(path)), message);
}

/** Solutions that fail their key, keys that cannot be read, keys met before any work. */
export function checkLessonSolutions(parsed: ParsedLessonFile, lesson: Lesson, cast: LessonCast, options: GradingOptions = {}): Finding[] {
	const { context } = cast;
	const run = solutionEvidence(lesson, context, cast.chart);
	const findings = run.problems.map((problem) => at(parsed, problem.path, problem.severity ?? 'error', problem.code, problem.message));
	const result = gradeAttempt(lesson, run.evidence, context, options);
	// Without a solution there is nothing to meet the key with: the rules already warned.
	const solved = (id: string) => {
		const exercise = lesson.exercises[id];
		return exercise !== undefined && (exercise.kind === 'answer' || exercise.solution !== undefined);
	};
	for (const { exerciseId, checks } of result.exercises) {
		for (const check of checks) {
			if (check.code === 'grade.key-error') {
				findings.push(at(parsed, check.source, 'error', 'lesson.key-error', check.expected));
			} else if (!isPassed(check) && solved(exerciseId)) {
				findings.push(
					at(parsed, check.source, 'error', 'lesson.solution-fails-key', `the solution does not meet this check: expected ${check.expected}, found ${check.found}`)
				);
			}
		}
	}
	for (const [id, exercise] of Object.entries(lesson.exercises)) {
		const evidence = run.evidence[id];
		if (exercise.kind !== 'record' || evidence?.kind !== 'record') continue;
		const untouched = gradeRecord(id, { ...exercise, unchanged: false }, { before: evidence.before, after: evidence.before }, context);
		if (untouched.every(isPassed)) {
			findings.push(at(parsed, ['exercises', id, 'checks'], 'warning', 'lesson.key-met-without-work', 'the checks pass before the learner does anything'));
		}
	}
	return findings;
}

/** The lesson's cast, or the finding that says why the generator could not build it. */
function generatedCast(parsed: ParsedLessonFile, lesson: Lesson, castFor: (lesson: Lesson) => LessonCast): LessonCast | Finding[] {
	try {
		return castFor(lesson);
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return [at(parsed, ['scenario'], 'error', 'lesson.cast-not-generated', `the generator could not build this scenario's cast: ${message}`)];
	}
}

function duplicateIds(parsedFiles: readonly ParsedLessonFile[]): Finding[] {
	const first = new Map<string, string>();
	const findings: Finding[] = [];
	for (const parsed of parsedFiles) {
		if (parsed.lesson === undefined) continue;
		const here = `${parsed.fileName}:${parsed.lineOf(['id'])}`;
		const earlier = first.get(parsed.lesson.id);
		if (earlier === undefined) first.set(parsed.lesson.id, here);
		else findings.push(at(parsed, ['id'], 'error', 'lesson.duplicate-id', `lesson id "${parsed.lesson.id}" is already used by ${earlier}`));
	}
	return findings;
}

function lineOrder(a: Finding, b: Finding): number {
	const [fileA = '', lineA = '0'] = a.where.split(':');
	const [fileB = '', lineB = '0'] = b.where.split(':');
	return fileA < fileB ? -1 : fileA > fileB ? 1 : Number(lineA) - Number(lineB);
}

export function checkLessons(sources: readonly LessonSource[], options: LessonsCheckOptions = {}): LessonsCheckReport {
	const castFor = options.castFor ?? ((lesson: Lesson) => buildLessonCast(lesson.scenario));
	const parsedFiles = sources.map((source) => parseLessonFile(source.fileName, source.text, options));
	const findings: Finding[] = [];
	for (const parsed of parsedFiles) {
		findings.push(...parsed.findings);
		// Grading a lesson whose keys are already known to be broken would only repeat them.
		if (parsed.lesson !== undefined && !parsed.findings.some((one) => one.severity === 'error')) {
			const cast = generatedCast(parsed, parsed.lesson, castFor);
			if (cast instanceof Array) findings.push(...cast);
			else findings.push(...checkLessonSolutions(parsed, parsed.lesson, cast, options));
		}
	}
	findings.push(...duplicateIds(parsedFiles));
	const sorted = [...findings].sort(lineOrder);
	return {
		files: sources.length,
		lessons: parsedFiles.flatMap((parsed) => (parsed.lesson === undefined ? [] : [parsed.lesson])),
		findings: sorted,
		errors: sorted.filter((one) => one.severity === 'error').length,
		warnings: sorted.filter((one) => one.severity === 'warning').length
	};
}

/** `lessons/coding/03-claims.md:12: exercises.claim.checks[2].path: unknown field "Claim.foo"` */
export function formatFindingLine(one: Finding): string {
	const line = `${one.where}: ${one.message}${one.severity === 'warning' ? ' (warning)' : ''}`;
	return one.hint === undefined ? line : `${line}\n    hint: ${one.hint}`;
}

export function summaryLine(report: LessonsCheckReport): string {
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	return `lessons:check: ${plural(report.files, 'file')}, ${plural(report.lessons.length, 'lesson')}, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
}
