/**
 * Plays a lesson's reference solutions as a learner would: types the answers, applies the
 * record changes to the one chart one exercise after another, and writes the audit events.
 * The chart's changes are then split among the record exercises exactly as a learner's are
 * (record-evidence-by-exercise.ts), so lessons:check shows that each key can be met the way
 * the lesson page will grade it.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from '../db/audit-record';
import { finding } from '../findings/finding';
import type { FieldPath } from '../grading/check-outcome';
import type { AttemptEvidence } from '../grading/grade-attempt';
import type { ExerciseEvidence } from '../grading/grade-exercise';
import { recordEvidenceByExercise } from '../grading/record-evidence-by-exercise';
import { referenceOf } from '../grading/resource-diff';
import { resolveTemplates, type CastContext } from '../grading/template-values';
import type { AnswerExercise, ConductExercise, Lesson, RecordExercise, RecordSolutionStep } from './lesson-schema';
import type { LessonProblem } from './schema-issues';

export interface SolutionRun {
	evidence: AttemptEvidence;
	problems: LessonProblem[];
}

/** The registered cast members' Patient resources: a chart when no generated one is at hand. */
export function castResources(context: CastContext): Resource[] {
	return Object.values(context.cast)
		.filter((member) => member.registered)
		.map((member) => member.patient);
}

const SCALAR_INPUTS: readonly AnswerExercise['input'][] = ['text', 'number', 'date', 'choice'];

function resolved<T>(value: T, context: CastContext, path: FieldPath, problems: LessonProblem[]): T {
	const result = resolveTemplates(value, context, '');
	for (const problem of result.findings) problems.push({ path, code: 'lesson.solution-template', message: problem.message });
	return result.value;
}

function answerEvidence(id: string, exercise: AnswerExercise, context: CastContext, problems: LessonProblem[]): ExerciseEvidence {
	const written = exercise.solution ?? exercise.key;
	const field = exercise.solution === undefined ? 'key' : 'solution';
	const value = resolved(written, context, ['exercises', id, field], problems);
	const list = (Array.isArray(value) ? value : [value]).map(String);
	// A list key on a one-value input lists alternatives; a learner types one of them.
	return { kind: 'answer', answer: SCALAR_INPUTS.includes(exercise.input) ? (list[0] ?? '') : list };
}

function applyStep(
	record: Resource[],
	step: RecordSolutionStep,
	at: FieldPath,
	context: CastContext,
	problems: LessonProblem[]
): Resource[] {
	const filled = resolved(step, context, at, problems);
	if ('resourceType' in filled) {
		const resource = { ...filled, id: typeof filled.id === 'string' ? filled.id : `solution-${at.join('-')}` } as Resource;
		const reference = referenceOf(resource);
		return [...record.filter((existing) => referenceOf(existing) !== reference), resource];
	}
	const target = 'update' in filled ? filled.update : filled.delete;
	if (!record.some((existing) => referenceOf(existing) === target)) {
		problems.push({
			path: [...at, 'update' in filled ? 'update' : 'delete'],
			code: 'lesson.solution-target-missing',
			message: `${target} is not in the chart at this point (is the cast member registered?)`
		});
		return record;
	}
	if ('delete' in filled) return record.filter((existing) => referenceOf(existing) !== target);
	return record.map((existing) => (referenceOf(existing) === target ? ({ ...existing, ...filled.set } as Resource) : existing));
}

function playSolution(id: string, exercise: RecordExercise, before: Resource[], context: CastContext, problems: LessonProblem[]): Resource[] {
	return (exercise.solution ?? []).reduce(
		(record, step, index) => applyStep(record, step, ['exercises', id, 'solution', index], context, problems),
		before
	);
}

function conductEvidence(
	id: string,
	exercise: ConductExercise,
	lesson: Lesson,
	context: CastContext,
	problems: LessonProblem[]
): ExerciseEvidence {
	const solution = resolved(exercise.solution ?? { events: [], flags: [] }, context, ['exercises', id, 'solution'], problems);
	const events: AuditRecord[] = solution.events.map((event, index) => ({
		seq: index + 1,
		at: `${context.today}T09:${String(index % 60).padStart(2, '0')}:00Z`,
		user: 'learner',
		role: lesson.role,
		workstation: 'ws-1',
		outcome: 'success',
		...event
	}));
	const flags = solution.flags.map((code) => finding('error', code, `exercises.${id}.solution`, 'raised in the reference solution'));
	return { kind: 'conduct', events, flags };
}

/**
 * `chart` is the lesson's chart before any work: the registered cast members' records as the
 * generator makes them (their Patient resources alone when not given).
 */
export function solutionEvidence(lesson: Lesson, context: CastContext, chart: readonly Resource[] = castResources(context)): SolutionRun {
	const problems: LessonProblem[] = [];
	const evidence: Record<string, ExerciseEvidence> = {};
	const before = [...chart];
	let after = before;
	for (const [id, exercise] of Object.entries(lesson.exercises)) {
		if (exercise.kind === 'answer') evidence[id] = answerEvidence(id, exercise, context, problems);
		if (exercise.kind === 'conduct') evidence[id] = conductEvidence(id, exercise, lesson, context, problems);
		if (exercise.kind === 'record') after = playSolution(id, exercise, after, context, problems);
	}
	for (const [id, record] of Object.entries(recordEvidenceByExercise(lesson.exercises, { before, after }, context))) {
		evidence[id] = { kind: 'record', ...record };
	}
	return { evidence, problems };
}
