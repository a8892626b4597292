import type { Resource } from '@medplum/fhirtypes';
import { ChartroomDatabase } from '$lib/db/database';
import { groupForStorage, storeBatch, tablesToWrite, typesIn } from '$lib/db/resources';
import { runReport } from '$lib/reports/run-report';
import { standardReport } from '$lib/reports/standard-reports';
import { generateCohort } from '$lib/synth';
import type { Scenario } from '../scenario';

const SIZES = [10_000, 100_000];
const TODAY = '2026-11-02';
const open = new Map<number, ChartroomDatabase>();

/**
 * One generated clinic per size, kept between bench runs (generating 100,000 patients takes
 * minutes): a database that already holds the full cohort is reused as it is.
 */
async function clinic(size: number): Promise<ChartroomDatabase> {
	const cached = open.get(size);
	if (cached) return cached;
	const db = new ChartroomDatabase(`bench-reports-${size}`);
	await db.open();
	const world = await db.worlds.get('current');
	if (!world || world.cohort !== size || (await db.resources('Patient').count()) !== size) {
		await Promise.all(db.tables.map((t) => (t.name === 'audit' ? undefined : t.clear())));
		// A transaction per batch (one for 100,000 charts would hold gigabytes until it commits);
		// each batch's patients are new, so it is written fresh.
		for (const batch of generateCohort({ seed: 2026, cohort: size, today: TODAY }, { batchSize: 500 })) {
			const resources = batch.records.filter((r) => r.registered).flatMap((r): Resource[] => [r.patient, ...r.resources]);
			const grouped = groupForStorage(resources);
			await db.transaction('rw', tablesToWrite(db, typesIn(grouped)), () => storeBatch(db, grouped, { fresh: true }));
		}
		await db.worlds.put({ id: 'current', seed: 2026, cohort: size, today: TODAY, generatedAt: new Date().toISOString() });
	}
	open.set(size, db);
	return db;
}

function reportScenario(id: string, title: string, target = '< 300 ms @10k, < 3 s @100k'): Scenario {
	const report = standardReport(id);
	if (!report) throw new Error(`no standard report ${id}`);
	return {
		name: `report: ${title}`,
		sizes: SIZES,
		runs: 5,
		target,
		async prepare(size) {
			await clinic(size);
		},
		async run(size) {
			const result = await runReport(await clinic(size), report.root, { today: TODAY });
			return { patients: result.count };
		}
	};
}

export default [
	reportScenario('diabetes-with-hypertension', 'diabetes with hypertension'),
	reportScenario('overdue-flu-shot', 'overdue flu shot'),
	// Not an issue target: a report that reads values (each candidate's last blood pressure).
	reportScenario('uncontrolled-hypertension', 'hypertensives with uncontrolled blood pressure', '')
];
