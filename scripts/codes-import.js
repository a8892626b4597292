#!/usr/bin/env node
// Converts the official CMS/CDC ICD-10-CM order file into the compact asset the app loads at run
// time, static/codes/icd10cm-full.json (git-ignored: deployers build it, it is not committed).
//
//   node scripts/codes-import.js <path to icd10cm_order_YYYY.txt> [--out DIR] [--fiscal-year YYYY]
//
// The parser is the app's own (src/lib/codes/order-file-parser.js, plain JavaScript), so the file is
// read here exactly as the app would read it; a file that is not an order file is refused whole,
// naming the line, and nothing is written.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	ORDER_FILE_SOURCE,
	OrderFileError,
	parseIcd10cmOrderFile
} from '../src/lib/codes/order-file-parser.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASSET_NAME = 'icd10cm-full.json';
const USAGE = 'usage: node scripts/codes-import.js <icd10cm_order_YYYY.txt> [--out DIR] [--fiscal-year YYYY]';

/** @param {string} message */
function fail(message, code = 1) {
	console.error(`codes-import: ${message}`);
	process.exit(code);
}

/** @param {string[]} args */
function readArguments(args) {
	/** @type {{ input?: string, outDir: string, fiscalYear?: number }} */
	const options = { outDir: join(PROJECT_ROOT, 'static', 'codes') };
	for (let at = 0; at < args.length; at++) {
		const arg = /** @type {string} */ (args[at]);
		if (arg === '--help' || arg === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else if (arg === '--out') {
			const value = args[++at];
			if (!value) fail(`--out needs a folder\n${USAGE}`, 2);
			options.outDir = resolve(/** @type {string} */ (value));
		} else if (arg === '--fiscal-year') {
			const year = Number(args[++at]);
			if (!Number.isInteger(year) || year < 2016) fail(`--fiscal-year needs a year such as 2022\n${USAGE}`, 2);
			options.fiscalYear = year;
		} else if (arg.startsWith('-')) {
			fail(`unknown option ${arg}\n${USAGE}`, 2);
		} else if (options.input) {
			fail(`one order file at a time\n${USAGE}`, 2);
		} else {
			options.input = arg;
		}
	}
	if (!options.input) fail(USAGE, 2);
	return options;
}

const options = readArguments(process.argv.slice(2));
const input = /** @type {string} */ (options.input);
let text;
try {
	text = readFileSync(input, 'utf8');
} catch (error) {
	fail(`cannot read ${input}: ${/** @type {Error} */ (error).message}`);
}

let parsed;
try {
	parsed = parseIcd10cmOrderFile(/** @type {string} */ (text), {
		fileName: basename(input),
		fiscalYear: options.fiscalYear
	});
} catch (error) {
	if (error instanceof OrderFileError) fail(`${input}:${error.line}: ${error.problem}; nothing was written`);
	throw error;
}
if (parsed.fiscalYear === undefined) {
	fail(`the fiscal year is not in the file name "${basename(input)}": name it like icd10cm_order_2022.txt or pass --fiscal-year`, 2);
}

const asset = {
	system: 'ICD-10-CM',
	fiscalYear: parsed.fiscalYear,
	source: `${ORDER_FILE_SOURCE}, FY${parsed.fiscalYear}`,
	codes: parsed.codes.map(({ code, billable, title }) => [code, billable ? 1 : 0, title])
};
// Written beside the target and renamed, so a failed run never leaves half an asset behind.
mkdirSync(options.outDir, { recursive: true });
const target = join(options.outDir, ASSET_NAME);
const partial = `${target}.partial`;
writeFileSync(partial, JSON.stringify(asset));
renameSync(partial, target);

const billable = parsed.codes.filter((code) => code.billable).length;
const size = statSync(target).size;
const shown = relative(process.cwd(), target) || target;
console.log(
	`ICD-10-CM FY${parsed.fiscalYear}: ${parsed.codes.length.toLocaleString('en-US')} codes ` +
		`(${billable.toLocaleString('en-US')} billable, ${(parsed.codes.length - billable).toLocaleString('en-US')} headers) ` +
		`→ ${shown} (${(size / 1024 / 1024).toFixed(1)} MB)`
);
