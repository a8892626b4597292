// Prints how long the encoder takes over the full FY2022 code set: index build, and each query as a
// learner types it (every prefix of every benchmark phrase, then the phrase). Not a test: timings
// depend on the machine. Run from the project root: npx tsx src/lib/codes/measure-search.ts
import { readFileSync } from 'node:fs';
import { ICD10CM_ORDER_2022_PATH } from './__fixtures__/official-tables';
import { SEARCH_PHRASES } from './data/search-phrases';
import { Icd10SearchIndex, searchQuality } from './icd10-search';
import { Icd10cmCatalog } from './icd10cm-catalog';
import { parseIcd10cmOrderFile } from './order-file-parser.js';

const text = readFileSync(ICD10CM_ORDER_2022_PATH, 'utf8');
let started = performance.now();
const { codes } = parseIcd10cmOrderFile(text);
const parseMs = performance.now() - started;

started = performance.now();
const catalog = new Icd10cmCatalog({ system: 'ICD-10-CM', fiscalYear: 2022, source: 'FY2022', codes });
const catalogMs = performance.now() - started;
started = performance.now();
const index = new Icd10SearchIndex(catalog);
const indexMs = performance.now() - started;

const typed: string[] = [];
for (const { phrase } of SEARCH_PHRASES) {
	for (let length = 1; length <= phrase.length; length++) typed.push(phrase.slice(0, length));
}
for (const query of typed.slice(0, 200)) index.search(query); // warm up the JIT
const timings = typed.map((query) => {
	const start = performance.now();
	index.search(query);
	return performance.now() - start;
});
timings.sort((a, b) => a - b);
const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!;
const quality = searchQuality(SEARCH_PHRASES, (query) => index.search(query, 5));

console.log(`codes: ${codes.length} (${codes.filter((code) => code.billable).length} billable)`);
console.log(`parse order file: ${parseMs.toFixed(0)} ms`);
console.log(`catalog: ${catalogMs.toFixed(0)} ms; search index build: ${indexMs.toFixed(0)} ms`);
console.log(
	`queries: ${timings.length}; median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms`
);
console.log(
	`quality over ${quality.total} phrases: top-1 ${(quality.top1Rate * 100).toFixed(1)} %, top-5 ${(quality.top5Rate * 100).toFixed(1)} %`
);
for (const miss of quality.misses) console.log(`  miss: "${miss.phrase}" → ${miss.expected}; got ${miss.got.join(' ')}`);
