import type { Patient, Resource } from '@medplum/fhirtypes';
import { flushSync, mount, unmount } from 'svelte';
import { ChartroomDatabase } from '$lib/db/database';
import { replaceWorld } from '$lib/db/replace-world';
import { getResource, patientChart } from '$lib/db/resources';
import { buildChart } from '$lib/record/chart';
import { cohortBatches } from '$lib/workers/cohort-batches';
import type { Scenario } from '../scenario';
import ChartOpen from '../views/ChartOpen.svelte';

const DB_NAME = 'bench-chart-open';
const TODAY = '2026-11-23';
const COHORT = 400;
let db: ChartroomDatabase | undefined;
let patientId = '';
let history = { resources: 0, years: 0 };
let view: ReturnType<typeof mount> | undefined;
let target: HTMLElement | undefined;

/** Generate a clinic once and choose its fullest ten-year chart (chronic care, visits since 2016). */
async function ensureClinic(): Promise<void> {
	if (patientId) return;
	db ??= new ChartroomDatabase(DB_NAME);
	await db.open();
	const { world, batches } = cohortBatches({ seed: 1042, cohort: COHORT, today: TODAY }, 200, `${TODAY}T00:00:00Z`);
	const counts = new Map<string, { resources: number; first: string }>();
	const counted = function* () {
		for (const batch of batches) {
			for (const r of batch.resources as (Resource & { subject?: { reference?: string }; period?: { start?: string } })[]) {
				const owner = r.subject?.reference?.replace('Patient/', '');
				if (!owner) continue;
				const seen = counts.get(owner) ?? { resources: 0, first: TODAY };
				seen.resources++;
				if (r.resourceType === 'Encounter' && r.period?.start && r.period.start < seen.first) seen.first = r.period.start;
				counts.set(owner, seen);
			}
			yield batch;
		}
	};
	await replaceWorld(db, world, counted());
	const decade = `${Number(TODAY.slice(0, 4)) - 9}${TODAY.slice(4)}`;
	const [id, seen] = [...counts].filter(([, c]) => c.first <= decade).sort((a, b) => b[1].resources - a[1].resources)[0]!;
	patientId = id;
	history = { resources: seen.resources, years: Number(TODAY.slice(0, 4)) - Number(seen.first.slice(0, 4)) };
}

export const chartOpen: Scenario = {
	name: 'open a chart with 10 years of history (read, build, render banner + summary)',
	sizes: [1],
	runs: 30,
	target: '< 150 ms',
	async prepare() {
		await ensureClinic();
		target = document.createElement('div');
		document.body.append(target);
	},
	async run() {
		const [patient, resources] = await Promise.all([getResource<Patient>(db!, 'Patient', patientId), patientChart(db!, patientId)]);
		const chart = buildChart(resources);
		view = mount(ChartOpen, { target: target!, props: { patient: patient!, chart, today: TODAY } });
		flushSync();
		// Style and layout are part of what the learner waits for.
		void target!.offsetHeight;
		return { resources: resources.length, years: history.years };
	},
	async cleanup() {
		if (view) await unmount(view);
		target?.remove();
		view = undefined;
	}
};

export default [chartOpen];
