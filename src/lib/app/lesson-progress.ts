/**
 * A learner's progress, from the stored attempts: per lesson the best and latest score, and
 * per certification domain how much of the lessons claiming it the learner has passed.
 */
import type { AttemptRow } from '$lib/db/database';
import type { Finding } from '$lib/findings/finding';
import { CERTIFICATION_DOMAINS, type CertificationDomainId } from '$lib/lessons/certification-domains';
import type { Lesson } from '$lib/lessons/lesson-schema';

/** What a submitted attempt stores (beside AttemptRow's id, lesson, startedAt). */
export interface SubmittedAttempt extends AttemptRow {
	submittedAt: string;
	score: number;
	possible: number;
	percent: number;
	passed: boolean;
	answers: Record<string, unknown>;
	findings: Finding[];
	exercises: Record<string, { earned: number; possible: number; findings: Finding[] }>;
}

export interface LessonProgress {
	attempts: number;
	best: number;
	latest: number;
	latestAt: string;
	passed: boolean;
}

export function isSubmittedAttempt(row: AttemptRow): row is SubmittedAttempt {
	return typeof row.submittedAt === 'string' && typeof row['percent'] === 'number';
}

/** By lesson id; lessons never submitted are absent. */
export function summariseAttempts(rows: readonly AttemptRow[]): Map<string, LessonProgress> {
	const byLesson = new Map<string, LessonProgress>();
	const submitted = rows.filter(isSubmittedAttempt).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
	for (const row of submitted) {
		const before = byLesson.get(row.lesson);
		byLesson.set(row.lesson, {
			attempts: (before?.attempts ?? 0) + 1,
			best: Math.max(before?.best ?? 0, row.percent),
			latest: row.percent,
			latestAt: row.submittedAt,
			passed: (before?.passed ?? false) || row.passed
		});
	}
	return byLesson;
}

export interface DomainCoverage {
	id: CertificationDomainId;
	exam: string;
	title: string;
	lessons: number;
	/** The ids of the lessons claiming the domain, in catalog order. */
	lessonIds: string[];
	passed: number;
	/** Mean of the best scores over the domain's lessons (unattempted count 0); undefined without lessons. */
	percent: number | undefined;
}

export function domainCoverage(lessons: readonly Lesson[], progress: ReadonlyMap<string, LessonProgress>): DomainCoverage[] {
	return CERTIFICATION_DOMAINS.map((domain) => {
		const claiming = lessons.filter((lesson) => lesson.domains.includes(domain.id));
		const best = claiming.map((lesson) => progress.get(lesson.id)?.best ?? 0);
		return {
			id: domain.id,
			exam: domain.exam,
			title: domain.title,
			lessons: claiming.length,
			lessonIds: claiming.map((lesson) => lesson.id),
			passed: claiming.filter((lesson) => progress.get(lesson.id)?.passed === true).length,
			percent: claiming.length === 0 ? undefined : Math.round(best.reduce((sum, one) => sum + one, 0) / claiming.length)
		};
	});
}

/**
 * Where to practise next: the covered domain with the lowest score, and in it the lesson with
 * the lowest best score (not yet taken first). Undefined when every lesson is passed.
 */
export function practiseNext(
	coverage: readonly DomainCoverage[],
	progress: ReadonlyMap<string, LessonProgress>
): { domain: DomainCoverage; lessonId: string } | undefined {
	const open = coverage
		.filter((domain) => domain.lessonIds.some((id) => progress.get(id)?.passed !== true))
		.sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0));
	const domain = open[0];
	if (domain === undefined) return undefined;
	const lessonId = domain.lessonIds
		.filter((id) => progress.get(id)?.passed !== true)
		.sort((a, b) => (progress.get(a)?.best ?? -1) - (progress.get(b)?.best ?? -1))[0];
	return lessonId === undefined ? undefined : { domain, lessonId };
}
