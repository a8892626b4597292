import type { Encounter } from '@medplum/fhirtypes';
import { formatDay, parseDay } from '$lib/synth/dates';
import { hashSeed } from '$lib/synth/random';

/**
 * Which of a generated clinic's past encounters are waiting in the coding queue when the learner
 * arrives: most visits of the last working fortnight (a coder works a week or two behind the
 * clinic), the rest already coded and billed before the simulation starts. Chosen by hashing the
 * encounter id with the clinic's seed, so the same clinic always has the same queue.
 */
export const CODING_BACKLOG_DAYS = 10;
export const CODING_BACKLOG_SHARE = 0.75;

export interface BacklogScenario {
	/** The clinic's today (YYYY-MM-DD): the queue holds visits before it. */
	today: string;
	seed: string | number;
	salt?: string;
}

/** The first day of the backlog window (inclusive). */
export function backlogStart(today: string): string {
	return formatDay(parseDay(today) - CODING_BACKLOG_DAYS);
}

export function isInCodingBacklog(encounter: Pick<Encounter, 'id' | 'status' | 'period'>, scenario: BacklogScenario): boolean {
	const day = encounter.period?.start?.slice(0, 10);
	if (encounter.status !== 'finished' || !encounter.id || !day) return false;
	if (day < backlogStart(scenario.today) || day >= scenario.today) return false;
	const [draw] = hashSeed(scenario.seed, scenario.salt ?? '', 'coding-backlog', encounter.id);
	return draw / 2 ** 32 < CODING_BACKLOG_SHARE;
}
