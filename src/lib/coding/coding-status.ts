import type { Claim } from '@medplum/fhirtypes';
import { hasOpenQuery } from './build-claim';

/** Where an encounter sent to coding stands, as the queue shows it. */
export type CodingStatus = 'ready' | 'in-progress' | 'query' | 'submitted';

export const CODING_STATUS_WORDS: Readonly<Record<CodingStatus, string>> = {
	ready: 'Ready to code',
	'in-progress': 'In progress',
	query: 'Query to provider',
	submitted: 'Claim submitted'
};

/** From the encounter's claim: none yet, a draft, a draft held by an open query, or sent. */
export function codingStatusOf(claim: Pick<Claim, 'status' | 'extension'> | undefined): CodingStatus {
	if (!claim) return 'ready';
	if (claim.status === 'active') return 'submitted';
	return hasOpenQuery(claim) ? 'query' : 'in-progress';
}
