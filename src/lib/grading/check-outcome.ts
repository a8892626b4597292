/**
 * The result of one check of an answer key, before it becomes a Finding. Expected and found
 * are kept apart so that the learner's view can leave out what the key wanted until the
 * attempt is submitted.
 */
import { finding, type Finding, type Severity } from '../findings/finding';

/** A field path in the lesson front matter, e.g. ['exercises', 'register', 'checks', 1]. */
export type FieldPath = readonly (string | number)[];

export interface CheckOutcome {
	/** `grade.…` finding code. */
	code: string;
	/** A FHIRPath for record checks, else the key's field path (`exercises.dob`). */
	where: string;
	/** Where in the lesson's front matter the check is written, for lessons:check. */
	source: FieldPath;
	/** What was checked, in the instructor's words when a label was given. */
	label: string;
	earned: number;
	possible: number;
	/** What the key wants, in words. Never shown before submission. */
	expected: string;
	/** What the learner's work shows, in words. */
	found: string;
	hint?: string;
	/** The learner-side values or audit events behind `found`; never the key. */
	evidence?: unknown[];
	/**
	 * Finer findings that may name the key (a code matcher's "E11.9 is missing"): shown
	 * after submission only.
	 */
	details?: Finding[];
}

/** `exercises.claim.checks[2].path` */
export function formatFieldPath(path: FieldPath): string {
	return path.reduce<string>(
		(text, step) => (typeof step === 'number' ? `${text}[${step}]` : text === '' ? step : `${text}.${step}`),
		''
	);
}

/** Two decimals are enough for partial credit and keep sums stable. */
export function roundPoints(points: number): number {
	return Math.round(points * 100) / 100;
}

export function isPassed(outcome: CheckOutcome): boolean {
	return outcome.earned >= outcome.possible;
}

function severityOf(outcome: CheckOutcome): Severity {
	if (isPassed(outcome)) return 'info';
	return outcome.earned > 0 ? 'warning' : 'error';
}

function verdict(outcome: CheckOutcome): string {
	if (isPassed(outcome)) return 'correct';
	return outcome.earned > 0 ? 'partly right' : 'not yet right';
}

/**
 * The finding a learner or instructor sees. With `reveal: false` the message and evidence
 * say only what the learner's own work shows.
 */
export function outcomeToFinding(outcome: CheckOutcome, options: { reveal: boolean }): Finding {
	const message = options.reveal
		? `${outcome.label}: ${verdict(outcome)}; expected ${outcome.expected}, found ${outcome.found}`
		: `${outcome.label}: ${verdict(outcome)}; found ${outcome.found}`;
	const extra: Partial<Pick<Finding, 'hint' | 'evidence' | 'points'>> = {
		points: { earned: outcome.earned, possible: outcome.possible }
	};
	if (outcome.hint !== undefined && !isPassed(outcome)) extra.hint = outcome.hint;
	if (outcome.evidence !== undefined) extra.evidence = outcome.evidence;
	return finding(severityOf(outcome), outcome.code, outcome.where, message, extra);
}

/** A value as the learner would recognise it in a message. */
export function describeValue(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === undefined || value === null) return 'nothing';
	return JSON.stringify(value);
}

/** `nothing`, `"a"`, or `"a", "b"`. */
export function describeValues(values: readonly unknown[]): string {
	return values.length === 0 ? 'nothing' : values.map(describeValue).join(', ');
}
