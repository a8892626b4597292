import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { openWithFault, quotaFault, type QuotaFault } from '$lib/db/__fixtures__/quota-faults';
import { draftKey, LessonAttempt } from './lesson-attempt.svelte';
import { workSaving } from './work-saving.svelte';
import { quizLesson } from './__fixtures__/quiz-lesson';

let db: ChartroomDatabase;
let fault: QuotaFault;
beforeEach(async () => {
	fault = quotaFault();
	db = await openWithFault(new ChartroomDatabase(`lesson-attempt-${Math.random().toString(36).slice(2)}`), fault);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function started(): Promise<LessonAttempt> {
	const attempt = new LessonAttempt(quizLesson, { database: async () => db });
	await attempt.start();
	return attempt;
}

describe('a lesson attempt', () => {
	test('answers typed are restored by the next visit, and a submission clears them', async () => {
		const first = await started();
		first.setAnswer('q1', 'I10');
		first.setAnswer('q2', 'E11.9');
		await first.flush();

		const second = await started();
		expect(second.answers).toEqual({ q1: 'I10', q2: 'E11.9' });
		const submitted = await second.submit();
		expect(submitted).toMatchObject({ score: 3, possible: 4, percent: 75, passed: true });
		expect(await db.drafts.count()).toBe(0);
		expect(await db.attempts.toArray()).toEqual([submitted]);

		const third = await started();
		expect(third.answers).toEqual({});
		expect(third.history.map((one) => one.id)).toEqual([submitted!.id]);
	});

	test('a submission the browser refuses for space stores nothing, keeps the answers and says storage is full', async () => {
		const attempt = await started();
		attempt.setAnswer('q1', 'I10');
		await attempt.flush();
		const draftsBefore = await db.drafts.toArray();

		fault.refuse(1, { andAfter: true });
		attempt.setAnswer('q2', 'E11.9');
		expect(await attempt.submit()).toBeUndefined();
		expect(attempt.saveStatus).toBe('full');
		expect(workSaving.storageFull).toBe(true);
		expect(attempt.answers).toEqual({ q1: 'I10', q2: 'E11.9' });
		expect(attempt.history).toEqual([]);
		expect(await db.attempts.count()).toBe(0);
		expect(await db.drafts.toArray()).toEqual(draftsBefore);

		// Space freed: the kept answers are saved as drafts again, and the submission goes through.
		fault.heal();
		await attempt.flush();
		expect((await db.drafts.toArray()).map((row) => [row.key, row.value])).toEqual([
			[draftKey('quiz', 'q1'), 'I10'],
			[draftKey('quiz', 'q2'), 'E11.9']
		]);
		expect(await attempt.submit()).toMatchObject({ score: 3 });
		expect(attempt.saveStatus).toBe('saved');
		expect(workSaving.storageFull).toBe(false);
	});

	test('a reset clears the answers and their drafts, and keeps the history', async () => {
		const attempt = await started();
		attempt.setAnswer('q1', 'I10');
		await attempt.submit();
		attempt.setAnswer('q3', 72);
		await attempt.reset();
		expect(attempt.answers).toEqual({});
		expect(await db.drafts.count()).toBe(0);
		expect(await db.attempts.count()).toBe(1);
	});
});
