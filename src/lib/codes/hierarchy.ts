import { ICD10CM_CHAPTERS, type Icd10cmChapter } from './data/icd10cm-chapters';
import { dotlessIcdCode, dottedIcdCode } from './icd10cm-code.js';
import type { Icd10cmCatalog } from './icd10cm-catalog';

/** One step of the path a coder walks in the Tabular List, from chapter down to the code. */
export interface HierarchyStep {
	level: 'chapter' | 'category' | 'subcategory' | 'code';
	/** `E11.6`, or for a chapter its range `E00-E89`. */
	code: string;
	title: string;
	/** What the learner reads: `E11 Type 2 diabetes mellitus`, `Chapter 4 Endocrine, … (E00-E89)`. */
	label: string;
}

export const PATH_SEPARATOR = ' › ';

/** The chapter holding a code, by its 3-character category. */
export function chapterOf(code: string): Icd10cmChapter | undefined {
	const category = dotlessIcdCode(code).slice(0, 3);
	return ICD10CM_CHAPTERS.find(
		(chapter) => category >= chapter.first && category <= chapter.last
	);
}

export function chapterLabel(chapter: Icd10cmChapter): string {
	return `Chapter ${chapter.number} ${chapter.title} (${chapter.first}-${chapter.last})`;
}

/**
 * Chapter → category → subcategories → the code itself, using the headers present in the catalog
 * (the shipped set carries every header above its codes; a full year has them all). Undefined when the
 * code is not in the catalog.
 */
export function hierarchyOf(catalog: Icd10cmCatalog, code: string): HierarchyStep[] | undefined {
	const target = catalog.find(code);
	if (!target) return undefined;
	const steps: HierarchyStep[] = [];
	const chapter = chapterOf(target.code);
	if (chapter) {
		steps.push({
			level: 'chapter',
			code: `${chapter.first}-${chapter.last}`,
			title: chapter.title,
			label: chapterLabel(chapter)
		});
	}
	const dotless = dotlessIcdCode(target.code);
	for (let length = 3; length <= dotless.length; length++) {
		// Placeholder codes skip lengths: T78.40XA sits directly below T78.40.
		const entry = catalog.find(dotless.slice(0, length));
		if (!entry) continue;
		const level =
			length === 3 ? 'category' : length === dotless.length && entry.billable ? 'code' : 'subcategory';
		steps.push({ level, code: entry.code, title: entry.title, label: `${entry.code} ${entry.title}` });
	}
	return steps;
}

/** `Chapter 4 … (E00-E89) › E11 Type 2 diabetes mellitus › E11.6 … › E11.65 …` */
export function formatHierarchy(steps: readonly HierarchyStep[]): string {
	return steps.map((step) => step.label).join(PATH_SEPARATOR);
}

/** The path above a code (its chapter and headers, not the code itself), as the encoder shows it. */
export function ancestorPath(catalog: Icd10cmCatalog, code: string): string {
	const steps = hierarchyOf(catalog, code) ?? [];
	const own = dottedIcdCode(code);
	return formatHierarchy(steps.filter((step) => step.code !== own));
}
