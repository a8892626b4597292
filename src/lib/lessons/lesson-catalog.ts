/**
 * The lessons as the browser knows them: every lessons/**\/*.md, compiled by mdsvex (the story)
 * and read raw (the front matter, validated by `parseLessonFile`). A lesson with errors keeps
 * its findings and is shown as such; it never breaks the other lessons' pages.
 */
import type { Component } from 'svelte';
import type { Finding } from '../findings/finding';
import { LESSON_MODULES, type Lesson, type LessonModule } from './lesson-schema';
import { parseLessonFile } from './parse-lesson-file';

export interface CatalogEntry {
	/** The lesson's id, or the file's slug when the front matter has none: the page's URL. */
	id: string;
	fileName: string;
	/** From the folder when the lesson could not be read. */
	module: LessonModule | undefined;
	lesson?: Lesson;
	/** Errors and warnings of the file; with an error the lesson is not offered. */
	findings: Finding[];
	story?: Component;
}

const raw = import.meta.glob<string>('/lessons/**/*.md', { query: '?raw', import: 'default', eager: true });
const compiled = import.meta.glob<{ default: Component }>('/lessons/**/*.md', { eager: true });

function isModule(name: string | undefined): name is LessonModule {
	return name !== undefined && Object.hasOwn(LESSON_MODULES, name);
}

/** Pure: the catalog of the given files (path → raw text, path → compiled module). */
export function buildLessonCatalog(
	texts: Readonly<Record<string, string>>,
	stories: Readonly<Record<string, { default: Component } | undefined>> = {}
): CatalogEntry[] {
	const entries = Object.keys(texts)
		.sort()
		.map((path): CatalogEntry => {
			const fileName = path.replace(/^\//, '');
			const parsed = parseLessonFile(fileName, texts[path] ?? '');
			const folder = fileName.split('/').at(-2);
			const slug = (fileName.split('/').at(-1) ?? fileName).replace(/\.md$/, '');
			const broken = parsed.findings.some((one) => one.severity === 'error');
			const lesson = broken ? undefined : parsed.lesson;
			const story = stories[path]?.default;
			return {
				id: parsed.lesson?.id ?? slug,
				fileName,
				module: parsed.lesson?.module ?? (isModule(folder) ? folder : undefined),
				...(lesson === undefined ? {} : { lesson }),
				findings: parsed.findings,
				...(story === undefined ? {} : { story })
			};
		});
	// Two files with one id would share a URL and a progress record: the later one yields.
	const seen = new Set<string>();
	return entries.map((entry) => {
		if (!seen.has(entry.id)) {
			seen.add(entry.id);
			return entry;
		}
		const { lesson: _lesson, ...rest } = entry;
		const id = `${entry.id}-${entry.fileName.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
		return {
			...rest,
			id,
			findings: [
				...entry.findings,
				{ severity: 'error', code: 'lesson.duplicate-id', where: `${entry.fileName}: id`, message: `lesson id "${entry.id}" is already used by another lesson` }
			]
		};
	});
}

export const lessonCatalog: readonly CatalogEntry[] = buildLessonCatalog(raw, compiled);

export function findCatalogEntry(id: string): CatalogEntry | undefined {
	return lessonCatalog.find((entry) => entry.id === id);
}
