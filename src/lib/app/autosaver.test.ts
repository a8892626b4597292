import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { openWithFault, quotaFault, type QuotaFault } from '$lib/db/__fixtures__/quota-faults';
import { Autosaver, forgetDraft, unsavedDrafts, type PageEvents, type SaveStatus } from './autosaver';
import { workSaving } from './work-saving.svelte';

class FakeDocument extends EventTarget {
	visibilityState: DocumentVisibilityState = 'visible';
	hide() {
		this.visibilityState = 'hidden';
		this.dispatchEvent(new Event('visibilitychange'));
	}
	show() {
		this.visibilityState = 'visible';
		this.dispatchEvent(new Event('visibilitychange'));
	}
}

let db: ChartroomDatabase;
let fault: QuotaFault;
let page: PageEvents & { document: FakeDocument };
let statuses: SaveStatus[];

beforeEach(async () => {
	fault = quotaFault();
	db = await openWithFault(new ChartroomDatabase(`autosaver-${Math.random().toString(36).slice(2)}`), fault);
	page = { window: new EventTarget(), document: new FakeDocument() };
	statuses = [];
});
afterEach(async () => {
	vi.useRealTimers();
	db.close();
	await Dexie.delete(db.name);
});

function saver(delayMs = 400): Autosaver {
	return new Autosaver({ delayMs, database: async () => db, onStatus: (s) => statuses.push(s), isBlank: (v) => v === undefined || v === '' });
}

