/**
 * A learner works on one chart for the whole lesson, so the record shows only the sum of
 * what they did, not which exercise each change was for. This splits the changes among the
 * lesson's record exercises: a change goes to the exercises whose checks look at it; one no
 * check looks at goes to the exercises that allow its type, else to those checking that
 * type of record, else to all of them, so that "nothing else changed" is lost where the
 * learner would look for it. Used live and by lessons:check alike, so that a reference
 * solution is graded exactly as a learner's work is.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { Exercise } from '../lessons/lesson-schema';
import { allowedChangeTypes, isLookedAt, recordCheckExpressions, type RecordEvidence } from './grade-record';
import { diffResources, type ResourceChange } from './resource-diff';
import type { CastContext } from './template-values';

interface Judge {
	id: string;
	expressions: string[];
	allowed: readonly string[];
}

/** `AllergyIntolerance.where(…)` checks AllergyIntolerance records. */
function checksType(judge: Judge, type: string): boolean {
	return judge.expressions.some((expression) => expression === type || expression.startsWith(`${type}.`));
}

function ownersOf(change: ResourceChange, judges: readonly Judge[]): Judge[] {
	const type = change.resource.resourceType;
	const lookers = judges.filter((judge) => judge.expressions.length > 0 && isLookedAt(change, judge.expressions, []));
	if (lookers.length > 0) return lookers;
	const allowing = judges.filter((judge) => judge.allowed.includes(type));
	if (allowing.length > 0) return allowing;
	const sameType = judges.filter((judge) => checksType(judge, type));
	return sameType.length > 0 ? sameType : [...judges];
}

/** `before` with only these changes made. */
function applyChanges(before: readonly Resource[], changes: readonly ResourceChange[]): Resource[] {
	const byReference = new Map(changes.map((change) => [change.reference, change]));
	const reference = (resource: Resource) => `${resource.resourceType}/${resource.id ?? ''}`;
	const kept = before.flatMap((resource) => {
		const change = byReference.get(reference(resource));
		if (change === undefined) return [resource];
		return change.change === 'deleted' ? [] : [change.resource];
	});
	return [...kept, ...changes.filter((change) => change.change === 'created').map((change) => change.resource)];
}

export function recordEvidenceByExercise(
	exercises: Readonly<Record<string, Exercise>>,
	record: RecordEvidence,
	context: CastContext
): Record<string, RecordEvidence> {
	const judges: Judge[] = Object.entries(exercises).flatMap(([id, exercise]) =>
		exercise.kind === 'record'
			? [{ id, expressions: recordCheckExpressions(exercise, context), allowed: allowedChangeTypes(exercise) }]
			: []
	);
	const mine = new Map<string, ResourceChange[]>(judges.map((judge) => [judge.id, []]));
	for (const change of diffResources(record.before, record.after)) {
		for (const owner of ownersOf(change, judges)) mine.get(owner.id)?.push(change);
	}
	return Object.fromEntries(
		judges.map((judge) => [judge.id, { before: record.before, after: applyChanges(record.before, mine.get(judge.id) ?? []) }])
	);
}
