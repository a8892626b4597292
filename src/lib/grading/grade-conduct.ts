/**
 * Grades behaviour: the privacy monitor's flags and the audit trail are the evidence. A check
 * asks for a flag to be absent (no snooping) or present, or for an audit event to have
 * happened (the workstation was locked), possibly before another (break-the-glass before
 * opening the notes), or not to have happened at all.
 */
import type { AuditRecord } from '../db/audit-record';
import type { Finding } from '../findings/finding';
import type { ConductCheck, ConductExercise, EventPattern } from '../lessons/lesson-schema';
import { formatFieldPath, type CheckOutcome, type FieldPath } from './check-outcome';
import { fillText, resolveTemplates, type CastContext } from './template-values';

export interface ConductEvidence {
	/** The privacy monitor's flags (findings with `privacy.*` codes) for the attempt. */
	flags: readonly Finding[];
	/** The audit events of the attempt, in the order they were written. */
	events: readonly AuditRecord[];
}

/** `privacy.*` matches every privacy flag. */
function flagMatches(flag: Finding, pattern: string): boolean {
	return pattern.endsWith('*') ? flag.code.startsWith(pattern.slice(0, -1)) : flag.code === pattern;
}

/**
 * Every field named must be equal; `"*"` asks only that the field is filled in, `"-"` that it
 * is left empty (the workspace's own patient search, not the registration's duplicate check).
 */
export function eventMatches(event: AuditRecord, pattern: EventPattern): boolean {
	return Object.entries(pattern).every(([field, wanted]) => {
		const actual = (event as unknown as Record<string, unknown>)[field];
		const filled = actual !== undefined && actual !== '';
		if (wanted === '*') return filled;
		if (wanted === '-') return !filled;
		return actual === wanted;
	});
}

export function describePattern(pattern: EventPattern): string {
	return Object.entries(pattern)
		.map(([field, value]) => `${field}=${String(value)}`)
		.join(', ');
}

function describeEvent(event: AuditRecord): string {
	const about = [event.patient && `patient ${event.patient}`, event.section].filter(Boolean).join(' ');
	return `${event.action}${about === '' ? '' : ` (${about})`} at ${event.at}`;
}

/** Events in the order they happened: by database sequence when known, else as given. */
function inOrder(events: readonly AuditRecord[]): AuditRecord[] {
	return events
		.map((event, index) => ({ event, rank: event.seq ?? index }))
		.sort((a, b) => a.rank - b.rank)
		.map(({ event }) => event);
}

interface Verdict {
	passed: boolean;
	label: string;
	expected: string;
	found: string;
	evidence: unknown[];
}

function judgeFlag(pattern: string, wanted: boolean, flags: readonly Finding[]): Verdict {
	const raised = flags.filter((flag) => flagMatches(flag, pattern));
	return {
		passed: wanted ? raised.length > 0 : raised.length === 0,
		label: wanted ? `Flag ${pattern}` : `No ${pattern} flag`,
		expected: wanted ? `a ${pattern} flag` : `no ${pattern} flag`,
		found: raised.length === 0 ? 'no such flag' : raised.map((flag) => `${flag.code}: ${flag.message}`).join('; '),
		evidence: raised
	};
}

function judgeEvent(pattern: EventPattern, before: EventPattern | undefined, events: readonly AuditRecord[]): Verdict {
	const ordered = inOrder(events);
	const first = ordered.findIndex((event) => eventMatches(event, pattern));
	const later = before === undefined ? -1 : ordered.findIndex((event) => eventMatches(event, before));
	const inTime = first >= 0 && (later < 0 || first < later);
	const matching = ordered.filter((event) => eventMatches(event, pattern));
	const after = before === undefined ? '' : ` before ${describePattern(before)}`;
	const found =
		first < 0
			? 'no such event'
			: inTime
				? describeEvent(matching[0] as AuditRecord)
				: `${describeEvent(matching[0] as AuditRecord)}, after ${describeEvent(ordered[later] as AuditRecord)}`;
	return {
		passed: inTime,
		label: `Audit event ${pattern.action ?? describePattern(pattern)}${after}`,
		expected: `an event ${describePattern(pattern)}${after}`,
		found,
		evidence: matching
	};
}

function judgeNoEvent(pattern: EventPattern, events: readonly AuditRecord[]): Verdict {
	const matching = inOrder(events).filter((event) => eventMatches(event, pattern));
	return {
		passed: matching.length === 0,
		label: `No ${pattern.action ?? describePattern(pattern)} event`,
		expected: `no event ${describePattern(pattern)}`,
		found: matching.length === 0 ? 'no such event' : matching.map(describeEvent).join('; '),
		evidence: matching
	};
}

function judge(check: ConductCheck, evidence: ConductEvidence): Verdict {
	if (check.noFlag !== undefined) return judgeFlag(check.noFlag, false, evidence.flags);
	if (check.flag !== undefined) return judgeFlag(check.flag, true, evidence.flags);
	if (check.noEvent !== undefined) return judgeNoEvent(check.noEvent, evidence.events);
	return judgeEvent(check.event ?? {}, check.before, evidence.events);
}

export function gradeConduct(
	exerciseId: string,
	exercise: ConductExercise,
	evidence: ConductEvidence,
	context: CastContext
): CheckOutcome[] {
	return exercise.checks.map((written, index) => {
		const source: FieldPath = ['exercises', exerciseId, 'checks', index];
		const where = formatFieldPath(source);
		const hint = written.hint === undefined ? {} : { hint: fillText(written.hint, context) };
		const label = written.label === undefined ? undefined : fillText(written.label, context);
		const resolved = resolveTemplates(written, context, where);
		const [problem] = resolved.findings;
		if (problem !== undefined) {
			return {
				code: 'grade.key-error',
				where,
				source,
				label: label ?? where,
				earned: 0,
				possible: written.points,
				expected: problem.message,
				found: 'the key could not be read',
				...hint
			};
		}
		const verdict = judge(resolved.value, evidence);
		return {
			code: verdict.passed ? 'grade.conduct.check-passed' : 'grade.conduct.check-failed',
			where,
			source,
			label: label ?? verdict.label,
			earned: verdict.passed ? written.points : 0,
			possible: written.points,
			expected: verdict.expected,
			found: verdict.found,
			evidence: verdict.evidence,
			...hint
		};
	});
}
