import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { recordAudit } from '$lib/db/audit';
import { ChartroomDatabase } from '$lib/db/database';
import { putResources, tablesToWrite } from '$lib/db/resources';
import { openWithFault, quotaFault, type QuotaFault } from '$lib/db/__fixtures__/quota-faults';
import type { LearnerAnswer } from '$lib/grading/grade-answer';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import type { PageEvents } from './autosaver';
import { draftKey, LessonAttempt } from './lesson-attempt.svelte';
import { workSaving } from './work-saving.svelte';
import { QUIZ_POINTS, quizLesson } from './__fixtures__/quiz-lesson';

/**
 * Model-based test: random sequences of what a learner does — type answers, pause, submit for a
 * grade, reset, lock the workstation, reload, create and update records, run out of disk and
 * free it again — run against the real lesson attempt, autosaver and write path over IndexedDB,
 * and against a plain in-memory model of what the learner should see and what should be stored.
 * After every step the two must agree.
 */

type Answers = Record<string, LearnerAnswer>;

interface Model {
	/** What the page shows. */
	onPage: Answers;
	/** Typed since the last save that went through: only in memory. */
	unsaved: Answers;
	/** Drafts on disk. */
	saved: Answers;
	/** Scores of the submitted attempts. */
	scores: number[];
	/** Patient id → family name, as stored. */
	records: Record<string, string>;
	audits: number;
	diskFull: boolean;
	/** The "Storage is full" banner. */
	banner: boolean;
}

interface Real {
	db: ChartroomDatabase;
	fault: QuotaFault;
	page: PageEvents & { document: FakeDocument };
	attempt: LessonAttempt;
	detach: () => Promise<void>;
}

class FakeDocument extends EventTarget {
	visibilityState: DocumentVisibilityState = 'visible';
}

const isBlank = (answer: LearnerAnswer | undefined) => answer === undefined || answer === '';
const filled = (answers: Answers): Answers => Object.fromEntries(Object.entries(answers).filter(([, answer]) => !isBlank(answer)));
const score = (answers: Answers) => Object.entries(filled(answers)).reduce((sum, [id, answer]) => sum + QUIZ_POINTS[id]!(answer as string | number), 0);

/** A save of what is in memory: refused whole on a full disk unless it only deletes. */
function modelSave(model: Model): void {
	if (Object.keys(model.unsaved).length === 0) return;
	if (model.diskFull && Object.keys(filled(model.unsaved)).length > 0) {
		model.banner = true;
		return;
	}
	for (const [id, answer] of Object.entries(model.unsaved)) {
		if (isBlank(answer)) delete model.saved[id];
		else model.saved[id] = answer;
	}
	model.unsaved = {};
	model.banner = false;
}

/** The page comes back (after a lock or a reload): drafts from disk, and typing still in memory. */
function modelReturn(model: Model): void {
	model.onPage = { ...model.saved, ...model.unsaved };
	modelSave(model);
}

async function openAttempt(real: Real): Promise<void> {
	real.attempt = new LessonAttempt(quizLesson, { database: async () => real.db, delayMs: 1e9 });
	await real.attempt.start();
	real.detach = real.attempt.attach(real.page);
	await real.attempt.flush();
}

async function verify(model: Model, real: Real): Promise<void> {
	expect(filled(real.attempt.answers)).toEqual(filled(model.onPage));
	const drafts = await real.db.drafts.toArray();
	expect(Object.fromEntries(drafts.map((row) => [row.key.slice(draftKey(quizLesson.id, '').length), row.value]))).toEqual(model.saved);
	const attempts = await real.db.attempts.toArray();
	expect(attempts.map((row) => row.score as number).sort()).toEqual([...model.scores].sort());
	const patients = await real.db.resources<Patient>('Patient').toArray();
	expect(Object.fromEntries(patients.map((row) => [row.id, row.resource.name?.[0]?.family]))).toEqual(model.records);
	expect(await real.db.audit.count()).toBe(model.audits);
	expect(workSaving.storageFull).toBe(model.banner);
}

type Step = fc.AsyncCommand<Model, Real>;

class Type implements Step {
	constructor(
		readonly exercise: string,
		readonly answer: LearnerAnswer
	) {}
	check = () => true;
	async run(model: Model, real: Real) {
		real.attempt.setAnswer(this.exercise, this.answer);
		model.onPage[this.exercise] = this.answer;
		model.unsaved[this.exercise] = this.answer;
		await verify(model, real);
	}
	toString = () => `type ${this.exercise}=${JSON.stringify(this.answer)}`;
}

class Pause implements Step {
	check = () => true;
	async run(model: Model, real: Real) {
		await real.attempt.flush();
		modelSave(model);
		await verify(model, real);
	}
	toString = () => 'pause';
}

