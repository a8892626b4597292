/**
 * An instructor's preview of a lesson file that is not part of the site: the same check as
 * `npm run lessons:check` (errors by file, line and field), then the lesson as a learner
 * would see it, with its answer exercises to try. Nothing of the preview is stored: its
 * answers and attempts never mix with a learner's progress. The file is untrusted input:
 * its size is capped and its story is rendered without any markup of its own.
 */
import type { Finding } from '$lib/findings/finding';
import { gradeAttempt } from '$lib/grading/grade-attempt';
import { buildLessonCast } from '$lib/lessons/cast-context-from-records';
import { isFrontMatterProblem, splitFrontMatter } from '$lib/lessons/front-matter';
import type { Lesson } from '$lib/lessons/lesson-schema';
import { parseLessonMarkdown, type MarkdownNode } from '$lib/lessons/lesson-markdown';
import { checkLessons, summaryLine } from '$lib/lessons/lessons-check';
import { solutionEvidence } from '$lib/lessons/solution-evidence';
import { loadTemplates } from '$lib/synth/load-templates';
import { scenarioProblems } from '$lib/synth/scenario';
import { GRADING_OPTIONS, LessonAttempt } from './lesson-attempt.svelte';

/** Lesson files are a few kilobytes; anything far larger is not a lesson. */
export const MAX_LESSON_BYTES = 256 * 1024;

export interface PreviewedLesson {
	lesson: Lesson;
	story: MarkdownNode[];
	/** Answers are tried here without being saved anywhere. */
	attempt: LessonAttempt;
	/** What the file's own reference solutions score, graded as a learner's work is. */
	solutionPercent: number;
}

class LessonPreview {
	fileName = $state('');
	/** Why the file could not be read at all (too large, not text). */
	refusal = $state('');
	findings = $state<Finding[]>([]);
	summary = $state('');
	previewed = $state<PreviewedLesson | undefined>();
	checking = $state(false);

	clear(): void {
		this.fileName = '';
		this.refusal = '';
		this.findings = [];
		this.summary = '';
		this.previewed = undefined;
	}

	async open(file: File): Promise<void> {
		this.clear();
		this.fileName = file.name;
		if (!/\.(md|markdown)$/i.test(file.name)) {
			this.refusal = `${file.name} is not a lesson file: lessons are Markdown files ending in .md.`;
			return;
		}
		if (file.size > MAX_LESSON_BYTES) {
			this.refusal = `${file.name} is ${Math.round(file.size / 1024)} KB; a lesson file is at most ${MAX_LESSON_BYTES / 1024} KB.`;
			return;
		}
		this.checking = true;
		try {
			this.show(file.name, await file.text());
		} finally {
			this.checking = false;
		}
	}

	/** Checks the text and, when it has no errors, prepares the lesson for trying. */
	show(fileName: string, text: string): void {
		const registry = loadTemplates();
		const report = checkLessons([{ fileName, text }], {
			knownTemplates: new Set(registry.list.map((template) => template.id)),
			scenarioProblems: (scenario) => scenarioProblems(scenario, registry)
		});
		this.fileName = fileName;
		this.findings = report.findings;
		this.summary = summaryLine(report).replace(/^lessons:check: /, '');
		const [lesson] = report.lessons;
		const split = splitFrontMatter(text);
		if (lesson === undefined || report.errors > 0 || isFrontMatterProblem(split)) return;
		const cast = buildLessonCast(lesson.scenario);
		const solved = gradeAttempt(lesson, solutionEvidence(lesson, cast.context, cast.chart).evidence, cast.context, GRADING_OPTIONS);
		const attempt = new LessonAttempt(lesson, { database: async () => undefined });
		void attempt.start();
		this.previewed = { lesson, story: parseLessonMarkdown(split.body, { headingShift: 2 }), attempt, solutionPercent: solved.percent };
	}
}

export const lessonPreview = new LessonPreview();
