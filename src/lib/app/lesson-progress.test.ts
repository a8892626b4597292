import { describe, expect, test } from 'vitest';
import type { AttemptRow } from '$lib/db/database';
import type { Lesson } from '$lib/lessons/lesson-schema';
import { domainCoverage, practiseNext, summariseAttempts } from './lesson-progress';

function submitted(lesson: string, submittedAt: string, percent: number, passed = percent >= 80): AttemptRow {
	return { id: `${lesson}-${submittedAt}`, lesson, startedAt: submittedAt, submittedAt, score: percent, possible: 100, percent, passed, answers: {}, findings: [], exercises: {} };
}

describe('summariseAttempts', () => {
	test('best and latest score per lesson, in submission order whatever the row order', () => {
		const progress = summariseAttempts([
			submitted('coding', '2024-06-03T10:00:00Z', 90),
			submitted('coding', '2024-06-03T09:00:00Z', 40),
			submitted('coding', '2024-06-03T11:00:00Z', 70),
			submitted('hipaa', '2024-06-03T09:30:00Z', 50)
		]);
		expect(progress.get('coding')).toEqual({ attempts: 3, best: 90, latest: 70, latestAt: '2024-06-03T11:00:00Z', passed: true });
		expect(progress.get('hipaa')).toMatchObject({ attempts: 1, best: 50, passed: false });
	});

	test('attempts never submitted do not count', () => {
		expect(summariseAttempts([{ id: 'x', lesson: 'coding', startedAt: '2024-06-03T09:00:00Z' }]).size).toBe(0);
	});
});

describe('domainCoverage', () => {
	const lesson = (id: string, domains: Lesson['domains']) => ({ id, domains }) as Lesson;

	test('averages the best scores of the lessons claiming a domain; untaken lessons count 0', () => {
		const lessons = [lesson('coding', ['rhit:revenue-cycle', 'rhit:compliance']), lesson('hipaa', ['rhit:compliance'])];
		const coverage = domainCoverage(lessons, summariseAttempts([submitted('coding', '2024-06-03T10:00:00Z', 90)]));
		const byId = Object.fromEntries(coverage.map((domain) => [domain.id, domain]));
		expect(byId['rhit:revenue-cycle']).toMatchObject({ lessons: 1, lessonIds: ['coding'], passed: 1, percent: 90 });
		expect(byId['rhit:compliance']).toMatchObject({ lessons: 2, passed: 1, percent: 45 });
		expect(byId['rhit:leadership']).toMatchObject({ lessons: 0, passed: 0, percent: undefined });
	});
});

describe('practiseNext', () => {
	const lesson = (id: string, domains: Lesson['domains']) => ({ id, domains }) as Lesson;
	const lessons = [lesson('coding', ['rhit:revenue-cycle']), lesson('hipaa', ['rhit:compliance']), lesson('roi', ['rhit:compliance'])];

	test('points at the weakest domain, and in it at the lesson not yet taken', () => {
		const progress = summariseAttempts([submitted('coding', '2024-06-03T10:00:00Z', 90), submitted('hipaa', '2024-06-03T11:00:00Z', 60)]);
		const next = practiseNext(domainCoverage(lessons, progress), progress);
		expect([next?.domain.id, next?.lessonId]).toEqual(['rhit:compliance', 'roi']);
	});

	test('says nothing once every lesson is passed', () => {
		const progress = summariseAttempts(['coding', 'hipaa', 'roi'].map((id) => submitted(id, '2024-06-03T10:00:00Z', 100)));
		expect(practiseNext(domainCoverage(lessons, progress), progress)).toBeUndefined();
	});
});
