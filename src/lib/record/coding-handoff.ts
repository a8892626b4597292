import type { DocumentReference, Encounter } from '@medplum/fhirtypes';
import { SENT_TO_CODING, WORKFLOW_SYSTEM, withWorkflowTag } from '$lib/coding/workflow-tags';
import { finding, type Finding } from '$lib/findings/finding';
import { nextVersion } from './authorship';
import { isSigned } from './note-entry';

/**
 * The hand-off from the clinician to the coder: the encounter gets the workflow tag the coder's
 * queue reads (`$lib/coding/workflow-tags`: `Encounter.meta.tag` {https://chartroom.invalid/workflow,
 * sent-to-coding}). When and by whom: `meta.lastUpdated` of that version and its `update` audit
 * record (section `encounters`, reason "Sent to coding").
 */
export function workflowStep(encounter: Encounter): string | undefined {
	return encounter.meta?.tag?.find((t) => t.system === WORKFLOW_SYSTEM)?.code;
}

/** Signed notes documenting the encounter: what a coder codes from. */
export function signedNotesFor(encounter: Encounter, notes: readonly DocumentReference[]): DocumentReference[] {
	const reference = `Encounter/${encounter.id ?? ''}`;
	return notes.filter((n) => isSigned(n) && (n.context?.encounter ?? []).some((e) => e.reference === reference));
}

/** Why an encounter cannot go to coding yet, or nothing when it can. */
export function codingReadiness(encounter: Encounter, notes: readonly DocumentReference[]): Finding | undefined {
	const where = `Encounter/${encounter.id ?? ''}`;
	if (workflowStep(encounter)) return finding('info', 'coding.already-sent', where, 'Already sent to coding.');
	if (encounter.status === 'cancelled' || encounter.status === 'entered-in-error') return finding('error', 'coding.not-a-visit', where, `A ${encounter.status} encounter is not coded.`);
	if (signedNotesFor(encounter, notes).length === 0) {
		return finding('error', 'coding.no-signed-note', where, 'Sign a note for this visit first: coders code from signed documentation.');
	}
	return undefined;
}

/** The encounter's next version, tagged for the coder's queue. */
export function sendToCoding(encounter: Encounter, at: string): Encounter {
	return withWorkflowTag(nextVersion(encounter, at, {}), SENT_TO_CODING);
}
