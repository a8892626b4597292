import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLessonCast } from './cast-context-from-records';
import { checkLessons, formatFindingLine, summaryLine, type LessonSource } from './lessons-check';

/** Fixed, so these tests do not move when someone adds a template. */
const knownTemplates = new Set(['healthy-adult', 'essential-hypertension', 'type-2-diabetes']);

function sourcesIn(folder: string): LessonSource[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const fileName = join(folder, name).split('\\').join('/');
			return { fileName, text: readFileSync(fileName, 'utf8') };
		});
}

describe('lessons:check over the broken example lessons', () => {
	const report = checkLessons(sourcesIn('tests/fixtures/broken-lessons'), { knownTemplates });

	test('names every problem by file, line and field', () => {
		expect(report.findings.map(formatFindingLine)).toEqual([
			'tests/fixtures/broken-lessons/bad-yaml.md:8: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]\n    hint: a [, { or " opened on an earlier line is not closed',
			'tests/fixtures/broken-lessons/coding/03-claims.md:16: exercises.claim.checks[2].path: unknown field "Claim.foo"',
			'tests/fixtures/broken-lessons/duplicate-id-b.md:2: id: lesson id "record-weight-twice" is already used by tests/fixtures/broken-lessons/duplicate-id-a.md:2',
			// Only the generated chart holds the 70618 that shows the key's 7980 wrong.
			'tests/fixtures/broken-lessons/key-contradicts-chart.md:22: exercises.sulfa.checks[1]: the solution does not meet this check: expected "7980", found "70618", "10180"',
			'tests/fixtures/broken-lessons/solution-fails-key.md:19: exercises.correct.checks[0]: the solution does not meet this check: expected "female", found nothing: no record was created or changed',
			'tests/fixtures/broken-lessons/unknown-cast-member.md:25: body: {patinet.name}: unknown cast member "patinet" (did you mean "patient"?)',
			'tests/fixtures/broken-lessons/unknown-field.md:22: exercises.weight.tolerence: unknown field "tolerence"\n    hint: did you mean "tolerance"?',
			'tests/fixtures/broken-lessons/unknown-template.md:14: scenario.cast.patient.template: unknown template "healthy-adlt"\n    hint: did you mean "healthy-adult"?'
		]);
	});

	test('gives each problem its code', () => {
		expect(report.findings.map((one) => one.code)).toEqual([
			'lesson.yaml-syntax',
			'lesson.unknown-element',
			'lesson.duplicate-id',
			'lesson.solution-fails-key',
			'lesson.solution-fails-key',
			'lesson.unknown-cast-reference',
			'lesson.unknown-field',
			'lesson.unknown-template'
		]);
	});

	test('summarises', () => {
		expect(summaryLine(report)).toBe('lessons:check: 9 files, 7 lessons, 8 errors, 0 warnings');
	});
});

describe('lessons:check over the valid example lesson', () => {
	test('finds nothing wrong', () => {
		const report = checkLessons(sourcesIn('tests/fixtures/valid-lessons'), { knownTemplates });
		expect(report.findings).toEqual([]);
		expect(report.lessons.map((lesson) => lesson.id)).toEqual(['register-walk-in']);
	});

	test('a key the reference solution cannot meet is an error at the check', () => {
		const [source] = sourcesIn('tests/fixtures/valid-lessons');
		const broken = { ...source!, text: source!.text.replace('    key: 72.6\n', '    key: 80\n') };
		expect(checkLessons([broken], { knownTemplates }).findings.map(formatFindingLine)).toEqual([
			'tests/fixtures/valid-lessons/entering/01-register-walk-in.md:66: exercises.weight.key: the solution does not meet this check: expected 80 kg (± 0.1 kg), found 160 lb'
		]);
	});

	test('checks that pass before any work are a warning; changes they ignore are an error', () => {
		const [source] = sourcesIn('tests/fixtures/valid-lessons');
		const lazy = {
			...source!,
			text: source!.text.replace(
				`        fhirpath: "AllergyIntolerance.where(patient.reference = 'Patient/{{regular.id}}').code.coding.code"\n        equals: "7980"`,
				`        fhirpath: "Patient.where(id = '{{regular.id}}')"\n        in: record\n        exists: true`
			)
		};
		const findings = checkLessons([lazy], { knownTemplates }).findings;
		expect(findings.map((one) => [one.severity, one.code, one.where])).toEqual([
			// No `unchanged:` field, so the exercise's own line. No check looks at the new
			// allergy any more, so it counts against every record exercise, as it would live.
			['error', 'lesson.solution-fails-key', 'tests/fixtures/valid-lessons/entering/01-register-walk-in.md:29: exercises.register.unchanged'],
			['error', 'lesson.solution-fails-key', 'tests/fixtures/valid-lessons/entering/01-register-walk-in.md:70: exercises.allergy.unchanged'],
			['warning', 'lesson.key-met-without-work', 'tests/fixtures/valid-lessons/entering/01-register-walk-in.md:73: exercises.allergy.checks']
		]);
	});
});

test('a scenario the generator cannot build is reported at the scenario, and the other lessons are still checked', () => {
	const [source] = sourcesIn('tests/fixtures/valid-lessons');
	const report = checkLessons([source!, { ...source!, fileName: 'other.md', text: source!.text.replace('id: register-walk-in', 'id: other') }], {
		knownTemplates,
		castFor: (lesson) => {
			if (lesson.id === 'other') throw new Error('no template "x"\nmore detail');
			return buildLessonCast(lesson.scenario);
		}
	});
	expect(report.findings.map(formatFindingLine)).toEqual(["other.md:13: scenario: the generator could not build this scenario's cast: no template \"x\""]);
});

test('the worked example in docs/authoring.md is the valid fixture, word for word', () => {
	const example = readFileSync('tests/fixtures/valid-lessons/entering/01-register-walk-in.md', 'utf8');
	expect(readFileSync('docs/authoring.md', 'utf8')).toContain(`\`\`\`\`markdown\n${example}\`\`\`\``);
});
