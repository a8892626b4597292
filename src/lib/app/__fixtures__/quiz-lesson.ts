import * as v from 'valibot';
import { LessonSchema, type Lesson } from '$lib/lessons/lesson-schema';

/** A lesson of three plain answer questions with literal keys: grading without a cast. */
export const quizLesson: Lesson = v.parse(LessonSchema, {
	id: 'quiz',
	title: 'Three questions',
	module: 'coding',
	role: 'coder',
	minutes: 5,
	objectives: ['Answer three questions'],
	domains: ['cehrs:non-clinical-operations'],
	scenario: { seed: 7, cohort: 5, today: '2024-06-03' },
	settings: { passPercent: 50 },
	exercises: {
		q1: { kind: 'answer', prompt: 'Code for essential hypertension?', input: 'text', key: 'I10', points: 1 },
		q2: { kind: 'answer', prompt: 'Code for type 2 diabetes without complications?', input: 'text', key: 'E11.9', points: 2 },
		q3: { kind: 'answer', prompt: 'Beats per minute of a normal resting heart?', input: 'number', key: 70, tolerance: 30, points: 1 }
	}
});

/** What the quiz's key gives each answer: the model the grading tests compare against. */
export const QUIZ_POINTS: Record<string, (answer: string | number) => number> = {
	q1: (answer) => (String(answer).trim().toUpperCase() === 'I10' ? 1 : 0),
	q2: (answer) => (String(answer).trim().toUpperCase() === 'E11.9' ? 2 : 0),
	q3: (answer) => (Math.abs(Number(answer) - 70) <= 30 ? 1 : 0)
};
