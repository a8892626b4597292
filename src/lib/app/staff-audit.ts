import type { AuditAction, AuditRecord } from '$lib/db/audit-record';
import { writeAudit } from './audit-trail';
import { ehrSession } from './ehr-session.svelte';

export type StaffAuditEntry = Pick<AuditRecord, 'patient' | 'section' | 'resource' | 'reason' | 'query'> & { action: AuditAction };

/**
 * Audit what the signed-in staff member just did (front-desk work: booking, check-in,
 * registration, merges), stamped with who, which role, which workstation and the lesson attempt.
 */
export function auditStaffActions(entries: readonly StaffAuditEntry[], at = new Date().toISOString()): Promise<number[]> {
	const user = ehrSession.user;
	if (!user || entries.length === 0) return Promise.resolve([]);
	const base = { at, user: user.id, role: user.role, workstation: ehrSession.workstation, outcome: 'success' as const };
	const attempt = ehrSession.state.attempt;
	return writeAudit(entries.map((entry) => ({ ...base, ...(attempt ? { attempt } : {}), ...entry })));
}
