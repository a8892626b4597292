import { expect, test } from 'vitest';
import { officialIcd10cm2022 } from '../__fixtures__/official-tables';
import { ICD10CM_CHAPTERS } from './icd10cm-chapters';

test('there are 22 chapters, numbered 1 to 22', () => {
	expect(ICD10CM_CHAPTERS.map((chapter) => chapter.number)).toEqual(
		Array.from({ length: 22 }, (_, index) => index + 1)
	);
});

test('every category of FY2022 falls in exactly one chapter', () => {
	const categories = new Set(officialIcd10cm2022().codes.map((entry) => entry.code.slice(0, 3)));
	const wrong: string[] = [];
	for (const category of categories) {
		const chapters = ICD10CM_CHAPTERS.filter(
			(chapter) => category >= chapter.first && category <= chapter.last
		);
		if (chapters.length !== 1) {
			wrong.push(`${category}: in ${chapters.map((chapter) => chapter.number).join(', ') || 'none'}`);
		}
	}
	expect(wrong).toEqual([]);
});
