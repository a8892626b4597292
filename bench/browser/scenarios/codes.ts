import { ICD10CM_CURATED_ROWS } from '$lib/codes/data/icd10cm-curated';
import { SEARCH_PHRASES } from '$lib/codes/data/search-phrases';
import { Icd10SearchIndex, searchQuality } from '$lib/codes/icd10-search';
import { Icd10cmCatalog } from '$lib/codes/icd10cm-catalog';
import type { Icd10cmCodeSet } from '$lib/codes/icd10cm-code-set';
import { parseIcd10cmOrderFile } from '$lib/codes/order-file-parser.js';
import type { Scenario } from '../scenario';

// The official FY2022 order file, served by bench/run.js from ../shared/data (never copied in).
const ORDER_FILE_URL = '/shared-data/icd10cm_order_2022.txt';
const FULL_SET = 95_524;

let fullSet: Icd10cmCodeSet | undefined;
let parseMs = 0;
let index: Icd10SearchIndex | undefined;

async function fullFy2022(): Promise<Icd10cmCodeSet> {
	if (fullSet) return fullSet;
	const response = await fetch(ORDER_FILE_URL);
	if (!response.ok) throw new Error(`${ORDER_FILE_URL}: HTTP ${response.status}`);
	const text = await response.text();
	const started = performance.now();
	const { codes } = parseIcd10cmOrderFile(text, { fileName: 'icd10cm_order_2022.txt' });
	parseMs = performance.now() - started;
	fullSet = { system: 'ICD-10-CM', fiscalYear: 2022, source: 'FY2022', codes };
	return fullSet;
}

async function fullIndex(): Promise<Icd10SearchIndex> {
	index ??= new Icd10SearchIndex(new Icd10cmCatalog(await fullFy2022()));
	return index;
}

/** Every prefix of every benchmark phrase, as a learner types it, then the phrase. */
function keystrokes(): string[] {
	const typed: string[] = [];
	for (const { phrase } of SEARCH_PHRASES) for (let length = 1; length <= phrase.length; length++) typed.push(phrase.slice(0, length));
	return typed;
}

function nearestRank(sorted: readonly number[], share: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN;
}

export const encoderIndexBuild: Scenario = {
	name: 'encoder: index build over full FY2022 (catalog + search index)',
	sizes: [FULL_SET],
	target: '< 1.5 s',
	async prepare() {
		await fullFy2022();
	},
	async run() {
		const set = fullSet!;
		const built = new Icd10SearchIndex(new Icd10cmCatalog(set));
		return { codes: built.catalog.codes.length, 'order-file parse ms (untimed)': Math.round(parseMs) };
	}
};

export const encoderKeystroke: Scenario = {
	name: 'encoder: keystroke query p95 over full FY2022 (all typed prefixes)',
	sizes: [FULL_SET],
	target: 'p95 per keystroke < 10 ms',
	async prepare() {
		const built = await fullIndex();
		for (const query of keystrokes().slice(0, 300)) built.search(query); // warm the JIT
	},
	async run() {
		const built = index!;
		const timings: number[] = [];
		for (const query of keystrokes()) {
			const started = performance.now();
			built.search(query);
			timings.push(performance.now() - started);
		}
		timings.sort((a, b) => a - b);
		return {
			keystrokes: timings.length,
			'median ms': nearestRank(timings, 0.5).toFixed(2),
			'p95 ms': nearestRank(timings, 0.95).toFixed(2),
			'max ms': (timings.at(-1) ?? NaN).toFixed(2)
		};
	}
};

export const encoderQuality: Scenario = {
	name: 'encoder: search quality over search-phrases.ts (full FY2022)',
	sizes: [SEARCH_PHRASES.length],
	target: 'top-1 / top-5 reported',
	async prepare() {
		await fullIndex();
	},
	async run() {
		const quality = searchQuality(SEARCH_PHRASES, (query) => index!.search(query, 5));
		return {
			'top-1': `${(quality.top1Rate * 100).toFixed(1)} % (${quality.top1}/${quality.total})`,
			'top-5': `${(quality.top5Rate * 100).toFixed(1)} % (${quality.top5}/${quality.total})`
		};
	}
};

export const encoderShippedSize: Scenario = {
	name: 'encoder: shipped curated set gzip size (CompressionStream)',
	sizes: [ICD10CM_CURATED_ROWS.length],
	target: '< 400 KB gzip',
	async run() {
		const json = new TextEncoder().encode(JSON.stringify(ICD10CM_CURATED_ROWS));
		const gzipped = await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
		return { 'JSON KB': (json.byteLength / 1024).toFixed(1), 'gzip KB': (gzipped.byteLength / 1024).toFixed(1) };
	}
};

export default [encoderIndexBuild, encoderKeystroke, encoderQuality, encoderShippedSize];
