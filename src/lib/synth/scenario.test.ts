import { describe, expect, test } from 'vitest';
import { parseScenario, ScenarioError, scenarioProblems } from './scenario';

const base = { seed: 1, cohort: 10, today: '2024-10-15' };
const wheres = (input: unknown) => scenarioProblems(input).map((p) => `${p.where}: ${p.message}`);

describe('scenario validation', () => {
	test('a valid scenario parses', () => {
		expect(parseScenario({ ...base, cast: { walkin: { template: 'healthy-adult', registered: false } } }).cohort).toBe(10);
	});

	test('an unknown template names the cast key and field', () => {
		expect(wheres({ ...base, cast: { walkin: { template: 'healty-adult' } } })).toEqual(['cast.walkin.template: unknown template "healty-adult"']);
		expect(wheres({ ...base, cast: { pair: { templates: ['asthma', 'gout'] } } })).toEqual(['cast.pair.templates[1]: unknown template "gout"']);
	});

	test('schema problems name the path', () => {
		expect(wheres({ ...base, today: '2024-02-30', cast: { x: { template: 'asthma', age: -1, vip: 'yes' } } })).toEqual([
			'today: must be an ISO date (YYYY-MM-DD)',
			'cast.x.age: Invalid value: Expected >=0 but received -1',
			'cast.x.vip: Invalid type: Expected boolean but received "yes"'
		]);
	});

	test('an unknown field is rejected', () => {
		expect(wheres({ ...base, cast: { x: { template: 'asthma', overdo: ['influenza'] } } })).toEqual([
			'cast.x.overdo: Invalid key: Expected never but received "overdo"'
		]);
	});

	test('cross-field rules name the field', () => {
		expect(
			wheres({
				...base,
				cast: {
					a: { template: 'pregnancy', sex: 'male', age: 70 },
					b: { template: 'asthma', similarTo: 'nobody', allergy: ['latex'], overdue: ['flu'], relativeOf: 'staff-janitor' },
					c: { template: 'asthma', templates: ['copd'] },
					d: { template: 'asthma', age: 30, birthDate: '1990-01-01' }
				}
			})
		).toEqual([
			'cast.a.sex: pregnancy is for female patients',
			'cast.a.age: age 70 is outside pregnancy\'s 16–44',
			'cast.b.allergy[0]: unknown allergy "latex" (known: penicillin, sulfa)',
			'cast.b.overdue[0]: unknown immunization series "flu"',
			'cast.b.relativeOf: unknown staff id "staff-janitor" (known: fd-alvarez, ma-chen, rn-okafor, rn-brennan, md-whitfield, md-sato, cd-mbeki, po-ferreira, staff-front-desk, staff-medical-assistant, staff-nurse, staff-physician, staff-coder, staff-privacy-officer)',
			'cast.b.similarTo: no cast member "nobody"',
			'cast.c.template: give template or templates, not both',
			'cast.d.age: give age or birthDate, not both'
		]);
	});

	test('templates whose ages cannot meet are refused', () => {
		expect(wheres({ ...base, cast: { x: { templates: ['acute-otitis-media', 'copd'] } } })).toEqual(['cast.x.templates: no age fits all templates (40 > 12)']);
	});

	test('parseScenario throws a ScenarioError listing every problem', () => {
		try {
			parseScenario({ ...base, cohort: -5, cast: { x: { template: 'nope' } } });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ScenarioError);
			expect((error as ScenarioError).message).toBe('cohort: Invalid value: Expected >=0 but received -5');
		}
	});
});
