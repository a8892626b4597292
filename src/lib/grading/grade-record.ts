/**
 * Grades what the learner did to the chart: each check is a FHIRPath over the resources
 * after the exercise (by default only those the learner created or changed), and unless the
 * lesson says otherwise, nothing the checks do not look at may have changed.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { RecordCheck, RecordExercise, RecordValue } from '../lessons/lesson-schema';
import { formatFieldPath, type CheckOutcome, type FieldPath } from './check-outcome';
import { evaluateFhirPath } from './evaluate-fhirpath';
import { describeFoundValue, describeKeyValue, recordValueMatches } from './record-values';
import { changedResources, describeChange, diffResources, type ResourceChange } from './resource-diff';
import { fillText, resolveTemplate, resolveTemplates, type CastContext } from './template-values';

export interface RecordEvidence {
	/** The learner's records when the exercise began. */
	before: readonly Resource[];
	/** …and when it was submitted. */
	after: readonly Resource[];
}

interface ResolvedCheck {
	expression: string;
	expected: Pick<RecordCheck, 'equals' | 'oneOf' | 'matches'>;
}

function keyError(base: Omit<CheckOutcome, 'code' | 'earned' | 'expected' | 'found'>, problem: string): CheckOutcome {
	return { ...base, code: 'grade.key-error', earned: 0, expected: problem, found: 'the key could not be read' };
}

function judge(check: RecordCheck, expected: ResolvedCheck['expected'], values: readonly unknown[]): { passed: boolean; expected: string } {
	const some = (wanted: readonly RecordValue[]) => values.some((value) => wanted.some((one) => recordValueMatches(value, one, check)));
	if (expected.equals !== undefined) {
		return { passed: some([expected.equals]), expected: describeKeyValue(expected.equals, check) };
	}
	if (expected.oneOf !== undefined) {
		const words = expected.oneOf.map((one) => describeKeyValue(one, check)).join(', ');
		return { passed: some(expected.oneOf), expected: `one of ${words}` };
	}
	if (expected.matches !== undefined) {
		const pattern = new RegExp(expected.matches, 'u');
		return {
			passed: values.some((value) => typeof value === 'string' && pattern.test(value)),
			expected: `a value matching /${expected.matches}/`
		};
	}
	if (check.exists !== undefined) {
		return { passed: values.length > 0 === check.exists, expected: check.exists ? 'a value' : 'no value' };
	}
	const count = check.count ?? 0;
	return { passed: values.length === count, expected: `${count} value${count === 1 ? '' : 's'}` };
}

function describeFound(check: RecordCheck, values: readonly unknown[], nothingChanged: boolean): string {
	const nothing = nothingChanged ? 'nothing: no record was created or changed' : 'nothing';
	const listed = values.length === 0 ? nothing : values.map(describeFoundValue).join(', ');
	return check.count === undefined ? listed : `${values.length} value${values.length === 1 ? '' : 's'} (${listed})`;
}

function resolveCheck(check: RecordCheck, context: CastContext, where: string): ResolvedCheck | string {
	const expression = resolveTemplate(check.fhirpath ?? check.path ?? '', context, where);
	const expected = resolveTemplates({ equals: check.equals, oneOf: check.oneOf, matches: check.matches }, context, where);
	const [problem] = [...expression.findings, ...expected.findings];
	if (problem !== undefined) return problem.message;
	try {
		if (expected.value.matches !== undefined) new RegExp(expected.value.matches, 'u');
	} catch {
		return `matches: /${expected.value.matches}/ is not a valid pattern`;
	}
	return { expression: String(expression.value), expected: expected.value };
}

