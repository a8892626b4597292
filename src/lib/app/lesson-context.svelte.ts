/**
 * What a lesson's story and its exercises share: the attempt (answers, grading, saving) set by
 * the lesson page, and `lessonCast`, which the lesson preprocessor calls in every lesson file so
 * prose may write `{walkin.name}`. Values are placeholders until the cast is built, then the
 * same objects are filled in place, so the prose updates.
 */
import { getContext, hasContext, setContext } from 'svelte';
import { placeholderDisplay, type CastDisplay } from './lesson-display';
import type { LessonAttempt } from './lesson-attempt.svelte';

const LESSON_ATTEMPT = Symbol('chartroom.lesson-attempt');

export function setLessonAttempt(attempt: LessonAttempt): void {
	setContext(LESSON_ATTEMPT, attempt);
}

export function getLessonAttempt(): LessonAttempt | undefined {
	return hasContext(LESSON_ATTEMPT) ? getContext<LessonAttempt>(LESSON_ATTEMPT) : undefined;
}

/** Display values for the cast keys, keyed by cast key; call during component initialisation. */
export function lessonCast(keys: string[]): Record<string, CastDisplay> {
	const attempt = getLessonAttempt();
	if (attempt !== undefined) return attempt.castFor(keys);
	// A story rendered outside a lesson page (a preview): placeholders that stay placeholders.
	const display = $state<Record<string, CastDisplay>>(Object.fromEntries(keys.map((key) => [key, placeholderDisplay()])));
	return display;
}
