/** The builder's rows (what the form holds) turned into a report tree. */
import { and, INFLUENZA_CVX, leaf, not, or, type Comparator, type Criterion, type ReportNode } from './report-criteria';

export const BUILDER_KINDS = {
	problem: 'Active problem (ICD-10-CM)',
	medication: 'Active medication',
	'last-lab': 'Last lab result',
	'last-bp': 'Last blood pressure',
	'flu-vaccine': 'Influenza vaccine this season',
	age: 'Age range',
	sex: 'Sex',
	payer: 'Payer',
	'last-visit': 'Last visit'
} as const;
export type BuilderKind = keyof typeof BUILDER_KINDS;

export interface BuilderRow {
	key: number;
	kind: BuilderKind;
	negate: boolean;
	text: string;
	comparator: Comparator;
	value: number;
	min: number | undefined;
	max: number | undefined;
	sex: 'female' | 'male';
	after: string;
	before: string;
}

export function newBuilderRow(key: number, kind: BuilderKind): BuilderRow {
	const defaults: Partial<BuilderRow> = {
		problem: { text: 'E11.*' },
		medication: { text: 'metformin' },
		'last-lab': { text: '4548-4', comparator: '>' as const, value: 9 },
		'last-bp': { min: 140, max: 90 },
		'flu-vaccine': { negate: true },
		age: { min: 18, max: 75 },
		sex: {},
		payer: { text: '' },
		'last-visit': {}
	}[kind];
	return { key, kind, negate: false, text: '', comparator: '>', value: 0, min: undefined, max: undefined, sex: 'female', after: '', before: '', ...defaults };
}

export function rowCriterion(row: BuilderRow): Criterion {
	switch (row.kind) {
		case 'problem':
			return { kind: 'problem', codes: row.text.split(/[\s,]+/).filter(Boolean) };
		case 'medication':
			return /^\d+$/.test(row.text.trim()) ? { kind: 'medication', code: row.text.trim() } : { kind: 'medication', nameContains: row.text };
		case 'last-lab':
			return { kind: 'last-lab', loinc: row.text.trim(), comparator: row.comparator, value: row.value };
		case 'last-bp':
			return { kind: 'last-bp', systolic: row.min ?? 140, diastolic: row.max ?? 90 };
		case 'flu-vaccine':
			return { kind: 'record-since', type: 'Immunization', codes: [...INFLUENZA_CVX], label: 'influenza vaccine', since: { kind: 'season', startMonth: 8 } };
		case 'age':
			return { kind: 'age', unit: 'years', ...(row.min !== undefined ? { min: row.min } : {}), ...(row.max !== undefined ? { max: row.max } : {}) };
		case 'sex':
			return { kind: 'sex', sex: row.sex };
		case 'payer':
			return { kind: 'payer', nameContains: row.text };
		case 'last-visit':
			return { kind: 'last-visit', ...(row.after ? { after: row.after } : {}), ...(row.before ? { before: row.before } : {}) };
	}
}

export function builderTree(rows: readonly BuilderRow[], combine: 'and' | 'or'): ReportNode {
	const children = rows.map((row) => (row.negate ? not(leaf(rowCriterion(row))) : leaf(rowCriterion(row))));
	return combine === 'and' ? and(...children) : or(...children);
}
