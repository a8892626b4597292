/**
 * One learner working through one lesson: the cast built from the lesson's scenario, the
 * answers as typed (saved as drafts while they type), grading on submit, and the history of
 * submitted attempts. Components only render this and call its verbs.
 */
import { compareDiagnosisCodes } from '$lib/codes/compare-codes';
import type { AttemptRow, ChartroomDatabase } from '$lib/db/database';
import type { Finding } from '$lib/findings/finding';
import { StorageFullError } from '$lib/db/storage-errors';
import { outcomeToFinding } from '$lib/grading/check-outcome';
import { gradeAttempt, type AttemptEvidence, type AttemptResult } from '$lib/grading/grade-attempt';
import type { LearnerAnswer } from '$lib/grading/grade-answer';
import type { ExerciseResult, GradingOptions } from '$lib/grading/grade-exercise';
import { fillText, type CastContext } from '$lib/grading/template-values';
import { buildCastContext } from '$lib/lessons/cast-context-from-records';
import type { Lesson } from '$lib/lessons/lesson-schema';
import { Autosaver, type PageEvents, type SaveStatus } from './autosaver';
import { databaseConnection } from './database-connection.svelte';
import { castDisplay, placeholderDisplay, type CastDisplay } from './lesson-display';
import { summariseAttempts, isSubmittedAttempt, type LessonProgress, type SubmittedAttempt } from './lesson-progress';
import { workSaving } from './work-saving.svelte';

export const GRADING_OPTIONS: GradingOptions = { compareCodesBySystem: { 'icd-10-cm': compareDiagnosisCodes } };

export type CastStatus = 'building' | 'ready' | 'failed';
export type { SaveStatus };

/** The database once open (a learner may act before it is), or undefined when this tab must not write. */
async function connectedDatabase(): Promise<ChartroomDatabase | undefined> {
	await databaseConnection.open();
	return databaseConnection.db;
}

export function draftKey(lessonId: string, exerciseId: string): string {
	return `lesson:${lessonId}:${exerciseId}`;
}

function isBlank(answer: LearnerAnswer | undefined): boolean {
	if (answer === undefined) return true;
	if (typeof answer === 'string') return answer.trim() === '';
	if (typeof answer === 'number') return false;
	return answer.length === 0;
}

