import { expect, test } from 'vitest';
import { officialIcd10cm2022 } from '../__fixtures__/official-tables';
import { ICD10CM_CODE_EDITS } from './icd10cm-code-edits';

test('every edit names real FY2022 categories or codes, and a source', () => {
	const official = new Set(officialIcd10cm2022().codes.map((entry) => entry.code.replace('.', '')));
	const problems: string[] = [];
	for (const edit of ICD10CM_CODE_EDITS) {
		if (!edit.source) problems.push(`${edit.id}: no source`);
		if (!edit.sex && !edit.ageYears) problems.push(`${edit.id}: neither sex nor age`);
		for (const pattern of edit.codes) {
			const ends = pattern.split('-').map((end) => end.replace('.', ''));
			for (const end of ends) if (!official.has(end)) problems.push(`${edit.id}: ${end} is not in FY2022`);
			if (ends.length === 2 && ends[0]! > ends[1]!) problems.push(`${edit.id}: ${pattern} runs backwards`);
		}
	}
	expect(problems).toEqual([]);
});