function gradeCheck(
	exerciseId: string,
	index: number,
	check: RecordCheck,
	evidence: RecordEvidence,
	changed: readonly Resource[],
	context: CastContext
): { outcome: CheckOutcome; expression?: string } {
	const source: FieldPath = ['exercises', exerciseId, 'checks', index];
	// `where` is the expression as written, templates and all: the same check has the same
	// `where` for every learner, and it cannot leak a cast value before submission.
	const written = check.fhirpath ?? check.path ?? '';
	const base = {
		where: written,
		source,
		label: check.label === undefined ? written : fillText(check.label, context),
		possible: check.points,
		...(check.hint === undefined ? {} : { hint: fillText(check.hint, context) })
	};
	const resolved = resolveCheck(check, context, formatFieldPath(source));
	if (typeof resolved === 'string') return { outcome: keyError(base, resolved) };
	const scope = check.in === 'record' ? evidence.after : changed;
	const result = evaluateFhirPath(scope, resolved.expression);
	if (!result.ok) return { outcome: keyError(base, `FHIRPath ${result.error}`) };
	const verdict = judge(check, resolved.expected, result.values);
	return {
		expression: resolved.expression,
		outcome: {
			...base,
			code: verdict.passed ? 'grade.record.check-passed' : 'grade.record.check-failed',
			earned: verdict.passed ? check.points : 0,
			expected: verdict.expected,
			found: describeFound(check, result.values, check.in === 'changed' && changed.length === 0),
			evidence: result.values
		}
	};
}

/**
 * The FHIRPath each check evaluates, cast values filled in. Checks whose key cannot be read
 * are left out: they are reported as key errors when graded.
 */
export function recordCheckExpressions(exercise: RecordExercise, context: CastContext): string[] {
	return exercise.checks.flatMap((check, index) => {
		const resolved = resolveCheck(check, context, `checks[${index}]`);
		return typeof resolved === 'string' ? [] : [resolved.expression];
	});
}

/** The resource types an exercise lets change beyond what its checks look at. */
export function allowedChangeTypes(exercise: RecordExercise): readonly string[] {
	return exercise.unchanged === true || exercise.unchanged === false ? [] : exercise.unchanged;
}

/** A change is accounted for when some check finds something in that resource alone. */
export function isLookedAt(change: ResourceChange, expressions: readonly string[], allowedTypes: readonly string[]): boolean {
	if (allowedTypes.includes(change.resource.resourceType)) return true;
	return expressions.some((expression) => {
		const result = evaluateFhirPath([change.resource], expression);
		return result.ok && result.values.length > 0;
	});
}

function gradeUnchanged(
	exerciseId: string,
	exercise: RecordExercise,
	evidence: RecordEvidence,
	expressions: readonly string[]
): CheckOutcome | undefined {
	if (exercise.unchanged === false) return undefined;
	const allowedTypes = allowedChangeTypes(exercise);
	const extra = diffResources(evidence.before, evidence.after).filter(
		(change) => !isLookedAt(change, expressions, allowedTypes)
	);
	const passed = extra.length === 0;
	return {
		code: passed ? 'grade.record.nothing-else-changed' : 'grade.record.unexpected-change',
		where: `exercises.${exerciseId}.unchanged`,
		source: ['exercises', exerciseId, 'unchanged'],
		label: 'Nothing else changed',
		earned: passed ? 1 : 0,
		possible: 1,
		expected:
			allowedTypes.length === 0
				? 'no changes beyond the task'
				: `no changes beyond the task and ${allowedTypes.join(', ')} records`,
		found: passed ? 'no other changes' : extra.map(describeChange).join('; '),
		hint: 'Change only what the task asks for; undo anything else.',
		evidence: extra.map((change) => change.reference)
	};
}

export function gradeRecord(
	exerciseId: string,
	exercise: RecordExercise,
	evidence: RecordEvidence,
	context: CastContext
): CheckOutcome[] {
	const changed = changedResources(evidence.before, evidence.after);
	const graded = exercise.checks.map((check, index) => gradeCheck(exerciseId, index, check, evidence, changed, context));
	const expressions = graded.flatMap((one) => (one.expression === undefined ? [] : [one.expression]));
	const unchanged = gradeUnchanged(exerciseId, exercise, evidence, expressions);
	return [...graded.map((one) => one.outcome), ...(unchanged === undefined ? [] : [unchanged])];
}

