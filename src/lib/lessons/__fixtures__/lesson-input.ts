import * as v from 'valibot';
import { LessonSchema, type Lesson } from '../lesson-schema';

/** A valid lesson's front matter as plain data, with exercises to taste. */
export function lessonInput(exercises: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'walk-in',
		title: 'Walk-in',
		module: 'entering',
		role: 'front-desk',
		minutes: 10,
		objectives: ['Register a patient'],
		domains: ['cehrs:non-clinical-operations'],
		scenario: { seed: 7, cohort: 10, today: '2024-06-03', cast: { walkin: { template: 'healthy-adult', registered: false } } },
		exercises,
		...extra
	};
}

export function lessonWith(exercises: Record<string, unknown>, extra: Record<string, unknown> = {}): Lesson {
	return v.parse(LessonSchema, lessonInput(exercises, extra));
}