function isAnswer(value: unknown): value is LearnerAnswer {
	return typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

/** Every check of an exercise as the learner sees it after submitting, matcher details included. */
export function exerciseFindings(result: ExerciseResult): Finding[] {
	return result.checks.flatMap((check) => [outcomeToFinding(check, { reveal: true }), ...(check.details ?? [])]);
}

export class LessonAttempt {
	readonly lesson: Lesson;
	castStatus = $state<CastStatus>('building');
	castError = $state<string | undefined>();
	answers = $state<Record<string, LearnerAnswer>>({});
	saveStatus = $state<SaveStatus>('idle');
	submitting = $state(false);
	/** The attempt shown with its feedback: the one just submitted, else none. */
	shown = $state<SubmittedAttempt | undefined>();
	history = $state<SubmittedAttempt[]>([]);
	#context: CastContext | undefined;
	#display = $state<Record<string, CastDisplay>>({});
	#startedAt = new Date().toISOString();
	readonly #database: () => Promise<ChartroomDatabase | undefined>;
	readonly #autosaver: Autosaver;

	/** The options are for tests; the page uses the tab's one connection and the usual pause. */
	constructor(lesson: Lesson, { database = connectedDatabase, delayMs }: { database?: () => Promise<ChartroomDatabase | undefined>; delayMs?: number } = {}) {
		this.lesson = lesson;
		this.#database = database;
		this.#autosaver = new Autosaver({
			database,
			delayMs,
			isBlank: (value) => isBlank(value as LearnerAnswer | undefined),
			onStatus: (status) => (this.saveStatus = status)
		});
		for (const key of Object.keys(lesson.scenario.cast)) this.#display[key] = placeholderDisplay();
	}

	#draftKeys(): string[] {
		return Object.keys(this.lesson.exercises).map((id) => draftKey(this.lesson.id, id));
	}

	get progress(): LessonProgress | undefined {
		return summariseAttempts(this.history).get(this.lesson.id);
	}

	get context(): CastContext | undefined {
		return this.castStatus === 'ready' ? this.#context : undefined;
	}

	/** The prose's view of the cast; the same objects are filled when the cast is ready. */
	castFor(keys: readonly string[]): Record<string, CastDisplay> {
		for (const key of keys) this.#display[key] ??= placeholderDisplay();
		return this.#display;
	}

	/** `{walkin.name}` in a prompt or hint, filled once the cast is known. */
	fill(text: string): string {
		const context = this.context;
		if (context !== undefined) return fillText(text, context);
		return text.replace(/\{\{?\s*[A-Za-z_][\w.]*\s*\}?\}/g, '…');
	}

	/** Builds the cast and loads drafts and history; call once, in the browser. */
	async start(): Promise<void> {
		try {
			const context = buildCastContext(this.lesson.scenario);
			for (const [key, values] of Object.entries(context.cast)) {
				const target = this.#display[key];
				if (target === undefined) this.#display[key] = castDisplay(values);
				else Object.assign(target, castDisplay(values));
			}
			this.#context = context;
			this.castStatus = 'ready';
		} catch (error) {
			this.castError = error instanceof Error ? error.message : String(error);
			this.castStatus = 'failed';
		}
		const db = await this.#database();
		if (db === undefined) {
			this.saveStatus = 'unavailable';
			return;
		}
		await Promise.all([this.#loadDrafts(), this.#loadHistory(db)]);
	}

	async #loadDrafts(): Promise<void> {
		for (const row of (await this.#autosaver.load(this.#draftKeys())).values()) {
			if (!isAnswer(row.value)) continue;
			const exerciseId = row.key.slice(draftKey(this.lesson.id, '').length);
			// A key typed since the page opened wins over the stored draft.
			if (this.answers[exerciseId] === undefined) this.answers[exerciseId] = row.value;
			if (row.updatedAt < this.#startedAt) this.#startedAt = row.updatedAt;
		}
	}

	async #loadHistory(db: ChartroomDatabase): Promise<void> {
		const rows: AttemptRow[] = await db.attempts.where('lesson').equals(this.lesson.id).toArray();
		this.history = rows.filter(isSubmittedAttempt).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
	}

	setAnswer(exerciseId: string, answer: LearnerAnswer): void {
		this.answers[exerciseId] = answer;
		this.#autosaver.schedule(draftKey(this.lesson.id, exerciseId), $state.snapshot(answer));
	}

	/** Writes the answers typed since the last save; safe to call at any time. */
	flush(): Promise<void> {
		return this.#autosaver.flush();
	}

	/** Saves at once when the tab is hidden or closed; returns the listeners' removal, which saves too. */
	attach(page?: PageEvents): () => Promise<void> {
		return this.#autosaver.listen(page);
	}

	#evidence(): AttemptEvidence {
		const evidence: Record<string, { kind: 'answer'; answer: LearnerAnswer }> = {};
		for (const [id, exercise] of Object.entries(this.lesson.exercises)) {
			const answer = $state.snapshot(this.answers[id]) as LearnerAnswer | undefined;
			if (exercise.kind === 'answer' && answer !== undefined && !isBlank(answer)) evidence[id] = { kind: 'answer', answer };
		}
		return evidence;
	}

	/** `workspace`: evidence of the record and conduct exercises, read from the lesson's EHR workspace. */
	grade(workspace: AttemptEvidence = {}): AttemptResult | undefined {
		const context = this.context;
		return context === undefined ? undefined : gradeAttempt(this.lesson, { ...workspace, ...this.#evidence() }, context, GRADING_OPTIONS);
	}

	/**
	 * Grades, then stores the attempt and clears the drafts in one strict transaction, after any
	 * draft save already queued. If the browser refuses the write, nothing is stored, the answers
	 * stay on the page and are saved again as drafts, and the status says why.
	 */
	async submit(workspace: AttemptEvidence = {}): Promise<SubmittedAttempt | undefined> {
		const result = this.grade(workspace);
		if (result === undefined || this.submitting) return undefined;
		this.submitting = true;
		const keys = this.#draftKeys();
		this.#autosaver.discard(keys);
		const answers = $state.snapshot(this.answers) as Record<string, LearnerAnswer>;
		const attempt: SubmittedAttempt = {
			id: crypto.randomUUID(),
			lesson: this.lesson.id,
			startedAt: this.#startedAt,
			submittedAt: new Date().toISOString(),
			score: result.score,
			possible: result.possible,
			percent: result.percent,
			passed: result.passed,
			answers,
			findings: result.findings,
			exercises: Object.fromEntries(
				result.exercises.map((exercise) => [exercise.exerciseId, { earned: exercise.earned, possible: exercise.possible, findings: exerciseFindings(exercise) }])
			)
		};
		try {
			const stored = await this.#autosaver.enqueue(async () => {
				const db = await this.#database();
				if (db === undefined) return false;
				await workSaving.write(db, [db.attempts, db.drafts], async () => {
					await db.attempts.add(attempt);
					await db.drafts.bulkDelete(keys);
				});
				return true;
			});
			this.saveStatus = stored ? 'saved' : 'unavailable';
		} catch (error) {
			for (const [id, answer] of Object.entries(answers)) this.#autosaver.schedule(draftKey(this.lesson.id, id), answer);
			this.saveStatus = error instanceof StorageFullError ? 'full' : 'failed';
			return undefined;
		} finally {
			this.submitting = false;
		}
		this.history = [...this.history, attempt];
		this.shown = attempt;
		this.#startedAt = new Date().toISOString();
		return attempt;
	}

	/** Clears the answers and their drafts; submitted attempts stay in the history. */
	async reset(): Promise<void> {
		this.answers = {};
		this.shown = undefined;
		this.#startedAt = new Date().toISOString();
		await this.#autosaver.clear(this.#draftKeys()).catch((error: unknown) => {
			this.saveStatus = error instanceof StorageFullError ? 'full' : 'failed';
		});
	}
}
