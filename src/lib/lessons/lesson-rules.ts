/**
 * How the fields of a lesson fit together, beyond their shapes: a choice answer needs
 * choices and a key among them, a record check needs one path and one expectation, element
 * paths and FHIRPath must be real, flags are privacy flags, templates exist. Each problem
 * names the field it is about so the file line can be found.
 */
import type { FieldPath } from '../grading/check-outcome';
import { checkFhirPathSyntax } from '../grading/evaluate-fhirpath';
import { normaliseDate } from '../grading/normalise-date';
import { findCastReferences } from '../grading/template-values';
import { PRIVACY_RULE_IDS } from '../privacy/rule-texts';
import { castTemplateIds } from '../synth/scenario';
import { checkElementPath, isResourceType } from './fhir-element-path';
import type { AnswerExercise, ConductExercise, KeyValue, Lesson, RecordExercise } from './lesson-schema';
import { LESSON_MODULES } from './lesson-schema';
import { closestName, type LessonProblem } from './schema-issues';

export interface LessonRuleOptions {
	/** Template ids that exist (file names in src/lib/synth/templates); unchecked when absent. */
	knownTemplates?: ReadonlySet<string>;
	/** The lesson's file name, to compare its module folder with `module:`. */
	fileName?: string;
}

type Problems = LessonProblem[];

function isTemplated(value: KeyValue): boolean {
	return typeof value === 'string' && findCastReferences(value).length > 0;
}

function listOf<T>(value: T | readonly T[]): readonly T[] {
	return Array.isArray(value) ? value : [value as T];
}

/** Fields that mean something only for some inputs. */
const ANSWER_FIELD_INPUTS: Record<string, readonly AnswerExercise['input'][]> = {
	choices: ['choice', 'list'],
	unit: ['number'],
	analyte: ['number'],
	tolerance: ['number'],
	match: ['text', 'list'],
	order: ['list'],
	system: ['code']
};

function answerRules(at: FieldPath, exercise: AnswerExercise, problems: Problems): void {
	for (const [field, inputs] of Object.entries(ANSWER_FIELD_INPUTS)) {
		if ((exercise as Record<string, unknown>)[field] !== undefined && !inputs.includes(exercise.input)) {
			problems.push({
				path: [...at, field],
				code: 'lesson.field-not-used',
				message: `${field} is used only with input: ${inputs.join(' or ')}`
			});
		}
	}
	const keys = listOf(exercise.key);
	if (exercise.input === 'choice' && exercise.choices === undefined) {
		problems.push({ path: [...at, 'choices'], code: 'lesson.missing-field', message: 'missing field "choices" (a choice answer needs choices)' });
	}
	if (exercise.choices !== undefined && (exercise.input === 'choice' || exercise.input === 'list')) {
		const values = exercise.choices.map((choice) => (typeof choice === 'string' ? choice : choice.value));
		for (const key of keys.filter((key) => !isTemplated(key) && !values.includes(String(key)))) {
			problems.push({
				path: [...at, 'key'],
				code: 'lesson.key-not-a-choice',
				message: `"${key}" is not one of the choices: ${values.join(', ')}`
			});
		}
	}
	if (exercise.input === 'number') {
		for (const key of keys.filter((key) => !isTemplated(key) && !Number.isFinite(Number(key)))) {
			problems.push({ path: [...at, 'key'], code: 'lesson.key-not-a-number', message: `"${key}" is not a number` });
		}
	}
	if (exercise.input === 'date') {
		for (const key of keys.filter((key) => !isTemplated(key) && normaliseDate(String(key)) === undefined)) {
			problems.push({ path: [...at, 'key'], code: 'lesson.key-not-a-date', message: `"${key}" is not a date; write YYYY-MM-DD` });
		}
	}
}

const RECORD_EXPECTATIONS = ['equals', 'oneOf', 'matches', 'exists', 'count'] as const;
const CONDUCT_EXPECTATIONS = ['flag', 'noFlag', 'event', 'noEvent'] as const;

/** Exactly one of the fields; a problem naming them otherwise. */
function exactlyOne(
	at: FieldPath,
	check: Record<string, unknown>,
	fields: readonly string[],
	code: string,
	problems: Problems
): void {
	const given = fields.filter((field) => check[field] !== undefined);
	if (given.length === 1) return;
	problems.push({
		path: at,
		code,
		message:
			given.length === 0
				? `give one of ${fields.join(', ')}`
				: `gives ${given.join(' and ')}; give only one of ${fields.join(', ')}`
	});
}

function recordRules(at: FieldPath, exercise: RecordExercise, problems: Problems): void {
	exercise.checks.forEach((check, index) => {
		const here = [...at, 'checks', index];
		exactlyOne(here, check, ['path', 'fhirpath'], 'lesson.check-needs-path', problems);
		exactlyOne(here, check, RECORD_EXPECTATIONS, 'lesson.check-needs-expectation', problems);
		if (check.path !== undefined) {
			const wrong = checkElementPath(check.path);
			if (wrong !== undefined) problems.push({ path: [...here, 'path'], code: 'lesson.unknown-element', message: wrong });
		}
		if (check.fhirpath !== undefined) {
			const wrong = checkFhirPathSyntax(check.fhirpath);
			if (wrong !== undefined) {
				problems.push({ path: [...here, 'fhirpath'], code: 'lesson.fhirpath-syntax', message: `FHIRPath ${wrong}`, hint: "put {{…}} references inside quotes: 'Patient/{{walkin.id}}'" });
			}
		}
		if (check.matches !== undefined) {
			try {
				new RegExp(check.matches, 'u');
			} catch (error) {
				problems.push({ path: [...here, 'matches'], code: 'lesson.bad-pattern', message: (error as Error).message });
			}
		}
		for (const field of ['unit', 'analyte', 'tolerance'] as const) {
			if (check[field] !== undefined && check.equals === undefined && check.oneOf === undefined) {
				problems.push({ path: [...here, field], code: 'lesson.field-not-used', message: `${field} is used only with equals or oneOf` });
			}
		}
	});
	if (Array.isArray(exercise.unchanged)) {
		exercise.unchanged.forEach((type, index) => {
			if (!isResourceType(type)) {
				problems.push({ path: [...at, 'unchanged', index], code: 'lesson.unknown-resource-type', message: `unknown resource type "${type}"` });
			}
		});
	}
	exercise.solution?.forEach((step, index) => {
		const type = 'resourceType' in step ? step.resourceType : ('update' in step ? step.update : step.delete).split('/')[0];
		const field = 'resourceType' in step ? 'resourceType' : 'update' in step ? 'update' : 'delete';
		if (type !== undefined && !isResourceType(type)) {
			problems.push({ path: [...at, 'solution', index, field], code: 'lesson.unknown-resource-type', message: `unknown resource type "${type}"` });
		}
	});
}

