import { describe, expect, test } from 'vitest';
import { checkLessonRules } from './lesson-rules';
import { lessonWith } from './__fixtures__/lesson-input';

function codesAndPaths(exercises: Record<string, unknown>, options = {}) {
	return checkLessonRules(lessonWith(exercises), options).map((problem) => [problem.code, problem.path.join('.'), problem.message]);
}

const conductSolution = { events: [{ action: 'lock' }] };

describe('answer rules', () => {
	test('a choice answer needs choices, and its key among them', () => {
		expect(codesAndPaths({ q: { kind: 'answer', prompt: 'Q', input: 'choice', key: 'c', choices: ['a', 'b'] } })).toEqual([
			['lesson.key-not-a-choice', 'exercises.q.key', '"c" is not one of the choices: a, b']
		]);
		expect(codesAndPaths({ q: { kind: 'answer', prompt: 'Q', input: 'choice', key: 'c' } })).toEqual([
			['lesson.missing-field', 'exercises.q.choices', 'missing field "choices" (a choice answer needs choices)']
		]);
	});

	test('fields that do not apply to the input', () => {
		expect(codesAndPaths({ q: { kind: 'answer', prompt: 'Q', input: 'text', key: 'a', unit: 'kg' } })).toEqual([
			['lesson.field-not-used', 'exercises.q.unit', 'unit is used only with input: number']
		]);
	});

	test('number and date keys must read as such unless templated', () => {
		expect(
			codesAndPaths({
				n: { kind: 'answer', prompt: 'Q', input: 'number', key: ['72', 'heavy', '{{walkin.age}}'] },
				d: { kind: 'answer', prompt: 'Q', input: 'date', key: ['Mar 5, 2024', 'soon'] }
			})
		).toEqual([
			['lesson.key-not-a-number', 'exercises.n.key', '"heavy" is not a number'],
			['lesson.key-not-a-date', 'exercises.d.key', '"soon" is not a date; write YYYY-MM-DD']
		]);
	});
});

describe('record rules', () => {
	test('an unknown element in a path', () => {
		expect(
			codesAndPaths({ claim: { kind: 'record', checks: [{ path: 'Claim.total', exists: true }, { path: 'Claim.foo', exists: true }], solution: [] } })
		).toEqual([['lesson.unknown-element', 'exercises.claim.checks.1.path', 'unknown field "Claim.foo"']]);
	});

	test('one path and one expectation per check', () => {
		expect(codesAndPaths({ r: { kind: 'record', checks: [{ path: 'Patient.gender', fhirpath: 'Patient.gender', equals: 'female', count: 1 }], solution: [] } })).toEqual([
			['lesson.check-needs-path', 'exercises.r.checks.0', 'gives path and fhirpath; give only one of path, fhirpath'],
			['lesson.check-needs-expectation', 'exercises.r.checks.0', 'gives equals and count; give only one of equals, oneOf, matches, exists, count']
		]);
	});

	test('FHIRPath syntax, patterns and resource types', () => {
		expect(
			codesAndPaths({
				r: {
					kind: 'record',
					checks: [{ fhirpath: 'Patient.where(', exists: true }, { path: 'Patient.telecom.value', matches: '(' }],
					unchanged: ['Observaton'],
					solution: [{ resourceType: 'Allergy' }]
				}
			}).map(([code, path]) => `${code} ${path}`)
		).toEqual([
			'lesson.fhirpath-syntax exercises.r.checks.0.fhirpath',
			'lesson.bad-pattern exercises.r.checks.1.matches',
			'lesson.unknown-resource-type exercises.r.unchanged.0',
			'lesson.unknown-resource-type exercises.r.solution.0.resourceType'
		]);
	});

	test('a record exercise without a solution is a warning', () => {
		const [problem] = checkLessonRules(lessonWith({ r: { kind: 'record', checks: [{ path: 'Patient', count: 1 }] } }));
		expect([problem?.severity, problem?.code, problem?.path]).toEqual(['warning', 'lesson.no-solution', ['exercises', 'r']]);
	});
});

describe('conduct rules', () => {
	test('flag names come from the privacy monitor, with a suggestion', () => {
		const [problem] = checkLessonRules(
			lessonWith({ c: { kind: 'conduct', checks: [{ noFlag: 'privacy.snoping' }, { noFlag: 'privacy.*' }, { flag: 'privacy.unlocked-workstation' }], solution: conductSolution } })
		);
		expect(problem).toEqual({
			path: ['exercises', 'c', 'checks', 0, 'noFlag'],
			code: 'lesson.unknown-flag',
			message: '"privacy.snoping" is not a privacy flag',
			hint: 'did you mean "privacy.snooping"?'
		});
	});

	test('flags are privacy flags; before goes with event', () => {
		expect(
			codesAndPaths({ c: { kind: 'conduct', checks: [{ noFlag: 'snooping' }, { noEvent: { action: 'export' }, before: { action: 'logout' } }], solution: conductSolution } })
		).toEqual([
			['lesson.unknown-flag', 'exercises.c.checks.0.noFlag', '"snooping" is not a privacy flag'],
			['lesson.field-not-used', 'exercises.c.checks.1.before', 'before is used only with event']
		]);
	});
});

describe('lesson rules', () => {
	test('unknown templates, with a suggestion', () => {
		const [problem] = checkLessonRules(lessonWith({ q: { kind: 'answer', prompt: 'Q', input: 'text', key: 'a' } }), {
			knownTemplates: new Set(['healthy-adults', 'type-2-diabetes'])
		});
		expect(problem).toEqual({
			path: ['scenario', 'cast', 'walkin', 'template'],
			code: 'lesson.unknown-template',
			message: 'unknown template "healthy-adult"',
			hint: 'did you mean "healthy-adults"?'
		});
	});

	test('the module folder should match module:', () => {
		const [problem] = checkLessonRules(lessonWith({ q: { kind: 'answer', prompt: 'Q', input: 'text', key: 'a' } }), {
			fileName: 'lessons/coding/01-walk-in.md'
		});
		expect([problem?.severity, problem?.message]).toEqual(['warning', 'the file is in lessons/coding/ but says module: entering']);
	});
});
