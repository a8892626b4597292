/** Builds an attempt's audit log the way the database would: seq in order of writing. */
import type { AuditRecord } from '$lib/db/audit-record';
import type { Role } from '$lib/session/roles';

/** 09:00:00 on the lesson day plus the given seconds. */
export function at(seconds: number): string {
	return new Date(Date.parse('2025-03-04T09:00:00.000Z') + seconds * 1000).toISOString();
}

export interface Actor {
	user: string;
	role: Role;
	workstation: string;
}

export function auditTrail(actor: Actor) {
	const records: AuditRecord[] = [];
	let current = actor;
	return {
		records,
		/** Later records are by this actor (a second person at the keyboard). */
		as(next: Partial<Actor>) {
			current = { ...current, ...next };
		},
		add(seconds: number, action: AuditRecord['action'], extra: Partial<AuditRecord> = {}): AuditRecord {
			const record: AuditRecord = { seq: records.length + 1, at: at(seconds), ...current, action, outcome: 'success', ...extra };
			records.push(record);
			return record;
		}
	};
}

/** Nurse Okafor signs in at station-1 (seq 1) and opens p1's vitals ten seconds later (seq 2). */
export function nurseWithChartOpen() {
	const trail = auditTrail({ user: 'rn-okafor', role: 'nurse', workstation: 'station-1' });
	trail.add(0, 'login');
	trail.add(10, 'view', { patient: 'p1', section: 'vitals' });
	return trail;
}
