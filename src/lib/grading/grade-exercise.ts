/**
 * One exercise, any kind: dispatches to the answer, record or conduct grader and sums the
 * points. An exercise with no evidence (never attempted) earns nothing on every check.
 */
import type { Exercise } from '../lessons/lesson-schema';
import { roundPoints, type CheckOutcome } from './check-outcome';
import { gradeAnswer, type AnswerGradingOptions, type LearnerAnswer } from './grade-answer';
import { gradeConduct, type ConductEvidence } from './grade-conduct';
import { gradeRecord, type RecordEvidence } from './grade-record';
import type { CastContext } from './template-values';

/** What the learner did, by exercise kind. */
export type ExerciseEvidence =
	| { kind: 'answer'; answer: LearnerAnswer }
	| ({ kind: 'record' } & RecordEvidence)
	| ({ kind: 'conduct' } & ConductEvidence);

export type GradingOptions = AnswerGradingOptions;

export interface ExerciseResult {
	exerciseId: string;
	kind: Exercise['kind'];
	earned: number;
	possible: number;
	checks: CheckOutcome[];
}

function outcomesFor(
	exerciseId: string,
	exercise: Exercise,
	evidence: ExerciseEvidence | undefined,
	context: CastContext,
	options: GradingOptions
): CheckOutcome[] {
	switch (exercise.kind) {
		case 'answer':
			return gradeAnswer(exerciseId, exercise, evidence?.kind === 'answer' ? evidence.answer : undefined, context, options);
		case 'record':
			return gradeRecord(exerciseId, exercise, evidence?.kind === 'record' ? evidence : { before: [], after: [] }, context);
		case 'conduct':
			return gradeConduct(exerciseId, exercise, evidence?.kind === 'conduct' ? evidence : { flags: [], events: [] }, context);
	}
}

/** Keeps the key's words (so the learner learns what was asked) but gives no points. */
function notAttempted(outcome: CheckOutcome): CheckOutcome {
	if (outcome.code === 'grade.key-error') return outcome;
	const { evidence: _evidence, details: _details, ...rest } = outcome;
	return { ...rest, code: 'grade.not-attempted', earned: 0, found: 'not attempted' };
}

export function gradeExercise(
	exerciseId: string,
	exercise: Exercise,
	evidence: ExerciseEvidence | undefined,
	context: CastContext,
	options: GradingOptions = {}
): ExerciseResult {
	const attempted = evidence !== undefined && evidence.kind === exercise.kind;
	const graded = outcomesFor(exerciseId, exercise, attempted ? evidence : undefined, context, options);
	const checks = attempted ? graded : graded.map(notAttempted);
	return {
		exerciseId,
		kind: exercise.kind,
		earned: roundPoints(checks.reduce((sum, check) => sum + check.earned, 0)),
		possible: roundPoints(checks.reduce((sum, check) => sum + check.possible, 0)),
		checks
	};
}
