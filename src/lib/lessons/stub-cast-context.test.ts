import { describe, expect, test } from 'vitest';
import { buildStubCastContext } from './stub-cast-context';
import type { Scenario } from './lesson-schema';

const scenario: Scenario = {
	seed: 1042,
	cohort: 20,
	today: '2024-06-03',
	perLearner: false,
	cast: {
		walkin: { template: 'healthy-adult', registered: false, name: { family: 'Lopez' }, sex: 'female', age: 44 },
		child: { template: 'healthy-child', registered: true }
	}
};

describe('buildStubCastContext', () => {
	test('is deterministic', () => {
		expect(buildStubCastContext(scenario)).toEqual(buildStubCastContext(scenario));
	});

	test('honours the facts the lesson fixes', () => {
		const walkin = buildStubCastContext(scenario).cast.walkin!;
		expect([walkin.name.family, walkin.gender, walkin.age, walkin.registered, walkin.id]).toEqual(['Lopez', 'female', 44, false, 'walkin-1042']);
		expect(walkin.patient.birthDate).toBe(walkin.birthDate);
	});

	test('the age agrees with the birth date on the scenario day', () => {
		for (const today of ['2024-01-01', '2024-06-03', '2024-12-31']) {
			expect(buildStubCastContext({ ...scenario, today }).cast.walkin?.age).toBe(44);
		}
	});

	test('a fixed birth date wins over age', () => {
		const context = buildStubCastContext({ ...scenario, cast: { p: { template: 'x', birthDate: '1980-03-05' } } });
		expect([context.cast.p?.birthDate, context.cast.p?.age]).toEqual(['1980-03-05', 44]);
	});
});
