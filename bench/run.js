// `npm run bench [-- --filter TEXT --runs N --max-size N]`: build the benchmark page, run every
// scenario in real headless Chromium, print a markdown table (also written to bench/results/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium-path.js';
import { serveBuild } from '../scripts/serve-build.js';
import { formatTable, summarise } from './stats.js';

const { values: args } = parseArgs({
	options: {
		filter: { type: 'string' },
		runs: { type: 'string' },
		'max-size': { type: 'string' }
	}
});

const built = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await serveBuild({ dir: 'bench/dist', port: Number(process.env.BENCH_PORT ?? 4175), fallback: 'index.html' });
// A persistent profile keeps the big generated clinics (100,000 patients take many minutes to
// write) between bench runs; each scenario checks what it finds and refills when it differs.
// BENCH_PROFILE picks another profile directory, so a long fill can run beside a normal bench.
const browser = await chromium.launchPersistentContext(process.env.BENCH_PROFILE ?? join('bench', '.profile'), {
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});

try {
	const page = await browser.newPage();
	page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
	// Official tables stay in ../shared/data beside the project; scenarios fetch them from /shared-data/.
	await page.route('**/shared-data/*', (route) =>
		route.fulfill({ path: join('..', 'shared', 'data', basename(new URL(route.request().url()).pathname)) })
	);
	await page.goto(`${server.url}/index.html`);
	await page.locator('html[data-ready="true"]').waitFor();
	/** @type {Array<{name: string, sizes: number[], runs?: number, target?: string, baseline?: string}>} */
	const scenarios = await page.evaluate(() => window.chartroomBench.list());
	const maxSize = args['max-size'] ? Number(args['max-size']) : Infinity;
	const selected = scenarios.filter((s) => !args.filter || s.name.includes(args.filter) || (s.baseline ?? '').includes(args.filter));

	/** @type {Map<string, ReturnType<typeof summarise>>} */
	const results = new Map();
	// A scenario and its baseline run alternately, so both meet the same machine load
	// (these cores are shared: runs vary by ±30 %).
	const groups = [];
	for (const scenario of selected) {
		const partner = selected.find((s) => s.name === scenario.baseline);
		if (selected.some((s) => s.baseline === scenario.name)) continue; // measured with its dependant
		groups.push(partner ? [partner, scenario] : [scenario]);
	}
	for (const group of groups) {
		const [first] = group;
		for (const size of first.sizes.filter((n) => n <= maxSize)) {
			const runs = Number(args.runs ?? first.runs ?? 5);
			/** @type {Map<string, {samples: number[], extra?: Record<string, number|string>}>} */
			const collected = new Map(group.map((s) => [s.name, { samples: [] }]));
			for (let i = 0; i < runs; i++) {
				for (const scenario of group) {
					const result = await page.evaluate(([name, n]) => window.chartroomBench.measure(name, n), /** @type {const} */ ([scenario.name, size]));
					const entry = collected.get(scenario.name);
					entry.samples.push(result.ms);
					entry.extra = result.extra ?? entry.extra;
				}
			}
			for (const [name, { samples, extra }] of collected) {
				const summary = summarise(samples, extra);
				results.set(`${name}@${size}`, summary);
				process.stderr.write(`  ${name} @ ${size}: median ${summary.median.toFixed(1)} ms\n`);
			}
		}
	}

	const table = formatTable(selected, results, maxSize);
	console.log(`\n${table}`);
	mkdirSync('bench/results', { recursive: true });
	writeFileSync('bench/results/latest.md', `${table}\n`);
} finally {
	await browser.close();
	await server.close();
}
