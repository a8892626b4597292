/**
 * Loads templates/*.json, validates each against the schema and the templates against each
 * other, and fails naming every problem: `templates/asthma.json: labs[0].code.display: …`.
 */
import { finding, type Finding } from '../findings/finding';
import { allBodies, type ComposedBody } from './compose-template';
import { placeholdersIn } from './note-placeholders';
import { parseTemplate, type Template } from './template-schema';
import { VITAL_KEYS } from './vital-signs';

export interface TemplateRegistry {
	readonly list: readonly Template[];
	get(id: string): Template;
	has(id: string): boolean;
}

export class TemplateLoadError extends Error {
	readonly findings: Finding[];
	constructor(findings: Finding[]) {
		super(`${findings.length} template problem(s):\n${findings.map((f) => `${f.where}: ${f.message}`).join('\n')}`);
		this.name = 'TemplateLoadError';
		this.findings = findings;
	}
}

const ICD10_CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

function fileId(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

function displayPath(path: string): string {
	return `templates/${path.replace(/^.*\//, '')}`;
}

/**
 * Every problem in a set of template files, keyed by path (as `import.meta.glob` gives them).
 * Returns the parsed templates too, so that a caller can build a registry without parsing twice.
 */
export function collectTemplateProblems(files: Readonly<Record<string, unknown>>): {
	templates: Template[];
	problems: Finding[];
} {
	const problems: Finding[] = [];
	const templates: Template[] = [];
	const fileOf = new Map<string, string>();
	const problem = (path: string, field: string, message: string, code = 'template.invalid') =>
		problems.push(finding('error', code, `${displayPath(path)}: ${field}`, message));

	for (const path of Object.keys(files).sort()) {
		const { template, problems: schemaProblems } = parseTemplate(files[path]);
		for (const p of schemaProblems) problem(path, p.path, p.message, 'template.schema');
		if (!template) continue;
		if (template.id !== fileId(path)) problem(path, 'id', `"${template.id}" must match the file name "${fileId(path)}"`);
		templates.push(template);
		fileOf.set(template.id, path);
	}

	const byId = new Map(templates.map((t) => [t.id, t]));
	const labCodeByKey = new Map<string, { code: string; id: string }>();
	const allergyKeys = new Set(templates.flatMap((t) => (t.allergy ? [t.allergy.key] : [])));

	for (const template of templates) {
		const path = fileOf.get(template.id) ?? template.id;
		const bodies = allBodies(template);
		checkStructure(template, bodies, byId, (field, message) => problem(path, field, message));
		for (const body of bodies) {
			for (const [i, condition] of body.conditions.entries()) {
				if (!ICD10_CODE.test(condition.icd10.code)) {
					problem(path, `conditions[${i}].icd10.code`, `"${condition.icd10.code}" is not an ICD-10-CM code with a dot (E11.9)`);
				}
			}
			for (const [i, lab] of body.labs.entries()) {
				if (lab.intervalMonths === undefined && !lab.atOnset && !lab.duringWeeks) {
					problem(path, `labs[${i}]`, `lab "${lab.key}" needs intervalMonths, atOnset or duringWeeks`);
				}
				const seen = labCodeByKey.get(lab.key);
				if (seen && seen.code !== lab.code.code) {
					problem(path, `labs[${i}].code`, `lab key "${lab.key}" is ${lab.code.code} here but ${seen.code} in ${seen.id}`);
				} else if (!seen) labCodeByKey.set(lab.key, { code: lab.code.code, id: template.id });
			}
			for (const [i, medication] of body.medications.entries()) {
				for (const key of [...(medication.avoidIfAllergic ?? []), ...(medication.alternative?.avoidIfAllergic ?? [])]) {
					if (!allergyKeys.has(key)) problem(path, `medications[${i}].avoidIfAllergic`, `no trait template has allergy key "${key}"`);
				}
			}
		}
		checkPlaceholders(template, bodies, byId, (field, message) => problem(path, field, message));
	}
	return { templates, problems };
}

/** One family of checks over a template and its composed bodies. */
type TemplateCheck = (
	template: Template,
	bodies: ComposedBody[],
	byId: ReadonlyMap<string, Template>,
	problem: (field: string, message: string) => void
) => void;

const checkStructure: TemplateCheck = (template, bodies, byId, problem) => {
	const [minAge, maxAge] = template.eligibility.ageYears;
	if (minAge < 0 || maxAge > 120) problem('eligibility.ageYears', 'ages must lie within 0–120');
	for (const [i, id] of (template.includes ?? []).entries()) {
		if (id === template.id) problem(`includes[${i}]`, 'a template cannot include itself');
		else if (!byId.has(id)) problem(`includes[${i}]`, `unknown template "${id}"`);
		else if (byId.get(id)?.includes?.length) problem(`includes[${i}]`, `"${id}" includes others; only one level is allowed`);
	}
	if (template.kind === 'trait' && !template.allergy) problem('allergy', 'a trait template needs an allergy');
	if (template.kind !== 'trait' && !template.visit) problem('visit', `a ${template.kind} template needs a visit type`);
	if ((template.kind === 'chronic' || template.kind === 'acute') && !template.onset) {
		problem('onset', `a ${template.kind} template needs an onset`);
	}
	if (template.kind !== 'trait' && bodies.some((body) => !body.cadence)) {
		problem('cadence', 'needs a cadence (in the template or in every state)');
	}
	if (template.kind === 'wellness' && bodies.some((body) => !body.vitalsBaseline)) {
		problem('vitalsBaseline', 'a wellness template needs a vitals baseline table');
	}
	if (bodies.some((body) => body.immunizations.length > 0) && !template.immunizationVisit) {
		problem('immunizationVisit', 'a template with immunizations needs an immunizationVisit');
	}
	const lists = ['conditions', 'medications', 'labs', 'procedures', 'immunizations'] as const;
	for (const list of lists) {
		const keys = (template[list] ?? []).map((entry) => entry.key);
		for (const [i, key] of keys.entries()) {
			if (keys.indexOf(key) !== i) problem(`${list}[${i}].key`, `duplicate key "${key}"`);
		}
	}
	for (const body of bodies) {
		for (const [i, row] of (body.vitalsBaseline ?? []).entries()) {
			const missing = VITAL_KEYS.filter((key) => !row.measures[key]);
			if (missing.length > 0) problem(`vitalsBaseline[${i}].measures`, `missing ${missing.join(', ')}`);
		}
		const conditionKeys = new Set(body.conditions.map((c) => c.key));
		for (const [i, reason] of body.visitReasons.entries()) {
			if (reason.onlyWith && !conditionKeys.has(reason.onlyWith)) {
				problem(`visitReasons[${i}].onlyWith`, `no condition with key "${reason.onlyWith}"`);
			}
		}
	}
};

/** Keys a note may name: those of the template, its states and the templates it includes. */
const checkPlaceholders: TemplateCheck = (template, bodies, byId, problem) => {
	const related = [template, ...(template.includes ?? []).flatMap((id) => (byId.get(id) ? [byId.get(id) as Template] : []))];
	const relatedBodies = related.flatMap((t) => (t === template ? bodies : allBodies(t)));
	const known = {
		lab: new Set(relatedBodies.flatMap((b) => b.labs.map((l) => l.key))),
		med: new Set(relatedBodies.flatMap((b) => b.medications.flatMap((m) => (m.group ? [m.key, m.group] : [m.key])))),
		term: new Set(relatedBodies.flatMap((b) => b.conditions.flatMap((c) => Object.keys(c.terms ?? {}))))
	};
	const notes: [string, Template['note']][] = [
		['note', template.note],
		['noteEveryVisit', template.noteEveryVisit],
		['immunizationVisit.note', template.immunizationVisit?.note],
		...(template.states ?? []).flatMap((state, i): [string, Template['note']][] => [
			[`states[${i}].note`, state.note],
			[`states[${i}].noteEveryVisit`, state.noteEveryVisit]
		])
	];
	for (const [field, note] of notes) {
		for (const section of ['subjective', 'objective', 'assessment', 'plan'] as const) {
			for (const [i, text] of (note?.[section] ?? []).entries()) {
				for (const placeholder of placeholdersIn(text)) {
					const where = `${field}.${section}[${i}]`;
					if (placeholder.namespace === 'unknown') problem(where, `unknown placeholder ${placeholder.raw}`);
					else if (placeholder.namespace !== 'basic' && placeholder.namespace !== 'vital' && !known[placeholder.namespace].has(placeholder.name)) {
						problem(where, `placeholder ${placeholder.raw} names no ${placeholder.namespace} of this template`);
					}
				}
			}
		}
	}
};

export function buildTemplateRegistry(files: Readonly<Record<string, unknown>>): TemplateRegistry {
	const { templates, problems } = collectTemplateProblems(files);
	if (problems.length > 0) throw new TemplateLoadError(problems);
	const byId = new Map(templates.map((t) => [t.id, t]));
	return {
		list: templates,
		has: (id) => byId.has(id),
		get(id) {
			const template = byId.get(id);
			if (!template) throw new Error(`unknown template "${id}"`);
			return template;
		}
	};
}

let shipped: TemplateRegistry | undefined;

/** The templates shipped in src/lib/synth/templates, validated once. */
export function loadTemplates(): TemplateRegistry {
	if (!shipped) {
		const modules = import.meta.glob('./templates/*.json', { eager: true, import: 'default' });
		shipped = buildTemplateRegistry(modules);
	}
	return shipped;
}
