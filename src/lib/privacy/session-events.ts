/**
 * What happens at the workstation that the audit log does not see: the learner walking away
 * (closing the window, hiding the tab, going to the lessons area), coming back, confirming a
 * patient's identity aloud. The simulator records these beside the audit log for the monitor.
 */
import type { Instant } from '$lib/session/instant';

export const SESSION_EVENT_KINDS = [
	'left-workstation',
	'returned',
	'tab-hidden',
	'tab-visible',
	'area-changed',
	'verify-identity',
	'activity'
] as const;

export type SessionEventKind = (typeof SESSION_EVENT_KINDS)[number];

export interface SessionEvent {
	at: Instant;
	/**
	 * `left-workstation`: window closed or the learner stood up (detail says which);
	 * `area-changed`: detail is the area entered (`ehr`, `lessons`, …);
	 * `verify-identity`: the learner confirmed two identifiers of `patient`;
	 * `activity`: input seen — the simulator records at most one a minute, enough to tell a
	 * learner reading a long note from an empty chair.
	 */
	kind: SessionEventKind;
	detail?: string;
	patient?: string;
}

/** The simulated EHR's area; any other area means the learner is no longer at the workstation. */
export const EHR_AREA = 'ehr';

export function isLeaving(event: SessionEvent): boolean {
	return (
		event.kind === 'left-workstation' || event.kind === 'tab-hidden' || (event.kind === 'area-changed' && event.detail !== EHR_AREA)
	);
}

export function isReturning(event: SessionEvent): boolean {
	return event.kind === 'returned' || event.kind === 'tab-visible' || (event.kind === 'area-changed' && event.detail === EHR_AREA);
}
