import type { AuditRecord } from './audit-record';
import type { ChartroomDatabase } from './database';

/** Append one audit event; returns its sequence number. The only write the audit log allows. */
export async function recordAudit(db: ChartroomDatabase, event: AuditRecord): Promise<number> {
	const { seq: _ignored, ...rest } = event;
	return db.audit.add(rest);
}

/** The access history of one patient, oldest first. */
export function auditForPatient(db: ChartroomDatabase, patientId: string, from = '', to = '\uffff'): Promise<AuditRecord[]> {
	return db.audit.where('[patient+at]').between([patientId, from], [patientId, to], true, true).toArray();
}

/** What one staff member did, oldest first. */
export function auditForUser(db: ChartroomDatabase, userId: string, from = '', to = '\uffff'): Promise<AuditRecord[]> {
	return db.audit.where('[user+at]').between([userId, from], [userId, to], true, true).toArray();
}
