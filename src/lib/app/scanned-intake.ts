import type { DocumentReference, Patient } from '@medplum/fhirtypes';
import type { AuditRecord } from '$lib/db/audit-record';
import { recordAudit } from '$lib/db/audit';
import { getResource, patientChart, putResources, tablesToWrite } from '$lib/db/resources';
import { can } from '$lib/session/permissions';
import { localDay } from '$lib/record/authorship';
import { scannedIntakeFor } from '$lib/paper/intake-document';
import type { PaperDifference } from '$lib/paper/intake-content';
import { databaseConnection } from './database-connection.svelte';
import { ehrSession } from './ehr-session.svelte';
import { workSaving } from './work-saving.svelte';

export interface ScanOptions {
	/** Same seed, same paper; defaults to one per call. */
	seed?: string;
	/** Differences from the chart to write on purpose; absent: the seed chooses. */
	differences?: readonly PaperDifference[];
}

/**
 * "Add a scanned intake form": the paper for this patient, drawn from their chart as it stands,
 * scanned into the Documents tab by the signed-in staff member (an audited 'create'). Lessons call
 * this to set up a transcription exercise.
 */
export async function addScannedIntake(patientId: string, options: ScanOptions = {}): Promise<DocumentReference> {
	const db = databaseConnection.db;
	const user = ehrSession.user;
	if (!db || !user) throw new Error('Sign in to scan paperwork into a chart');
	// The paper repeats the chart's allergies and medications, so the role must be able to read them.
	if (!can(user.role, 'documents', 'create') || !can(user.role, 'allergies', 'view') || !can(user.role, 'medications', 'view'))
		throw new Error('Your role may not add a scanned intake form to a chart');
	const [patient, resources, world] = await Promise.all([getResource<Patient>(db, 'Patient', patientId), patientChart(db, patientId), db.worlds.get('current')]);
	if (!patient) throw new Error(`There is no patient ${patientId} in this clinic`);
	const at = new Date().toISOString();
	const id = `scan-${patientId}-${Date.now().toString(36)}`;
	const doc = scannedIntakeFor(patient, resources, { seed: options.seed ?? id, date: world?.today ?? localDay(), ...(options.differences ? { differences: options.differences } : {}) }, {
		patientId,
		at,
		author: { id: user.id, name: user.name },
		id
	});
	const audit: AuditRecord = {
		at,
		user: user.id,
		role: user.role,
		workstation: ehrSession.workstation,
		action: 'create',
		outcome: 'success',
		patient: patientId,
		section: 'documents',
		resource: `DocumentReference/${id}`,
		...(ehrSession.state.attempt ? { attempt: ehrSession.state.attempt } : {})
	};
	// The document and its audit event together or neither.
	await workSaving.write(db, [...tablesToWrite(db, ['DocumentReference']), db.audit], async () => {
		await putResources(db, [doc]);
		await recordAudit(db, audit);
	});
	return doc;
}
