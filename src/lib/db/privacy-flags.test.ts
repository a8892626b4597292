import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { privacyFinding } from '$lib/privacy/privacy-finding';
import { ChartroomDatabase } from './database';
import { flagRow, flagsForAttempt, flagsForScope, saveFlags } from './privacy-flags';

const names: string[] = [];
function freshDatabase(): ChartroomDatabase {
	const name = `flags-test-${names.length}-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	return new ChartroomDatabase(name);
}
afterEach(async () => {
	await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const view = { seq: 4, at: '2025-03-04T09:00:10.000Z', user: 'ma-chen', role: 'medical-assistant' as const, workstation: 'room-2', action: 'view' as const, outcome: 'success' as const, patient: 'vip-1', section: 'summary' };
const snooping = privacyFinding('snooping', 'vip', { at: view.at, where: 'audit#4', evidence: [view] });
const idle = privacyFinding('unlocked-workstation', 'idle', { at: '2025-03-04T09:05:09.000Z', where: 'session', evidence: [view], values: { minutes: '5' } });

test('a flag is stored flat with its attempt and rule, and read back for the attempt in time order', async () => {
	const db = freshDatabase();
	const context = { scope: 'attempt:a1', workstation: 'room-2', attempt: 'a1', user: 'ma-chen', raisedAt: '2025-03-04T09:06:00.000Z' };
	await saveFlags(db, [flagRow(idle, context), flagRow(snooping, context)]);
	await saveFlags(db, [flagRow(snooping, { ...context, scope: 'attempt:a2', attempt: 'a2' })]);
	const flags = await flagsForAttempt(db, 'a1');
	expect(flags.map((flag) => [flag.rule, flag.code, flag.where, flag.attempt])).toEqual([
		['snooping', 'privacy.snooping', 'audit#4', 'a1'],
		['unlocked-workstation', 'privacy.unlocked-workstation', 'session', 'a1']
	]);
	expect(flags[0]?.message).toBe('You opened the chart of a well-known patient you are not caring for, and gave no reason.');
	expect(flags[0]?.evidence).toEqual([view]);
	db.close();
});

test('evaluating again raises nothing new and keeps when the flag was first raised', async () => {
	const db = freshDatabase();
	const context = { scope: 'session:room-2:ma-chen:t0', workstation: 'room-2', raisedAt: '2025-03-04T09:01:00.000Z' };
	expect(await saveFlags(db, [flagRow(snooping, context)])).toHaveLength(1);
	const grown = { ...snooping, evidence: [view, { ...view, seq: 9, section: 'labs' }] };
	expect(await saveFlags(db, [flagRow(grown, { ...context, raisedAt: '2025-03-04T09:02:00.000Z' })])).toEqual([]);
	const [stored] = await flagsForScope(db, context.scope, '2025-03-04T09:00:00.000Z');
	expect([stored?.raisedAt, stored?.evidence?.length, stored?.attempt]).toEqual(['2025-03-04T09:01:00.000Z', 2, undefined]);
	expect(await flagsForScope(db, 'session:other', '2025-03-04T09:00:00.000Z')).toEqual([]);
	db.close();
});
