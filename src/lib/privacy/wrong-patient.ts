/**
 * Charting on a patient picked from a search that showed look-alike names, without first
 * confirming who it was: opening their demographics (where the two identifiers are) or an
 * explicit identity check, after that search and before the first write. One finding a search and
 * patient, at the first unverified create or update.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import type { PrivacyInput } from './privacy-input';
import { privacyFinding, type PrivacyFinding } from './privacy-finding';
import { auditWhere, buildTimeline } from './timeline';

const key = (user: string, patient: string) => `${user}\u0000${patient}`;

export function checkWrongPatient(input: PrivacyInput): PrivacyFinding[] {
	const similar = input.similarSearchResults ?? {};
	/** Look-alike patients awaiting verification, by user and patient: the search that showed them. */
	const unverified = new Map<string, AuditRecord>();
	const findings: PrivacyFinding[] = [];
	for (const entry of buildTimeline(input.audit, input.sessionEvents)) {
		if (entry.source === 'session') {
			// Session events come from the learner's own screen, whoever is signed in.
			const { event } = entry;
			if (event.kind !== 'verify-identity' || event.patient === undefined) continue;
			for (const pending of [...unverified.keys()]) {
				if (pending.endsWith(`\u0000${event.patient}`)) unverified.delete(pending);
			}
			continue;
		}
		const { record } = entry;
		if (record.outcome !== 'success') continue;
		if (record.action === 'search' && record.seq !== undefined) {
			for (const patient of similar[record.seq] ?? []) unverified.set(key(record.user, patient), record);
		} else if (record.patient !== undefined) {
			const pending = key(record.user, record.patient);
			const search = unverified.get(pending);
			if (search === undefined) continue;
			if (record.action === 'view' && record.section === 'demographics') unverified.delete(pending);
			else if (record.action === 'create' || record.action === 'update') {
				unverified.delete(pending);
				findings.push(privacyFinding('wrong-patient', 'unverified', { at: record.at, where: auditWhere(record), evidence: [search, record] }));
			}
		}
	}
	return findings;
}
