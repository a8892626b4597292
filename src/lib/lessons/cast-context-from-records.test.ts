import { describe, expect, test } from 'vitest';
import { buildCastContext, castContextFromRecords, generateCastRecords } from './cast-context-from-records';
import { resolveTemplate } from '../grading/template-values';
import type { Scenario } from './lesson-schema';

const scenario: Scenario = {
	seed: 1042,
	cohort: 200,
	today: '2024-06-03',
	perLearner: false,
	cast: {
		walkin: { template: 'healthy-adult', registered: false, name: { given: 'Maria', family: 'Lopez' }, sex: 'female', age: 44 },
		regular: { template: 'type-2-diabetes', allergy: ['penicillin'] }
	}
};

describe('generateCastRecords', () => {
	test('builds the cast only, in the scenario order', () => {
		const records = generateCastRecords(scenario);
		expect(records.map((record) => record.castKey)).toEqual(['walkin', 'regular']);
	});

	test('no cast, no records', () => {
		expect(generateCastRecords({ ...scenario, cast: {} })).toEqual([]);
	});
});

describe('castContextFromRecords', () => {
	const context = buildCastContext(scenario);
	const walkin = context.cast.walkin!;
	const regular = context.cast.regular!;

	test('honours the facts the lesson fixed', () => {
		expect(context.today).toBe('2024-06-03');
		expect(walkin.name).toEqual({ text: 'Maria Lopez', given: 'Maria', family: 'Lopez' });
		expect([walkin.gender, walkin.age, walkin.registered, walkin.template]).toEqual(['female', 44, false, 'healthy-adult']);
	});

	test('takes the generated facts from the Patient', () => {
		expect(regular.reference).toBe(`Patient/${regular.id}`);
		expect(regular.patient.id).toBe(regular.id);
		expect(regular.mrn).toMatch(/^\d{8}$/);
		expect(regular.birthDate).toBe(regular.patient.birthDate);
		expect(regular.registered).toBe(true);
		expect(regular.template).toBe('type-2-diabetes');
	});

	test('is deterministic', () => {
		expect(buildCastContext(scenario)).toEqual(context);
	});

	test('resolves the references of answer keys', () => {
		expect(resolveTemplate('{{regular.birthDate}}', context, 'key').value).toBe(regular.patient.birthDate);
		expect(resolveTemplate('{{walkin.name}}', context, 'key').value).toBe('Maria Lopez');
		expect(resolveTemplate('{{walkin.age}}', context, 'key').value).toBe(44);
	});

	test('leaves out records that are not this scenario’s cast', () => {
		const records = generateCastRecords(scenario);
		const stray = { ...records[0]!, castKey: 'nobody' };
		const plain = { ...records[1]!, castKey: undefined };
		expect(Object.keys(castContextFromRecords(scenario, [stray, plain]).cast)).toEqual([]);
	});
});
