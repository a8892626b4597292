/**
 * What the learner may see. While an attempt is open, feedback says what their work shows
 * and gives hints, never what the key expects; after submission it shows both.
 */
import type { Finding } from '../findings/finding';
import { outcomeToFinding } from './check-outcome';
import type { AttemptResult } from './grade-attempt';

export function feedbackBeforeSubmit(result: AttemptResult): Finding[] {
	return result.exercises.flatMap((exercise) => exercise.checks.map((check) => outcomeToFinding(check, { reveal: false })));
}

export function feedbackAfterSubmit(result: AttemptResult): Finding[] {
	return result.findings;
}

export function learnerFeedback(result: AttemptResult, submitted: boolean): Finding[] {
	return submitted ? feedbackAfterSubmit(result) : feedbackBeforeSubmit(result);
}
