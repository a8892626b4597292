/**
 * The release-of-information desk's paperwork: requests for records as they arrive and the
 * accounting of disclosures (45 CFR 164.528) as releases are made. Kept in the settings table,
 * one row each, so they survive reloads; authorizations are Consent resources in the record.
 */
import type { AccountingEntry, DisclosureRequest } from '$lib/privacy/release-of-information';
import type { ChartroomDatabase } from './database';

export const REQUESTERS = {
	patient: 'The patient, for their own records',
	provider: 'Another provider',
	insurer: 'An insurer',
	attorney: 'A lawyer',
	other: 'Someone else (school, employer, family)'
} as const;

export type Requester = keyof typeof REQUESTERS;

export interface ReleaseRequest extends DisclosureRequest {
	requester: Requester;
	status: 'open' | 'released';
}

export interface DisclosureRecord extends AccountingEntry {
	id: string;
}

const REQUEST_PREFIX = 'roi-request:';
const DISCLOSURE_PREFIX = 'roi-disclosure:';

export async function saveReleaseRequest(db: ChartroomDatabase, request: ReleaseRequest): Promise<void> {
	await db.settings.put({ key: `${REQUEST_PREFIX}${request.id}`, value: request });
}

/** Requests, oldest first; for one patient when named. */
export async function releaseRequests(db: ChartroomDatabase, patient?: string): Promise<ReleaseRequest[]> {
	const rows = await db.settings.where('key').startsWith(REQUEST_PREFIX).toArray();
	return rows
		.map((row) => row.value as ReleaseRequest)
		.filter((request) => patient === undefined || request.patient === patient)
		.sort((a, b) => a.at.localeCompare(b.at));
}

/** The desk's paperwork is about the clinic's patients: a new clinic starts with none (replaceWorld). */
export async function clearReleasePaperwork(db: ChartroomDatabase): Promise<void> {
	await Promise.all([REQUEST_PREFIX, DISCLOSURE_PREFIX].map((prefix) => db.settings.where('key').startsWith(prefix).delete()));
}

export async function saveDisclosure(db: ChartroomDatabase, disclosure: DisclosureRecord): Promise<void> {
	await db.settings.put({ key: `${DISCLOSURE_PREFIX}${disclosure.id}`, value: disclosure });
}

export async function disclosuresOf(db: ChartroomDatabase, patient: string): Promise<DisclosureRecord[]> {
	const rows = await db.settings.where('key').startsWith(DISCLOSURE_PREFIX).toArray();
	return rows.map((row) => row.value as DisclosureRecord).filter((entry) => entry.patient === patient);
}
