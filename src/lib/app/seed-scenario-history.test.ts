import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import * as v from 'valibot';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { accessReport, formatDuration } from '$lib/db/access-report';
import { ChartroomDatabase } from '$lib/db/database';
import { historyMarker, historyViews, ScenarioHistorySchema } from '$lib/lessons/scenario-history';
import { readWorkspaceLog } from './workspace-log';
import { seedScenarioHistory } from './seed-scenario-history';

let db: ChartroomDatabase;
beforeEach(async () => {
	db = new ChartroomDatabase(`seed-history-${Math.random().toString(36).slice(2)}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const history = v.parse(ScenarioHistorySchema, {
	visit: { user: 'md-whitfield', patient: 'vip', daysAgo: 3, time: '09:20', minutes: 12 },
	snoop: { user: 'rn-brennan', patient: 'vip', daysAgo: 2, time: '21:40', minutes: 14, workstation: 'front-1', section: 'notes' }
});
const now = new Date(2026, 10, 23, 10, 30);
const views = () => historyViews('vip-access-report', history, { vip: 'p-vip' }, now);

test('the access report of the last week finds who looked, for how long and from which terminal', async () => {
	expect(await seedScenarioHistory(db, historyMarker('vip-access-report'), views())).toBe(2);
	const report = await accessReport(db, { patient: 'p-vip', from: new Date(2026, 10, 16).toISOString(), to: now.toISOString(), kind: 'access' });
	expect(report.byUser.map((row) => [row.key, formatDuration(row.totalMs), row.workstations])).toEqual([
		['md-whitfield', '12 min 00 s', ['room-2']],
		['rn-brennan', '14 min 00 s', ['front-1']]
	]);
});

test('setting the clinic up again does not write the history twice', async () => {
	await seedScenarioHistory(db, historyMarker('vip-access-report'), views());
	expect(await seedScenarioHistory(db, historyMarker('vip-access-report'), views())).toBe(0);
	expect(await db.audit.count()).toBe(4);
	// Another lesson's history is its own.
	expect(await seedScenarioHistory(db, historyMarker('another-lesson'), views())).toBe(2);
});

test('the history is not the learner\'s work: marked as history, even a workspace started before it does not count it', async () => {
	const startedAt = new Date(2026, 10, 1).toISOString();
	await seedScenarioHistory(db, historyMarker('vip-access-report'), views());
	const log = await readWorkspaceLog(db, { id: 'attempt-1', startedAt });
	expect(log.events).toEqual([]);
});
