import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { LessonSchema } from './lesson-schema';
import { closestName, fieldNamesOf, schemaIssueDescriber } from './schema-issues';

const describeIssue = schemaIssueDescriber(LessonSchema);

function problems(input: unknown) {
	return (v.safeParse(LessonSchema, input).issues ?? []).map(describeIssue);
}

const minimal = {
	id: 'a',
	title: 'A',
	module: 'entering',
	role: 'nurse',
	minutes: 5,
	objectives: ['x'],
	domains: ['cehrs:reporting'],
	scenario: { seed: 1, cohort: 0, today: '2024-06-03' },
	exercises: { q: { kind: 'answer', prompt: 'Q?', input: 'text', key: 'a' } }
};

describe('describeSchemaIssue', () => {
	test('the minimal lesson is valid', () => {
		expect(problems(minimal)).toEqual([]);
	});

	test('an unknown field, with a suggestion', () => {
		expect(problems({ ...minimal, objectivs: [] })).toContainEqual({
			path: ['objectivs'],
			code: 'lesson.unknown-field',
			message: 'unknown field "objectivs"',
			hint: 'did you mean "objectives"?'
		});
	});

	test('a missing field', () => {
		const { title: _title, ...untitled } = minimal;
		expect(problems(untitled)).toEqual([{ path: ['title'], code: 'lesson.missing-field', message: 'missing field "title"' }]);
	});

	test('a word not in the list', () => {
		expect(problems({ ...minimal, module: 'billing' })).toEqual([
			{ path: ['module'], code: 'lesson.unknown-value', message: '"billing" is not one of: entering, retrieving, coding, securing' }
		]);
	});

	test('a wrong type', () => {
		expect(problems({ ...minimal, objectives: 'x' })).toEqual([
			{ path: ['objectives'], code: 'lesson.wrong-type', message: 'expected a list, found "x"' }
		]);
	});

	test('a custom rule message', () => {
		expect(problems({ ...minimal, minutes: 2.5 })).toEqual([
			{ path: ['minutes'], code: 'lesson.invalid-value', message: 'must be a whole number' }
		]);
	});

	test('an unknown exercise kind', () => {
		expect(problems({ ...minimal, exercises: { q: { kind: 'quiz' } } })).toEqual([
			{ path: ['exercises', 'q', 'kind'], code: 'lesson.unknown-value', message: '"quiz" is not one of: answer, record, conduct' }
		]);
	});
});

test('fieldNamesOf reaches nested exercise fields', () => {
	const names = fieldNamesOf(LessonSchema);
	expect(['checks', 'fhirpath', 'noFlag', 'idleLockSeconds', 'perLearner'].every((name) => names.has(name))).toBe(true);
});

test('closestName only suggests plausible typos', () => {
	expect(closestName('chekcs', ['checks', 'choices'])).toBe('checks');
	expect(closestName('banana', ['checks'])).toBeUndefined();
});
