/**
 * Prints how long generating a cohort takes in Node, and the mean resources per patient.
 * Not a test (timings vary by machine). Run: npx tsx src/lib/synth/scripts/time-cohort.ts [sizes…]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCohort } from '../generate-cohort';
import { buildTemplateRegistry } from '../load-templates';

// import.meta.glob is Vite's; outside Vite the template files are read from disk.
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');
const files = Object.fromEntries(
	readdirSync(folder)
		.filter((name) => name.endsWith('.json'))
		.map((name) => [`./templates/${name}`, JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown])
);
const templates = buildTemplateRegistry(files);
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

for (const cohort of sizes.length ? sizes : [1000, 10000]) {
	const started = performance.now();
	let patients = 0;
	let resources = 0;
	let bytes = 0;
	let peakHeap = 0;
	for (const batch of generateCohort({ seed: 'timing', cohort, today: '2024-03-15' }, { batchSize: Number(process.env.BATCH ?? 100), templates })) {
		for (const record of batch.records) {
			patients++;
			resources += record.resources.length + 1;
			if (patients % 50 === 0) bytes += JSON.stringify(record).length;
		}
		peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	}
	const seconds = (performance.now() - started) / 1000;
	console.log(
		`${cohort} patients: ${seconds.toFixed(2)} s, ${(resources / patients).toFixed(1)} resources/patient, ` +
			`~${((bytes * 50) / patients / 1024).toFixed(0)} KiB JSON/patient, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`
	);
}
