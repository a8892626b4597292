/**
 * The criteria of a population report, as data: leaves (one clinical or demographic test each)
 * combined in a small and/or/not tree. A report definition is plain JSON, so it can be shipped,
 * saved in settings and rebuilt by the builder without code.
 */

export type Comparator = '>' | '>=' | '<' | '<=' | '=';
export type RecordType = 'Immunization' | 'Observation' | 'Procedure';

/** When a "since" window starts, relative to the report's today. */
export type SinceRule =
	| { kind: 'months'; months: number }
	/** The season that started on the 1st of this month (1–12), this year or last. */
	| { kind: 'season'; startMonth: number }
	| { kind: 'date'; date: string };

export type Criterion =
	/** An active problem: exact ICD-10-CM code, or a category prefix ("E11" or "E11.*"). */
	| { kind: 'problem'; codes: string[] }
	/** An active medication order, by RxNorm code or by name. */
	| { kind: 'medication'; code?: string; nameContains?: string }
	/** The most recent result of a LOINC-coded lab compared with a value. */
	| { kind: 'last-lab'; loinc: string; comparator: Comparator; value: number }
	/** The most recent blood pressure at or above a threshold (systolic or diastolic). */
	| { kind: 'last-bp'; systolic: number; diastolic: number }
	/** A record (vaccine, lab, procedure) with one of these codes since a date. Negate for "no … since"; label in lower case ("influenza vaccine"). */
	| { kind: 'record-since'; type: RecordType; codes: string[]; label: string; since: SinceRule }
	| { kind: 'age'; min?: number; max?: number; unit: 'years' | 'months' }
	| { kind: 'sex'; sex: 'female' | 'male' }
	| { kind: 'payer'; nameContains: string }
	| { kind: 'last-visit'; before?: string; after?: string };

export type CriterionKind = Criterion['kind'];

export type ReportNode =
	| { op: 'criterion'; criterion: Criterion }
	| { op: 'and' | 'or'; children: ReportNode[] }
	| { op: 'not'; child: ReportNode };

export interface ReportDefinition {
	id: string;
	title: string;
	description?: string;
	/** Recall lists record outreach per patient. */
	recall?: boolean;
	root: ReportNode;
}

/** Influenza vaccines by CVX code (CDC CVX table, vaccine group "FLU"); any one counts as a dose. */
export const INFLUENZA_CVX: readonly string[] = [
	'15', '16', '88', '111', '135', '140', '141', '144', '149', '150', '151', '153', '155', '158', '161', '166', '168', '171',
	'185', '186', '197', '200', '201', '202', '205', '231', '320'
];

export const LOINC = {
	a1c: '4548-4',
	bloodPressurePanel: '85354-9',
	systolic: '8480-6',
	diastolic: '8462-4',
	/** Fecal immunochemical tests (FIT) and guaiac occult blood, one year of cover. */
	fecalOccultBlood: ['29771-3', '57905-2', '56490-6', '56491-4', '27396-1', '58453-2', '27401-9', '27925-7', '27926-5', '12503-9', '12504-7', '14563-1', '14564-9', '14565-6', '2335-8'],
	/** Stool FIT-DNA (three years of cover). */
	fitDna: ['77353-1', '77354-9']
} as const;

/** Colonoscopy and similar procedures (SNOMED CT), ten years of cover. */
export const COLONOSCOPY_SNOMED: readonly string[] = ['73761001', '310634005', '174158000', '174184006', '444783004', '8180007'];

export const leaf = (criterion: Criterion): ReportNode => ({ op: 'criterion', criterion });
export const and = (...children: ReportNode[]): ReportNode => ({ op: 'and', children });
export const or = (...children: ReportNode[]): ReportNode => ({ op: 'or', children });
export const not = (child: ReportNode): ReportNode => ({ op: 'not', child });

/** "E11.*" and "E11" both mean the category and everything under it. */
export function codePrefix(code: string): string {
	return code.trim().replace(/\.?\*$/, '').toUpperCase();
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** The first day the window covers (ISO date), relative to today (ISO date). */
export function sinceDate(rule: SinceRule, today: string): string {
	const [y, m, d] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
	switch (rule.kind) {
		case 'date':
			return rule.date;
		case 'season': {
			const year = m >= rule.startMonth ? y : y - 1;
			return `${year}-${pad(rule.startMonth)}-01`;
		}
		case 'months': {
			const total = y * 12 + (m - 1) - rule.months;
			const year = Math.floor(total / 12);
			const month = (total % 12) + 1;
			const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
			return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
		}
	}
}

/** Birth dates (inclusive ISO bounds) of people whose age in whole units lies in [min, max] today. */
export function birthDateBounds(criterion: Extract<Criterion, { kind: 'age' }>, today: string): { from?: string; to?: string } {
	const months = criterion.unit === 'years' ? 12 : 1;
	const shift = (n: number, extraDay: number) => {
		const back = sinceDate({ kind: 'months', months: n * months }, today);
		if (!extraDay) return back;
		const date = new Date(`${back}T00:00:00Z`);
		date.setUTCDate(date.getUTCDate() + extraDay);
		return date.toISOString().slice(0, 10);
	};
	return {
		// Age ≤ max: born after the day (max + 1) units before today.
		...(criterion.max !== undefined ? { from: shift(criterion.max + 1, 1) } : {}),
		// Age ≥ min: born on or before the day min units before today.
		...(criterion.min !== undefined ? { to: shift(criterion.min, 0) } : {})
	};
}

export function compare(value: number, comparator: Comparator, threshold: number): boolean {
	switch (comparator) {
		case '>':
			return value > threshold;
		case '>=':
			return value >= threshold;
		case '<':
			return value < threshold;
		case '<=':
			return value <= threshold;
		case '=':
			return value === threshold;
	}
}

export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeSince(rule: SinceRule): string {
	switch (rule.kind) {
		case 'date':
			return `since ${rule.date}`;
		case 'months':
			return `in the last ${rule.months} months`;
		case 'season':
			return `since 1 ${new Date(Date.UTC(2000, rule.startMonth - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} of this season`;
	}
}

/** One line a learner reads, e.g. "Active problem E11.* or I10". */
export function describeCriterion(c: Criterion): string {
	switch (c.kind) {
		case 'problem':
			return `Active problem ${c.codes.join(' or ')}`;
		case 'medication':
			return `Active medication ${[c.code && `RxNorm ${c.code}`, c.nameContains && `named “${c.nameContains}”`].filter(Boolean).join(' or ')}`;
		case 'last-lab':
			return `Last LOINC ${c.loinc} ${c.comparator} ${c.value}`;
		case 'last-bp':
			return `Last blood pressure ≥ ${c.systolic}/${c.diastolic} mmHg`;
		case 'record-since':
			return `${capitalize(c.label)} ${describeSince(c.since)}`;
		case 'age':
			return `Age ${c.min ?? 0}–${c.max ?? 'any'} ${c.unit}`;
		case 'sex':
			return `Sex ${c.sex}`;
		case 'payer':
			return `Payer contains “${c.nameContains}”`;
		case 'last-visit':
			return `Last visit ${[c.after && `after ${c.after}`, c.before && `before ${c.before}`].filter(Boolean).join(' and ')}`;
	}
}

export function describeNode(node: ReportNode): string {
	switch (node.op) {
		case 'criterion':
			return describeCriterion(node.criterion);
		case 'not':
			return `NOT (${describeNode(node.child)})`;
		default:
			return node.children.map((c) => (c.op === 'and' || c.op === 'or' ? `(${describeNode(c)})` : describeNode(c))).join(` ${node.op.toUpperCase()} `);
	}
}
