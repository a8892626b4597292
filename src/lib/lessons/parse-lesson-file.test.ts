import { describe, expect, test } from 'vitest';
import { parseLessonFile } from './parse-lesson-file';

const FILE = 'lessons/entering/01-walk-in.md';

/** A valid lesson; each test breaks one line of it. Line numbers are file lines. */
const lines = [
	'---', // 1
	'id: walk-in', // 2
	'title: Register a walk-in', // 3
	'module: entering', // 4
	'role: front-desk', // 5
	'minutes: 10', // 6
	'objectives: [Enter demographics exactly as given]', // 7
	'domains: [cehrs:non-clinical-operations]', // 8
	'scenario:', // 9
	'  seed: 1042', // 10
	'  cohort: 20', // 11
	'  today: 2024-06-03', // 12
	'  cast: { walkin: { template: healthy-adult, registered: false } }', // 13
	'exercises:', // 14
	'  register:', // 15
	'    kind: record', // 16
	'    checks:', // 17
	'      - { path: Patient.name.family, equals: "{{walkin.name.family}}", points: 2 }', // 18
	'      - { path: Patient.birthDate, equals: "{{walkin.birthDate}}" }', // 19
	'    solution:', // 20
	'      - resourceType: Patient', // 21
	'        name: [{ family: "{{walkin.name.family}}" }]', // 22
	'        birthDate: "{{walkin.birthDate}}"', // 23
	'---', // 24
	'', // 25
	"{walkin.name}'s intake form is below.", // 26
	'', // 27
	'<Exercise id="register" />' // 28
];

function parse(edit: (copy: string[]) => void = () => {}, options = {}) {
	const copy = [...lines];
	edit(copy);
	return parseLessonFile(FILE, copy.join('\n'), options);
}

const whereAndMessage = (result: ReturnType<typeof parse>) => result.findings.map((one) => `${one.where}: ${one.message}`);