/** Lets queued saves and IndexedDB callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

async function storedDrafts(): Promise<Record<string, unknown>> {
	return Object.fromEntries((await db.drafts.toArray()).map((row) => [row.key, row.value]));
}

describe('saving as the learner types', () => {
	test('waits for a pause in typing and then writes only the latest value, once', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const drafts = saver(400);
		for (const typed of ['E', 'E1', 'E11', 'E11.', 'E11.9']) {
			drafts.schedule('lesson:coding:dx', typed);
			vi.advanceTimersByTime(300);
		}
		expect(fault.writes).toBe(0);
		vi.advanceTimersByTime(100);
		vi.useRealTimers();
		await drafts.flush();
		expect(fault.writes).toBe(1);
		expect(await storedDrafts()).toEqual({ 'lesson:coding:dx': 'E11.9' });
		expect(drafts.status).toBe('saved');
	});

	test('saves at once when the page is hidden or closed, not when it comes back', async () => {
		const drafts = saver(60_000);
		const stop = drafts.listen(page);
		drafts.schedule('a', 'typed before switching tabs');
		page.document.hide();
		await settle();
		expect(await storedDrafts()).toEqual({ a: 'typed before switching tabs' });

		drafts.schedule('b', 'typed before closing');
		page.document.show();
		await settle();
		expect(fault.writes).toBe(1);
		page.window.dispatchEvent(new Event('pagehide'));
		await settle();
		expect(await storedDrafts()).toEqual({ a: 'typed before switching tabs', b: 'typed before closing' });
		await stop();
	});

	test('stopping (a lock, leaving the page) saves what is left and stops listening', async () => {
		const drafts = saver(60_000);
		const stop = drafts.listen(page);
		drafts.schedule('note', 'half a sentence');
		await stop();
		expect(await storedDrafts()).toEqual({ note: 'half a sentence' });
		const before = fault.writes;
		page.window.dispatchEvent(new Event('pagehide'));
		await settle();
		expect(fault.writes).toBe(before);
	});

	test('erasing an answer deletes its stored draft', async () => {
		const drafts = saver();
		drafts.schedule('a', 'x');
		await drafts.flush();
		drafts.schedule('a', '');
		await drafts.flush();
		expect(await storedDrafts()).toEqual({});
	});

	test('a clear after a queued save wins: a submitted answer never comes back as a draft', async () => {
		const drafts = saver();
		drafts.schedule('a', 'submitted');
		const saving = drafts.flush();
		const clearing = drafts.clear(['a']);
		await Promise.all([saving, clearing]);
		expect(await storedDrafts()).toEqual({});
		expect(drafts.status).toBe('idle');
	});

	test('forgetting a draft by key waits for a save of it already on its way, so it does not come back', async () => {
		const drafts = saver();
		drafts.schedule('form', { name: 'Ada' });
		const saving = drafts.flush();
		drafts.schedule('form', { name: 'Ada Q' });
		await forgetDraft('form', async () => db);
		await saving;
		await drafts.flush();
		expect(await storedDrafts()).toEqual({});
	});

	test('stores plain copies, so later changes to the typed object do not leak in', async () => {
		const drafts = saver();
		const form = { weight: '70' };
		drafts.schedule('vitals', form);
		form.weight = '700';
		await drafts.flush();
		expect(await storedDrafts()).toEqual({ vitals: { weight: '70' } });
	});
});

describe('when the browser refuses the write', () => {
	test('the N-th write fails for space: the learner is told, saved drafts are unchanged, the typing is kept', async () => {
		const drafts = saver();
		drafts.schedule('a', 'first answer');
		drafts.schedule('b', 'second answer');
		await drafts.flush();
		const before = await storedDrafts();

		fault.refuse(1);
		drafts.schedule('a', 'first answer, revised');
		drafts.schedule('c', 'third answer');
		await drafts.flush();

		expect(drafts.status).toBe('full');
		expect(workSaving.storageFull).toBe(true);
		expect(await storedDrafts()).toEqual(before);
		expect(unsavedDrafts().map((row) => [row.key, row.value])).toEqual([
			['a', 'first answer, revised'],
			['c', 'third answer']
		]);

		// Space freed: the next save writes everything that was kept, and the warning goes.
		await drafts.flush();
		expect(drafts.status).toBe('saved');
		expect(workSaving.storageFull).toBe(false);
		expect(await storedDrafts()).toEqual({ a: 'first answer, revised', b: 'second answer', c: 'third answer' });
		expect(unsavedDrafts()).toEqual([]);
	});

	test('the same holds for the bare QuotaExceededError some engines raise', async () => {
		const bare = quotaFault('bare');
		const other = await openWithFault(new ChartroomDatabase(`autosaver-bare-${Math.random().toString(36).slice(2)}`), bare);
		const drafts = new Autosaver({ database: async () => other });
		bare.refuse(1);
		drafts.schedule('a', 'kept');
		await drafts.flush();
		expect(drafts.status).toBe('full');
		expect(await other.drafts.count()).toBe(0);
		expect(unsavedDrafts().find((row) => row.key === 'a')?.value).toBe('kept');
		await drafts.flush();
		other.close();
		await Dexie.delete(other.name);
	});

	test('a value typed while a failed save was in flight is not overwritten by the failed one', async () => {
		const drafts = saver();
		fault.refuse(1);
		drafts.schedule('a', 'older');
		const failing = drafts.flush();
		drafts.schedule('a', 'newer');
		await failing;
		await drafts.flush();
		expect(await storedDrafts()).toEqual({ a: 'newer' });
	});

	test('a form left while the disk was full hands its typing to the next form that loads the same draft', async () => {
		const leaving = saver();
		fault.refuse(1);
		leaving.schedule('note', 'typed on a full disk');
		await leaving.dispose();
		expect(await storedDrafts()).toEqual({});

		const returning = saver();
		const loaded = await returning.load(['note']);
		expect(loaded.get('note')?.value).toBe('typed on a full disk');
		await returning.flush();
		expect(await storedDrafts()).toEqual({ note: 'typed on a full disk' });
		expect(unsavedDrafts()).toEqual([]);
	});

	test('a tab that must not write keeps the typing in memory and says it cannot save', async () => {
		const drafts = new Autosaver({ database: async () => undefined });
		drafts.schedule('offline', 'still here');
		await drafts.flush();
		expect(drafts.status).toBe('unavailable');
		expect(drafts.unsaved().map((row) => row.value)).toEqual(['still here']);
		drafts.discard(['offline']);
		await drafts.dispose();
	});
});