/** The privacy monitor's flags: `privacy.<rule>` for each rule, and `privacy.*` for any. */
export const PRIVACY_FLAGS: readonly string[] = PRIVACY_RULE_IDS.map((rule) => `privacy.${rule}`);

function flagRule(path: FieldPath, flag: string, problems: Problems): void {
	if (flag === 'privacy.*' || PRIVACY_FLAGS.includes(flag)) return;
	const suggestion = closestName(flag, PRIVACY_FLAGS);
	problems.push({
		path,
		code: 'lesson.unknown-flag',
		message: `"${flag}" is not a privacy flag`,
		hint: suggestion === undefined ? `flags: privacy.*, ${PRIVACY_FLAGS.join(', ')}` : `did you mean "${suggestion}"?`
	});
}

function conductRules(at: FieldPath, exercise: ConductExercise, problems: Problems): void {
	exercise.checks.forEach((check, index) => {
		const here = [...at, 'checks', index];
		exactlyOne(here, check, CONDUCT_EXPECTATIONS, 'lesson.check-needs-expectation', problems);
		if (check.before !== undefined && check.event === undefined) {
			problems.push({ path: [...here, 'before'], code: 'lesson.field-not-used', message: 'before is used only with event' });
		}
		if (check.flag !== undefined) flagRule([...here, 'flag'], check.flag, problems);
		if (check.noFlag !== undefined) flagRule([...here, 'noFlag'], check.noFlag, problems);
	});
	exercise.solution?.flags.forEach((flag, index) => flagRule([...at, 'solution', 'flags', index], flag, problems));
}

/** A history entry is about a cast member who has a chart. */
function historyRules(lesson: Lesson, problems: Problems): void {
	const castKeys = Object.keys(lesson.scenario.cast);
	for (const [key, entry] of Object.entries(lesson.scenario.history ?? {})) {
		const member = lesson.scenario.cast[entry.patient];
		if (member === undefined) {
			const suggestion = closestName(entry.patient, castKeys);
			problems.push({
				path: ['scenario', 'history', key, 'patient'],
				code: 'lesson.unknown-cast-member',
				message: `no cast member "${entry.patient}" (${castKeys.length === 0 ? 'the cast is empty' : `cast: ${castKeys.join(', ')}`})`,
				...(suggestion === undefined ? {} : { hint: `did you mean "${suggestion}"?` })
			});
		} else if (member.registered === false) {
			problems.push({ path: ['scenario', 'history', key, 'patient'], code: 'lesson.history-without-chart', message: `"${entry.patient}" is not registered: no chart to have been opened` });
		}
	}
}

function lessonRules(lesson: Lesson, options: LessonRuleOptions, problems: Problems): void {
	if (options.knownTemplates !== undefined) {
		for (const [key, member] of Object.entries(lesson.scenario.cast)) {
			castTemplateIds(member).forEach((template, index) => {
				if (options.knownTemplates?.has(template) !== false) return;
				const suggestion = closestName(template, options.knownTemplates);
				problems.push({
					path: ['scenario', 'cast', key, ...(member.templates === undefined ? ['template'] : ['templates', index])],
					code: 'lesson.unknown-template',
					message: `unknown template "${template}"`,
					hint: suggestion === undefined ? 'templates are the files in src/lib/synth/templates' : `did you mean "${suggestion}"?`
				});
			});
		}
	}
	historyRules(lesson, problems);
	const folders = options.fileName?.split(/[\\/]/).slice(0, -1) ?? [];
	const folderModule = folders.find((folder): folder is keyof typeof LESSON_MODULES => Object.hasOwn(LESSON_MODULES, folder));
	if (folderModule !== undefined && folderModule !== lesson.module) {
		problems.push({
			path: ['module'],
			code: 'lesson.module-folder',
			severity: 'warning',
			message: `the file is in lessons/${folderModule}/ but says module: ${lesson.module}`
		});
	}
}

export function checkLessonRules(lesson: Lesson, options: LessonRuleOptions = {}): LessonProblem[] {
	const problems: Problems = [];
	lessonRules(lesson, options, problems);
	for (const [id, exercise] of Object.entries(lesson.exercises)) {
		const at: FieldPath = ['exercises', id];
		if (exercise.kind === 'answer') answerRules(at, exercise, problems);
		if (exercise.kind === 'record') recordRules(at, exercise, problems);
		if (exercise.kind === 'conduct') conductRules(at, exercise, problems);
		if (exercise.kind !== 'answer' && exercise.solution === undefined) {
			problems.push({
				path: at,
				code: 'lesson.no-solution',
				severity: 'warning',
				message: 'no solution: lessons:check cannot show that the key can be met'
			});
		}
	}
	return problems;
}
