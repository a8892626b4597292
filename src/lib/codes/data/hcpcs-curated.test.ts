import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HCPCS_2019_PATH } from '../__fixtures__/official-tables';
import { parseHcpcsFile } from '../hcpcs-file';
import { HCPCS_CURATED } from './hcpcs-curated';

test('every shipped HCPCS code, title and short title is as in the CMS 2019 file', () => {
	const official = new Map(parseHcpcsFile(readFileSync(HCPCS_2019_PATH)).codes.map((entry) => [entry.code, entry]));
	const mismatches: string[] = [];
	for (const { code, title, short } of HCPCS_CURATED) {
		const entry = official.get(code);
		if (!entry) mismatches.push(`${code}: not in the 2019 HCPCS file`);
		else {
			if (entry.long !== title) mismatches.push(`${code}: official "${entry.long}", here "${title}"`);
			if (entry.short !== short) mismatches.push(`${code}: official short "${entry.short}", here "${short}"`);
		}
	}
	expect(mismatches).toEqual([]);
});

test('no CPT code is shipped, and none twice', () => {
	const codes = HCPCS_CURATED.map((entry) => entry.code);
	expect(codes.filter((code) => !/^[A-V]\d{4}$/.test(code))).toEqual([]);
	expect(new Set(codes).size).toBe(codes.length);
});

test('the codes the workflows need are there', () => {
	const codes = new Set(HCPCS_CURATED.map((entry) => entry.code));
	for (const code of ['G0008', 'G0009', 'G0010', 'G0438', 'G0439', 'J1885', 'J3301', 'J1030', 'J0696']) {
		expect(codes.has(code), code).toBe(true);
	}
});
