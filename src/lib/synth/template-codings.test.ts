import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TERMINOLOGY, TERMINOLOGY_SYSTEMS } from './systems';
import { allTemplateCodings } from './template-codings';

/** The official CMS/CDC order file: cols 7–13 code without dot, col 15 billable flag, col 78– long title. */
const ORDER_FILE = resolve(process.cwd(), '../shared/data/icd10cm_order_2022.txt');

function readOrderFile(): Map<string, { billable: boolean; title: string }> {
	const codes = new Map<string, { billable: boolean; title: string }>();
	for (const line of readFileSync(ORDER_FILE, 'latin1').split(/\r?\n/)) {
		if (line.length < 78) continue;
		codes.set(line.slice(6, 13).trim(), { billable: line[14] === '1', title: line.slice(77).trim() });
	}
	return codes;
}

describe('allTemplateCodings', () => {
	const codings = allTemplateCodings();

	test('lists codings of every terminology, each with system, code and display', () => {
		expect(new Set(codings.map((c) => c.system))).toEqual(new Set(TERMINOLOGY_SYSTEMS));
		for (const c of codings) {
			expect(Object.keys(c).sort()).toEqual(['code', 'display', 'system', 'usedBy']);
			expect(c.usedBy.length).toBeGreaterThan(0);
		}
	});

	test('one code carries one display everywhere', () => {
		const displays = new Map<string, Set<string>>();
		for (const c of codings) displays.set(`${c.system}|${c.code}`, (displays.get(`${c.system}|${c.code}`) ?? new Set()).add(c.display));
		const conflicts = [...displays].filter(([, set]) => set.size > 1).map(([code, set]) => `${code}: ${[...set].join(' / ')}`);
		expect(conflicts).toEqual([]);
	});

	test('every ICD-10-CM code is billable in FY2022 and shows its official long title', () => {
		const official = readOrderFile();
		const offenders: string[] = [];
		for (const c of codings.filter((c) => c.system === TERMINOLOGY.icd10cm)) {
			const entry = official.get(c.code.replace('.', ''));
			if (!entry) offenders.push(`${c.code}: not in the FY2022 order file (${c.usedBy.join(', ')})`);
			else if (!entry.billable) offenders.push(`${c.code}: not billable (${c.usedBy.join(', ')})`);
			else if (entry.title !== c.display) offenders.push(`${c.code}: "${c.display}" should be "${entry.title}"`);
		}
		expect(offenders).toEqual([]);
	});
});
