import type { Patient, PatientLink, Reference, Resource } from '@medplum/fhirtypes';
import { MRN_SYSTEM, mrnOf } from '$lib/record/identifiers';
import { displayName } from '$lib/record/patient-display';
import type { AuditRecord } from './audit-record';
import { recordAudit } from './audit';
import type { ChartroomDatabase } from './database';
import { patientResourcesOf } from './patient-resources';
import { putResources, recordTables } from './resources';
import { CLINICAL_TYPES, type ClinicalResourceType } from './resource-types';

export class MergeRefusedError extends Error {
	override name = 'MergeRefusedError';
}

export interface MergeRequest {
	/** The registration that stays: every record ends up under it. */
	survivorId: string;
	/** The duplicate registration: kept, inactive, pointing at the survivor. */
	duplicateId: string;
	/** When (instant), for `meta.lastUpdated` and the audit. */
	at: string;
	/** Who merges: the audit's user, role, workstation (and lesson attempt). */
	by: Pick<AuditRecord, 'user' | 'role' | 'workstation' | 'attempt'>;
}

export interface MergeResult {
	survivor: Patient;
	duplicate: Patient;
	/** How many records of each type moved to the survivor. */
	moved: Partial<Record<ClinicalResourceType, number>>;
	total: number;
}

/** Every reference to `from` inside a resource, pointed at `to` (participants, subjects, payors…). */
function repoint<T>(value: T, from: string, to: Reference): T {
	if (Array.isArray(value)) return value.map((item) => repoint(item, from, to)) as T;
	if (value === null || typeof value !== 'object') return value;
	const object = value as Record<string, unknown>;
	if (object.reference === from) return { ...object, ...to } as T;
	return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, repoint(inner, from, to)])) as T;
}

function withLink(patient: Patient, link: PatientLink): Patient {
	return { ...patient, link: [...(patient.link ?? []).filter((l) => l.other.reference !== link.other.reference), link] };
}

/**
 * Merge a duplicate registration into the surviving one, all or nothing, in one transaction:
 * every clinical record of the duplicate is re-pointed to the survivor (nothing is deleted),
 * the duplicate Patient is kept — inactive, its identifiers intact, with a FHIR `link` of type
 * `replaced-by` — the survivor gains the `replaces` link and the old MRN as a former identifier,
 * and the merge is audited on both patients. A failure anywhere leaves both charts as they were.
 */
export async function mergePatients(db: ChartroomDatabase, request: MergeRequest): Promise<MergeResult> {
	const { survivorId, duplicateId, at, by } = request;
	if (survivorId === duplicateId) throw new MergeRefusedError('A patient cannot be merged into their own record: choose two different registrations.');
	const tables = [...recordTables(db), db.audit];
	return db.transaction('rw', tables, async () => {
		const [survivorRow, duplicateRow] = await Promise.all([db.resources<Patient>('Patient').get(survivorId), db.resources<Patient>('Patient').get(duplicateId)]);
		if (!survivorRow || !duplicateRow) throw new MergeRefusedError('One of the two registrations no longer exists: nothing was merged.');
		if (duplicateRow.resource.active === false) throw new MergeRefusedError(`${displayName(duplicateRow.resource)} (MRN ${duplicateRow.mrn}) was already merged: nothing was changed.`);
		if (survivorRow.resource.active === false) throw new MergeRefusedError(`${displayName(survivorRow.resource)} (MRN ${survivorRow.mrn}) is itself a merged record: merge into its surviving chart instead.`);

		const survivorRef: Reference<Patient> = { reference: `Patient/${survivorId}`, display: displayName(survivorRow.resource) };
		const duplicateRef: Reference<Patient> = { reference: `Patient/${duplicateId}`, display: displayName(duplicateRow.resource) };
		const moved: MergeResult['moved'] = {};
		const changed: Resource[] = [];
		for (const type of CLINICAL_TYPES) {
			const records = await patientResourcesOf(db, type, duplicateId);
			if (records.length === 0) continue;
			moved[type] = records.length;
			for (const record of records) {
				const resource = repoint(record, `Patient/${duplicateId}`, survivorRef);
				changed.push({ ...resource, meta: { ...resource.meta, lastUpdated: at } });
			}
		}

		const duplicate: Patient = {
			...withLink(duplicateRow.resource, { other: survivorRef, type: 'replaced-by' }),
			active: false,
			meta: { ...duplicateRow.resource.meta, lastUpdated: at }
		};
		const oldMrn = mrnOf(duplicateRow.resource);
		const survivor: Patient = {
			...withLink(survivorRow.resource, { other: duplicateRef, type: 'replaces' }),
			identifier: [
				...(survivorRow.resource.identifier ?? []),
				...(oldMrn && !(survivorRow.resource.identifier ?? []).some((i) => i.system === MRN_SYSTEM && i.value === oldMrn)
					? [{ use: 'old' as const, system: MRN_SYSTEM, value: oldMrn }]
					: [])
			],
			meta: { ...survivorRow.resource.meta, lastUpdated: at }
		};
		// The clinical records first, the two Patients last: a failure at the end still undoes all.
		await putResources(db, changed);
		await putResources(db, [duplicate, survivor]);
		const base = { ...by, at, action: 'merge' as const, outcome: 'success' as const, section: 'demographics' };
		await recordAudit(db, { ...base, patient: survivorId, resource: `Patient/${duplicateId}` });
		await recordAudit(db, { ...base, patient: duplicateId, resource: `Patient/${survivorId}` });
		return { survivor, duplicate, moved, total: changed.length };
	});
}

/** How many records a registration holds, per type: what a merge would move. */
export async function recordCounts(db: ChartroomDatabase, patientId: string): Promise<Partial<Record<ClinicalResourceType, number>>> {
	const rows = await Promise.all(CLINICAL_TYPES.map((type) => db.clinical(type).get(patientId)));
	const counts = rows.map((row) => row?.resources.length ?? 0);
	return Object.fromEntries(CLINICAL_TYPES.map((type, i) => [type, counts[i] ?? 0]).filter(([, n]) => (n as number) > 0));
}
