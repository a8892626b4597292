/**
 * A whole lesson attempt: every exercise graded against the cast this learner was given,
 * summed into a score. Pure and deterministic: the same lesson, evidence and cast always
 * give the same result, so a stored attempt can be re-graded after a key is corrected.
 */
import type { Finding } from '../findings/finding';
import type { Lesson } from '../lessons/lesson-schema';
import { outcomeToFinding, roundPoints } from './check-outcome';
import { gradeExercise, type ExerciseEvidence, type ExerciseResult, type GradingOptions } from './grade-exercise';
import type { CastContext } from './template-values';

/** Used when a lesson does not set `settings.passPercent`. */
export const DEFAULT_PASS_PERCENT = 80;

export interface AttemptResult {
	score: number;
	possible: number;
	/** Whole percent, rounded; 0 when nothing was possible. */
	percent: number;
	passed: boolean;
	/**
	 * Every check with expected and found: for after submission, for instructors and for
	 * lessons:check. Before submission show `feedbackBeforeSubmit(result)` instead.
	 */
	findings: Finding[];
	exercises: ExerciseResult[];
}

export type AttemptEvidence = Readonly<Record<string, ExerciseEvidence | undefined>>;

export function gradeAttempt(
	lesson: Lesson,
	evidence: AttemptEvidence,
	context: CastContext,
	options: GradingOptions = {}
): AttemptResult {
	const exercises = Object.entries(lesson.exercises).map(([exerciseId, exercise]) =>
		gradeExercise(exerciseId, exercise, evidence[exerciseId], context, options)
	);
	const score = roundPoints(exercises.reduce((sum, exercise) => sum + exercise.earned, 0));
	const possible = roundPoints(exercises.reduce((sum, exercise) => sum + exercise.possible, 0));
	const fraction = possible === 0 ? 0 : score / possible;
	return {
		score,
		possible,
		percent: Math.round(fraction * 100),
		passed: possible > 0 && fraction * 100 >= (lesson.settings.passPercent ?? DEFAULT_PASS_PERCENT),
		findings: exercises.flatMap((exercise) =>
			exercise.checks.flatMap((check) => [outcomeToFinding(check, { reveal: true }), ...(check.details ?? [])])
		),
		exercises
	};
}
