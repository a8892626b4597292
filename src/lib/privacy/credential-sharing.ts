/**
 * Working under someone else's identity: any record under a staff id other than the one the
 * lesson gave the learner (first record per id), or a second identity at a workstation while the
 * first is still signed in (no logout between). One finding per record at most; using another
 * person's sign-in is named first because it is the root of the other.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import type { PrivacyInput } from './privacy-input';
import { privacyFinding, type PrivacyFinding } from './privacy-finding';
import { auditWhere, sortedAudit } from './timeline';

/** Follows who is signed in at each workstation; says whether this record is a second identity there. */
function isSecondIdentity(signedIn: Map<string, string>, record: AuditRecord): boolean {
	const current = signedIn.get(record.workstation);
	if (record.action === 'logout') {
		signedIn.delete(record.workstation);
		return false;
	}
	// After a switch the newcomer is the one at the keyboard: switching back is flagged again.
	signedIn.set(record.workstation, record.user);
	return current !== undefined && current !== record.user;
}

export function checkCredentialSharing(input: PrivacyInput): PrivacyFinding[] {
	const signedIn = new Map<string, string>();
	const flaggedIds = new Set<string>();
	const findings: PrivacyFinding[] = [];
	for (const record of sortedAudit(input.audit)) {
		// A failed sign-in is an attempt, not use; the account was not opened.
		if (record.outcome === 'failure') continue;
		const shared = isSecondIdentity(signedIn, record);
		const notAssigned = input.learner !== undefined && record.user !== input.learner && !flaggedIds.has(record.user);
		if (notAssigned) flaggedIds.add(record.user);
		const variant = notAssigned ? 'not-assigned' : shared ? 'shared-workstation' : undefined;
		if (variant === undefined) continue;
		findings.push(privacyFinding('credential-sharing', variant, { at: record.at, where: auditWhere(record), evidence: [record] }));
	}
	return findings;
}
