import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from '$lib/db/audit-record';
import { recordAudit } from '$lib/db/audit';
import { putResources, tablesToWrite } from '$lib/db/resources';
import { isStoredResourceType } from '$lib/db/resource-types';
import { can } from '$lib/session/permissions';
import type { RecordAction, RecordSection } from '$lib/session/record-sections';
import { databaseConnection } from './database-connection.svelte';
import { ehrSession } from './ehr-session.svelte';
import { workSaving } from './work-saving.svelte';

/** One record written by a chart action, with the audit action it counts as. */
export interface ChartChange {
	resource: Resource & { id: string };
	action: 'create' | 'update';
	/** Why, when the user had to say (an overridden alert, a hand-off). */
	reason?: string;
}

/**
 * Write a chart action's records and their audit events in one transaction: all of it or none
 * of it, so a failed save leaves neither a half-entered record nor an audit event for nothing.
 */
export async function saveChartChanges(patientId: string, section: RecordSection, changes: readonly ChartChange[], at: string): Promise<void> {
	const db = databaseConnection.db;
	const user = ehrSession.user;
	if (!db || !user) throw new Error('The chart cannot be written: sign in again');
	const types = [...new Set(changes.map((c) => c.resource.resourceType))].filter(isStoredResourceType);
	const audits: AuditRecord[] = changes.map((change) => ({
		at,
		user: user.id,
		role: user.role,
		workstation: ehrSession.workstation,
		action: change.action,
		outcome: 'success',
		patient: patientId,
		section,
		resource: `${change.resource.resourceType}/${change.resource.id}`,
		...(change.reason ? { reason: change.reason } : {}),
		...(ehrSession.state.attempt ? { attempt: ehrSession.state.attempt } : {})
	}));
	// Records edited from the chart's state are reactive proxies, which IndexedDB cannot clone.
	const resources = changes.map((c) => JSON.parse(JSON.stringify(c.resource)) as Resource);
	await workSaving.write(db, [...tablesToWrite(db, types), db.audit], async () => {
		await putResources(db, resources);
		for (const audit of audits) await recordAudit(db, audit);
	});
}

/**
 * Whether the signed-in staff member's role may do this to this part of the chart: forms and
 * buttons are offered only to those who may use them (the chart guard decides what is seen).
 */
export function userMay(section: RecordSection, action: RecordAction): boolean {
	const user = ehrSession.user;
	return user ? can(user.role, section, action) : false;
}

/** A new record id: the type's prefix, the patient, the time and a counter. */
export function newRecordId(prefix: string, patientId: string): string {
	return `${prefix}-${patientId}-${Date.now().toString(36)}${(++counter).toString(36)}`;
}
let counter = 0;
