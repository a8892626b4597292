/**
 * What a learner did in the EHR workspace during a lesson, as grading evidence. The audit
 * trail says which records they created, changed or deleted (every write is audited, with
 * its resource); the chart before is the scenario as generated, the chart after has those
 * records as they are now. Reading the audit trail rather than scanning every table for a
 * recent `meta.lastUpdated` finds deletions too, costs one indexed query, and does not
 * depend on each form stamping its saves. Conduct is judged on the same events and on the
 * privacy monitor's flags for the workspace.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from '../db/audit-record';
import type { Finding } from '../findings/finding';
import type { AttemptEvidence } from '../grading/grade-attempt';
import type { ExerciseEvidence } from '../grading/grade-exercise';
import { recordEvidenceByExercise } from '../grading/record-evidence-by-exercise';
import type { CastContext } from '../grading/template-values';
import type { Lesson } from './lesson-schema';
import type { TouchedRecord } from './scenario-originals';

const WRITES: ReadonlySet<AuditRecord['action']> = new Set(['create', 'update', 'delete', 'merge']);

/** The records the learner wrote, once each, in the order first written. */
export function touchedRecords(events: readonly AuditRecord[]): TouchedRecord[] {
	const seen = new Map<string, TouchedRecord>();
	for (const event of events) {
		if (!WRITES.has(event.action) || event.outcome !== 'success' || event.resource === undefined) continue;
		if (!seen.has(event.resource)) {
			seen.set(event.resource, { reference: event.resource, ...(event.patient === undefined ? {} : { patient: event.patient }) });
		}
	}
	return [...seen.values()];
}

export interface WorkspaceState {
	/** The workspace's audit events, in the order written. */
	events: readonly AuditRecord[];
	/** The privacy monitor's flags raised in the workspace. */
	flags: readonly Finding[];
	/** The cast's charts as generated: what the learner found. */
	chart: readonly Resource[];
	/** The generated original of each touched record that existed before (scenario-originals.ts). */
	originals: ReadonlyMap<string, Resource>;
	/** Every touched record by reference, as stored now; undefined when it was deleted. */
	current: ReadonlyMap<string, Resource | undefined>;
}

function referenceOf(resource: Resource): string {
	return `${resource.resourceType}/${resource.id ?? ''}`;
}

/** The chart before and after the learner's work, untouched records shared by both. */
export function workspaceRecord(state: WorkspaceState): { before: Resource[]; after: Resource[] } {
	const before = [...state.chart];
	const inChart = new Set(before.map(referenceOf));
	for (const [reference, original] of state.originals) if (!inChart.has(reference)) before.push(original);
	const after = before.flatMap((resource) => {
		const reference = referenceOf(resource);
		if (!state.current.has(reference)) return [resource];
		const now = state.current.get(reference);
		return now === undefined ? [] : [now];
	});
	const existed = new Set(before.map(referenceOf));
	for (const [reference, now] of state.current) if (!existed.has(reference) && now !== undefined) after.push(now);
	return { before, after };
}

/** Evidence for the lesson's record and conduct exercises; answers come from the lesson page. */
export function workspaceEvidence(lesson: Lesson, context: CastContext, state: WorkspaceState): AttemptEvidence {
	const evidence: Record<string, ExerciseEvidence> = {};
	const kinds = new Set(Object.values(lesson.exercises).map((exercise) => exercise.kind));
	if (kinds.has('record')) {
		for (const [id, record] of Object.entries(recordEvidenceByExercise(lesson.exercises, workspaceRecord(state), context))) {
			evidence[id] = { kind: 'record', ...record };
		}
	}
	for (const [id, exercise] of Object.entries(lesson.exercises)) {
		if (exercise.kind === 'conduct') evidence[id] = { kind: 'conduct', events: state.events, flags: state.flags };
	}
	return evidence;
}
