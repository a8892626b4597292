import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ICD10CM_ORDER_2022_PATH, orderFileLine } from '../src/lib/codes/__fixtures__/official-tables';
import { readIcd10cmFullAsset } from '../src/lib/codes/icd10cm-code-set';

const SCRIPT = fileURLToPath(new URL('./codes-import.js', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'codes-import-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runImport(...args: string[]) {
	return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
}

describe('node scripts/codes-import.js', () => {
	test('converts the FY2022 order file into the asset the app loads', () => {
		const outDir = join(workDir, 'full');
		const run = runImport(ICD10CM_ORDER_2022_PATH, '--out', outDir);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^ICD-10-CM FY2022: 95,524 codes \(72,748 billable, 22,776 headers\) → .*icd10cm-full\.json \(\d+\.\d MB\)\n$/);

		const json: unknown = JSON.parse(readFileSync(join(outDir, 'icd10cm-full.json'), 'utf8'));
		const read = readIcd10cmFullAsset(json, 'icd10cm-full.json');
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.codeSet.fiscalYear).toBe(2022);
		expect(read.codeSet.source).toBe(
			'ICD-10-CM order file (icd10cm_order), CDC National Center for Health Statistics / CMS, FY2022'
		);
		expect(read.codeSet.codes.filter((code) => code.billable)).toHaveLength(72_748);
		expect(read.codeSet.codes.find((code) => code.code === 'E11.65')).toEqual({
			code: 'E11.65',
			billable: true,
			title: 'Type 2 diabetes mellitus with hyperglycemia'
		});
	});

	test('refuses a broken file naming the line, and writes nothing', () => {
		const broken = join(workDir, 'icd10cm_order_2022.txt');
		writeFileSync(
			broken,
			[orderFileLine(1, 'A00', '0', 'Cholera'), orderFileLine(2, 'A000', 'y', 'Cholera due to Vibrio cholerae 01, biovar cholerae')].join('\r\n')
		);
		const outDir = join(workDir, 'broken');
		const run = runImport(broken, '--out', outDir);
		expect(run.status).toBe(1);
		expect(run.stderr).toBe(`codes-import: ${broken}:2: billable flag must be 0 or 1, found "y"; nothing was written\n`);
		expect(existsSync(join(outDir, 'icd10cm-full.json'))).toBe(false);
	});

	test('asks for the year when the file name does not say it', () => {
		const unnamed = join(workDir, 'codes.txt');
		writeFileSync(unnamed, orderFileLine(1, 'A00', '0', 'Cholera'));
		const run = runImport(unnamed, '--out', join(workDir, 'unnamed'));
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('pass --fiscal-year');
		const named = runImport(unnamed, '--out', join(workDir, 'unnamed'), '--fiscal-year', '2023');
		expect(named.status).toBe(0);
		expect(named.stdout).toContain('ICD-10-CM FY2023: 1 codes (0 billable, 1 headers)');
	});

	test('explains itself when called without a file', () => {
		const run = runImport();
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(
			'codes-import: usage: node scripts/codes-import.js <icd10cm_order_YYYY.txt> [--out DIR] [--fiscal-year YYYY]\n'
		);
	});
});