class Submit implements Step {
	check = () => true;
	async run(model: Model, real: Real) {
		const submitted = await real.attempt.submit();
		if (model.diskFull) {
			expect(submitted).toBeUndefined();
			model.unsaved = { ...model.onPage };
			model.banner = true;
		} else {
			expect(submitted?.score).toBe(score(model.onPage));
			model.scores.push(score(model.onPage));
			model.saved = {};
			model.unsaved = {};
			model.banner = false;
		}
		await verify(model, real);
	}
	toString = () => 'submit';
}

class Reset implements Step {
	check = () => true;
	async run(model: Model, real: Real) {
		await real.attempt.reset();
		// Deleting frees space: a reset goes through even on a full disk.
		Object.assign(model, { onPage: {}, unsaved: {}, saved: {}, banner: false });
		await verify(model, real);
	}
	toString = () => 'reset';
}

class Lock implements Step {
	check = () => true;
	async run(model: Model, real: Real) {
		// The lock screen replaces the lesson: it is torn down (saving what it can), then rebuilt on unlock.
		await real.detach();
		modelSave(model);
		await openAttempt(real);
		modelReturn(model);
		await verify(model, real);
	}
	toString = () => 'lock and unlock';
}

class Reload implements Step {
	/** A reload on a full disk loses what memory held (no page survives it): nothing to model but the loss. */
	check = (model: Readonly<Model>) => !model.diskFull;
	async run(model: Model, real: Real) {
		real.page.window.dispatchEvent(new Event('pagehide'));
		await real.attempt.flush();
		modelSave(model);
		real.page = { window: new EventTarget(), document: new FakeDocument() };
		await openAttempt(real);
		modelReturn(model);
		await verify(model, real);
	}
	toString = () => 'reload';
}

class WriteRecord implements Step {
	constructor(
		readonly id: string,
		readonly family: string
	) {}
	check = () => true;
	async run(model: Model, real: Real) {
		const { db } = real;
		const patient: Patient = { resourceType: 'Patient', id: this.id, identifier: [{ system: MRN_SYSTEM, value: `MRN-${this.id}` }], name: [{ family: this.family }] };
		const action = this.id in model.records ? 'update' : 'create';
		const write = workSaving.write(db, [...tablesToWrite(db, ['Patient']), db.audit], async () => {
			await putResources(db, [patient]);
			await recordAudit(db, { at: new Date().toISOString(), user: 'ana', role: 'nurse', workstation: 'WS-1', action, outcome: 'success', patient: this.id });
		});
		if (model.diskFull) {
			await expect(write).rejects.toThrow('Storage is full — export your work.');
			model.banner = true;
		} else {
			await write;
			model.records[this.id] = this.family;
			model.audits += 1;
			model.banner = false;
		}
		await verify(model, real);
	}
	toString = () => `write Patient/${this.id} ${this.family}`;
}

class Disk implements Step {
	constructor(readonly full: boolean) {}
	check = (model: Readonly<Model>) => model.diskFull !== this.full;
	async run(model: Model, real: Real) {
		if (this.full) real.fault.refuse(1, { andAfter: true });
		else real.fault.heal();
		model.diskFull = this.full;
		await verify(model, real);
	}
	toString = () => (this.full ? 'disk full' : 'space freed');
}

const steps = [
	fc.oneof(
		fc.constantFrom('I10', 'I11', '').map((answer) => new Type('q1', answer)),
		fc.constantFrom('E11.9', 'E11', '').map((answer) => new Type('q2', answer)),
		fc.constantFrom<LearnerAnswer>(70, 45, 120, '').map((answer) => new Type('q3', answer))
	),
	fc.constant(new Pause()),
	fc.constant(new Submit()),
	fc.constant(new Reset()),
	fc.constant(new Lock()),
	fc.constant(new Reload()),
	fc.tuple(fc.constantFrom('p1', 'p2', 'p3'), fc.constantFrom('Quill', 'Núñez', 'Okafor')).map(([id, family]) => new WriteRecord(id, family)),
	fc.boolean().map((full) => new Disk(full))
];

test('create, update, grade, lock, reload and a full disk: the stored work always matches a simple model', async () => {
	await fc.assert(
		fc.asyncProperty(fc.commands(steps, { maxCommands: 30 }), async (commands) => {
			const fault = quotaFault('aborted', ['add', 'put']);
			const db = await openWithFault(new ChartroomDatabase(`model-${Math.random().toString(36).slice(2)}`), fault);
			const real = { db, fault, page: { window: new EventTarget(), document: new FakeDocument() } } as Real;
			workSaving.storageFull = false;
			try {
				await openAttempt(real);
				const model: Model = { onPage: {}, unsaved: {}, saved: {}, scores: [], records: {}, audits: 0, diskFull: false, banner: false };
				await fc.asyncModelRun(() => ({ model, real }), commands);
			} finally {
				fault.heal();
				await real.detach?.();
				db.close();
				await Dexie.delete(db.name);
			}
		}),
		{ numRuns: 60 }
	);
});
