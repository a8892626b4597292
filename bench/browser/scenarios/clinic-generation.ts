import type { Resource } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import { ChartroomDatabase } from '$lib/db/database';
import { replaceWorld } from '$lib/db/replace-world';
import { cohortBatches, GENERATION_BATCH_SIZE } from '$lib/workers/cohort-batches';
import { deleteDatabase, openRawCopyOfSchema, rawPutAll, rowsPerStore } from '../raw-indexeddb';
import type { Scenario } from '../scenario';

const SIZES = [1_000, 10_000];
const scenarioOf = (cohort: number) => ({ seed: 1042, cohort, today: '2026-11-23' });

let db: ChartroomDatabase | undefined;
let raw: IDBDatabase | undefined;
let pregenerated: Resource[][] = [];

/** The floor: the same resources, generated beforehand (untimed), filed in Chartroom's rows and put() raw in one transaction. */
export const rawStoreCohort: Scenario = {
	name: 'raw IndexedDB put() of a pre-generated clinic (baseline)',
	sizes: SIZES,
	runs: 3,
	async prepare(size) {
		pregenerated = [...cohortBatches(scenarioOf(size), GENERATION_BATCH_SIZE, '2026-11-23T00:00:00Z').batches].map((b) => b.resources);
		raw = await openRawCopyOfSchema('bench-raw-clinic');
	},
	async run() {
		const grouped = rowsPerStore(pregenerated.flat());
		await rawPutAll(raw!, grouped);
		const rows = [...grouped.values()].reduce((n, r) => n + r.length, 0);
		return { rows };
	},
	async cleanup() {
		pregenerated = [];
		raw?.close();
		await deleteDatabase('bench-raw-clinic');
	}
};

/** What "Generate clinic" does (in its Worker): generate, stream and store atomically. */
export const generateAndStore: Scenario = {
	name: 'generate + store a clinic (replaceWorld, one transaction)',
	sizes: SIZES,
	runs: 3,
	baseline: rawStoreCohort.name,
	target: '1k < 2 s, 10k < 20 s; ≤ 2× baseline',
	async prepare() {
		await Dexie.delete('bench-clinic');
		db = new ChartroomDatabase('bench-clinic');
		await db.open();
	},
	async run(size) {
		const { world, batches } = cohortBatches(scenarioOf(size), GENERATION_BATCH_SIZE, '2026-11-23T00:00:00Z');
		const result = await replaceWorld(db!, world, batches);
		return { resources: result.resources, 'heap MB': Math.round(((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6) };
	},
	async cleanup() {
		db?.close();
		await Dexie.delete('bench-clinic');
	}
};

/** The generator alone, every batch built and dropped: what the Worker spends before any storing. */
export const generateOnly: Scenario = {
	name: 'generate a clinic without storing it (the generator alone)',
	sizes: SIZES,
	runs: 3,
	async run(size) {
		let resources = 0;
		for (const batch of cohortBatches(scenarioOf(size), GENERATION_BATCH_SIZE, '2026-11-23T00:00:00Z').batches) resources += batch.resources.length;
		return { resources };
	}
};

export default [rawStoreCohort, generateAndStore, generateOnly];
