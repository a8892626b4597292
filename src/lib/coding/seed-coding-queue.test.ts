import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Encounter } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChartroomDatabase, type WorldRow } from '$lib/db/database';
import { putResources } from '$lib/db/resources';
import { CODING_BACKLOG_SHARE, isInCodingBacklog } from './choose-for-coding';
import { seedCodingQueue } from './seed-coding-queue';
import { isSentToCoding } from './workflow-tags';
import { formatDay, parseDay } from '$lib/synth/dates';

const world = (generatedAt: string, seed: number | string = 1042): WorldRow => ({ id: 'current', seed, cohort: 100, today: '2024-10-15', generatedAt });

const encounter = (id: string, day: string, status: Encounter['status'] = 'finished'): Encounter => ({
	resourceType: 'Encounter',
	id,
	status,
	class: { code: 'AMB' },
	subject: { reference: 'Patient/p1' },
	period: { start: `${day}T09:00:00-05:00` }
});

/** 40 visits a day on each of the 20 days before today, and on today itself. */
const visits = Array.from({ length: 21 }, (_, d) => {
	const day = formatDay(parseDay('2024-10-15') - 20 + d);
	return Array.from({ length: 40 }, (_, i) => encounter(`e-${day}-${i}`, day));
}).flat();

let db: ChartroomDatabase;
beforeEach(async () => {
	db = new ChartroomDatabase(`seed-coding-${Math.random()}`);
	await db.worlds.put(world('2024-10-15T08:00:00Z'));
	await putResources(db, visits);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function taggedIds(): Promise<string[]> {
	const rows = await db.clinical<Encounter>('Encounter').toArray();
	return rows.flatMap((r) => r.resources.filter(isSentToCoding).map((e) => e.id!)).sort();
}

describe('seedCodingQueue', () => {
	test('tags about three in four finished visits of the ten days before today, none older and none of today', async () => {
		const count = await seedCodingQueue(db);
		const tagged = await taggedIds();
		expect(tagged).toHaveLength(count);
		const days = new Set(tagged.map((id) => id.slice(2, 12)));
		expect([...days].sort()[0]).toBe('2024-10-05');
		expect([...days].sort().at(-1)).toBe('2024-10-14');
		const share = count / (10 * 40);
		expect(share).toBeGreaterThan(CODING_BACKLOG_SHARE - 0.08);
		expect(share).toBeLessThan(CODING_BACKLOG_SHARE + 0.08);
	});

	test('runs once per generated clinic: a second call changes nothing', async () => {
		const first = await seedCodingQueue(db);
		expect(first).toBeGreaterThan(0);
		const before = await taggedIds();
		expect(await seedCodingQueue(db)).toBe(0);
		expect(await taggedIds()).toEqual(before);
	});

	test('the same clinic always gets the same queue; another seed another one', () => {
		const scenario = { today: '2024-10-15', seed: 1042 };
		const chosen = visits.filter((v) => isInCodingBacklog(v, scenario)).map((v) => v.id);
		expect(visits.filter((v) => isInCodingBacklog(v, { ...scenario })).map((v) => v.id)).toEqual(chosen);
		expect(visits.filter((v) => isInCodingBacklog(v, { ...scenario, seed: 7 })).map((v) => v.id)).not.toEqual(chosen);
	});

	test('a regenerated clinic gets its backlog put in the queue again', async () => {
		await seedCodingQueue(db);
		await db.worlds.put(world('2024-10-15T09:30:00Z'));
		await putResources(db, visits); // the new clinic's encounters, untagged
		expect(await seedCodingQueue(db)).toBeGreaterThan(0);
	});

	test('a visit that did not finish, or has no date, is never in the backlog', () => {
		const scenario = { today: '2024-10-15', seed: 1042 };
		const cancelled = visits.slice(300, 340).map((v) => ({ ...v, status: 'cancelled' as const }));
		expect(cancelled.some((v) => isInCodingBacklog(v, scenario))).toBe(false);
		expect(isInCodingBacklog({ id: 'x', status: 'finished' }, scenario)).toBe(false);
	});

	test('without a generated clinic nothing is tagged', async () => {
		await db.worlds.clear();
		expect(await seedCodingQueue(db)).toBe(0);
	});
});