describe('parseLessonFile', () => {
	test('a valid lesson has no findings', () => {
		const result = parse();
		expect(result.findings).toEqual([]);
		expect(result.lesson?.exercises.register?.kind).toBe('record');
		expect(result.lineOf(['exercises', 'register', 'checks', 1, 'path'])).toBe(19);
	});

	test('unknown element in a path: file line of the check', () => {
		const result = parse((copy) => (copy[18] = '      - { path: Patient.birthdate, equals: "{{walkin.birthDate}}" }'));
		expect(result.findings).toEqual([
			{
				severity: 'error',
				code: 'lesson.unknown-element',
				where: `${FILE}:19: exercises.register.checks[1].path`,
				message: 'unknown field "Patient.birthdate"'
			}
		]);
	});

	test('unknown field, with a suggestion', () => {
		const result = parse((copy) => (copy[16] = '    chekcs:'));
		expect(result.findings.map((one) => [one.code, one.where, one.hint])).toEqual([
			['lesson.missing-field', `${FILE}:15: exercises.register.checks`, undefined],
			['lesson.unknown-field', `${FILE}:17: exercises.register.chekcs`, 'did you mean "checks"?']
		]);
	});

	test('a missing top-level field points at the opening ---', () => {
		expect(whereAndMessage(parse((copy) => copy.splice(5, 1)))).toEqual([`${FILE}:1: minutes: missing field "minutes"`]);
	});

	test('YAML syntax errors with their file line', () => {
		const result = parse((copy) => (copy[9] = '  seed: [1042'));
		expect(result.lesson).toBeUndefined();
		expect(result.findings[0]).toMatchObject({ code: 'lesson.yaml-syntax', where: `${FILE}:11: front matter` });
	});

	test('duplicate keys are a syntax error on the second key', () => {
		expect(whereAndMessage(parse((copy) => copy.splice(3, 0, 'title: Again')))).toEqual([
			`${FILE}:4: front matter: Map keys must be unique`
		]);
	});

	test('unknown cast members in keys and in prose', () => {
		const result = parse((copy) => {
			copy[18] = '      - { path: Patient.birthDate, equals: "{{walkni.birthDate}}" }';
			copy[25] = "{walkin.nmae}'s intake form is below.";
		});
		expect(whereAndMessage(result)).toEqual([
			`${FILE}:19: exercises.register.checks[1].equals: {{walkni.birthDate}}: unknown cast member "walkni" (did you mean "walkin"?)`,
			`${FILE}:26: body: {walkin.nmae}: unknown cast field "nmae" (did you mean "name"?)`
		]);
	});

	test('an exercise the text never places, and a placement of nothing', () => {
		const result = parse((copy) => (copy[27] = '<Exercise id="regster" />'));
		expect(whereAndMessage(result)).toEqual([
			`${FILE}:15: exercises.register: exercise "register" is not placed in the text; add <Exercise id="register" />`,
			`${FILE}:28: body: <Exercise id="regster" /> names no exercise (exercises: register)`
		]);
	});

	test('unknown templates when the list is given', () => {
		const result = parse(() => {}, { knownTemplates: new Set(['type-2-diabetes']) });
		expect(whereAndMessage(result)).toEqual([`${FILE}:13: scenario.cast.walkin.template: unknown template "healthy-adult"`]);
	});

	test('FHIRPath that does not parse', () => {
		const result = parse((copy) => (copy[18] = "      - { fhirpath: \"Patient.where(id = 'x'\", exists: true }"));
		expect(result.findings.map((one) => [one.code, one.where])).toEqual([
			['lesson.fhirpath-syntax', `${FILE}:19: exercises.register.checks[1].fhirpath`]
		]);
	});

	test('numbers YAML rewrites are a warning', () => {
		const result = parse((copy) => (copy[18] = '      - { path: Patient.identifier.value, equals: 00123 }'));
		expect(result.findings).toEqual([
			{
				severity: 'warning',
				code: 'lesson.number-as-written',
				where: `${FILE}:19: exercises.register.checks[1].equals`,
				message: 'YAML reads 00123 as the number 123',
				hint: 'write "00123" in quotes to keep it as written'
			}
		]);
	});

	test('needs: the chart sections the task calls for, by their record-section names', () => {
		const result = parse((copy) => copy.splice(8, 0, 'needs: [demographics, allergies]'));
		expect(result.findings).toEqual([]);
		expect(result.lesson?.needs).toEqual(['demographics', 'allergies']);
		expect(parse().lesson?.needs).toBeUndefined();
	});

	test('needs: an unknown section, and an empty list, are errors on their line', () => {
		expect(parse((copy) => copy.splice(8, 0, 'needs: [demographics, lab-results]')).findings.map((one) => [one.code, one.where])).toEqual([
			['lesson.unknown-value', `${FILE}:9: needs[1]`]
		]);
		expect(whereAndMessage(parse((copy) => copy.splice(8, 0, 'needs: []')))).toEqual([`${FILE}:9: needs: list at least one section`]);
	});

	test('prototype keys are refused before the YAML becomes data', () => {
		expect(whereAndMessage(parse((copy) => copy.splice(2, 0, '__proto__: { polluted: true }')))).toEqual([
			`${FILE}:3: __proto__: "__proto__" cannot be a field name`
		]);
	});

	test('no front matter', () => {
		expect(whereAndMessage(parseLessonFile(FILE, '# Hello\n'))).toEqual([
			`${FILE}:1: front matter: a lesson file starts with front matter: a line "---", the YAML fields, then "---"`
		]);
	});
});

describe('parseLessonFile with the generator scenario check', () => {
	test("the generator's findings are placed on the scenario's lines, without repeats", () => {
		const result = parse(() => {}, {
			knownTemplates: new Set(['healthy-adults']),
			scenarioProblems: () => [
				{ severity: 'error', code: 'scenario.invalid', where: 'cast.walkin.template', message: 'unknown template "healthy-adult"' },
				{ severity: 'error', code: 'scenario.invalid', where: 'cast.walkin.age', message: 'age 5 is outside healthy-adult\'s 18–110' }
			]
		});
		expect(result.findings.map((one) => [one.code, one.where, one.message])).toEqual([
			['lesson.unknown-template', `${FILE}:13: scenario.cast.walkin.template`, 'unknown template "healthy-adult"'],
			['lesson.scenario', `${FILE}:13: scenario.cast.walkin.age`, "age 5 is outside healthy-adult's 18–110"]
		]);
	});
});
