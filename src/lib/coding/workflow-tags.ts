import type { Coding, Encounter } from '@medplum/fhirtypes';

/**
 * The clinic's workflow tags on an Encounter's `meta.tag`. Clinical staff send a finished visit to
 * coding (the chart's "Send to coding" button); the coder's queue reads the same tag.
 */
export const WORKFLOW_SYSTEM = 'https://chartroom.invalid/workflow';

export const SENT_TO_CODING: Readonly<Coding> = Object.freeze({
	system: WORKFLOW_SYSTEM,
	code: 'sent-to-coding',
	display: 'Sent to coding'
});

export function hasWorkflowTag(encounter: Pick<Encounter, 'meta'>, code: string): boolean {
	return (encounter.meta?.tag ?? []).some((tag) => tag.system === WORKFLOW_SYSTEM && tag.code === code);
}

export function isSentToCoding(encounter: Pick<Encounter, 'meta'>): boolean {
	return hasWorkflowTag(encounter, SENT_TO_CODING.code!);
}

/** The encounter with the tag added (a copy); unchanged when it is there already. */
export function withWorkflowTag<T extends Encounter>(encounter: T, tag: Readonly<Coding>): T {
	if (hasWorkflowTag(encounter, tag.code!)) return encounter;
	return { ...encounter, meta: { ...encounter.meta, tag: [...(encounter.meta?.tag ?? []), { ...tag }] } };
}
