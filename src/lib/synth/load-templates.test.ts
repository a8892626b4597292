import { describe, expect, test } from 'vitest';
import { buildTemplateRegistry, collectTemplateProblems, loadTemplates, TemplateLoadError } from './load-templates';

const files = import.meta.glob('./templates/*.json', { eager: true, import: 'default' });

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

describe('shipped templates', () => {
	test('every template file passes the schema and the cross-template checks', () => {
		const { problems } = collectTemplateProblems(files);
		// One assertion over the whole list, so a failure shows every problem at once.
		expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([]);
	});

	test('there are at least 24 templates and every kind is present', () => {
		const registry = loadTemplates();
		expect(registry.list.length).toBeGreaterThanOrEqual(24);
		expect(new Set(registry.list.map((t) => t.kind))).toEqual(new Set(['wellness', 'chronic', 'acute', 'trait']));
	});

	test('the templates the curriculum relies on exist', () => {
		const registry = loadTemplates();
		for (const id of [
			'healthy-adult', 'healthy-child', 'type-2-diabetes', 'essential-hypertension', 'diabetes-with-hypertension',
			'hyperlipidemia', 'asthma', 'copd', 'heart-failure', 'atrial-fibrillation', 'ckd', 'hypothyroidism',
			'major-depression', 'anxiety', 'osteoarthritis-knee', 'low-back-pain', 'pregnancy', 'acute-uti',
			'acute-otitis-media', 'acute-strep-pharyngitis', 'acute-ankle-sprain', 'acute-influenza',
			'penicillin-allergy', 'sulfa-allergy'
		]) {
			expect(registry.has(id), id).toBe(true);
		}
	});

	test('every template cites a source', () => {
		for (const template of loadTemplates().list) expect(template.source.length, template.id).toBeGreaterThan(0);
	});
});

describe('broken templates', () => {
	const asthma = files['./templates/asthma.json'] as Record<string, unknown>;

	test('a missing field fails naming the file and the field', () => {
		const broken = clone(asthma);
		delete broken.title;
		expect(() => buildTemplateRegistry({ './templates/asthma.json': broken })).toThrow(
			'templates/asthma.json: title: Invalid key: Expected "title" but received undefined'
		);
	});

	test('a nested problem names the full path', () => {
		const broken = clone(asthma) as { conditions: { icd10: { display?: string } }[] };
		delete broken.conditions[0]!.icd10.display;
		const { problems } = collectTemplateProblems({ './templates/asthma.json': broken });
		expect(problems.map((p) => p.where)).toContain('templates/asthma.json: conditions[0].icd10.display');
	});

	test('all problems of all files are listed together', () => {
		const a = clone(asthma);
		delete a.kind;
		const b = clone(files['./templates/copd.json'] as Record<string, unknown>);
		b.prevalence = 2;
		b.surprise = true;
		try {
			buildTemplateRegistry({ './templates/asthma.json': a, './templates/copd.json': b });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(TemplateLoadError);
			const wheres = (error as TemplateLoadError).findings.map((f) => f.where);
			expect(wheres).toEqual(
				expect.arrayContaining(['templates/asthma.json: kind', 'templates/copd.json: prevalence', 'templates/copd.json: surprise'])
			);
		}
	});

	test('an id that differs from the file name is rejected', () => {
		const { problems } = collectTemplateProblems({ './templates/wheeze.json': clone(asthma) });
		expect(problems).toContainEqual(
			expect.objectContaining({ where: 'templates/wheeze.json: id', message: '"asthma" must match the file name "wheeze"' })
		);
	});

	test('an unknown note placeholder is rejected', () => {
		const broken = clone(asthma) as { note: { plan: string[] } };
		broken.note.plan = ['Check {lab.a1c} and {frobnicate}.'];
		const { problems } = collectTemplateProblems({ ...files, './templates/asthma.json': broken });
		expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
			'templates/asthma.json: note.plan[0]: placeholder {lab.a1c} names no lab of this template',
			'templates/asthma.json: note.plan[0]: unknown placeholder {frobnicate}'
		]);
	});

	test('an included template must exist', () => {
		const broken = clone(files['./templates/diabetes-with-hypertension.json'] as Record<string, unknown>);
		broken.includes = ['type-2-diabetes', 'gout'];
		const { problems } = collectTemplateProblems({ ...files, './templates/diabetes-with-hypertension.json': broken });
		expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual(['templates/diabetes-with-hypertension.json: includes[1]: unknown template "gout"']);
	});
});
