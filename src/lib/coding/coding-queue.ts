import type { Claim, Encounter, Patient } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from '$lib/db/database';
import { resourcesOnDays } from '$lib/db/resources';
import { mrnOf } from '$lib/record/identifiers';
import { displayName } from '$lib/record/patient-display';
import { claimIdFor } from './build-claim';
import { codingStatusOf, type CodingStatus } from './coding-status';
import { isSentToCoding } from './workflow-tags';

/** One encounter in the coder's work queue. */
export interface QueueEntry {
	encounterId: string;
	patientId: string;
	patientName: string;
	mrn: string;
	/** The encounter's start, as recorded. */
	start: string;
	provider: string;
	visitType: string;
	status: CodingStatus;
	/** The claim's total, once a claim exists. */
	total?: number;
}

export interface QueueWindow {
	/** First day of service shown (YYYY-MM-DD, inclusive). */
	from: string;
	/** Last day of service shown (YYYY-MM-DD, inclusive). */
	to: string;
}

function referenceId(reference: string | undefined, type: string): string | undefined {
	return reference?.startsWith(`${type}/`) ? reference.slice(type.length + 1) : undefined;
}

/**
 * The encounters sent to coding with a date of service in the window, oldest first (a coder
 * works the oldest first: payers refuse claims filed late). Reads encounters by their date keys,
 * then their patients and claims in two bulk reads.
 */
export async function listCodingQueue(db: ChartroomDatabase, window: QueueWindow): Promise<QueueEntry[]> {
	const visits = await resourcesOnDays<Encounter>(db, 'Encounter', window.from, window.to);
	const encounters = visits.filter((e): e is Encounter & { id: string } => isSentToCoding(e) && e.id !== undefined);
	encounters.sort((a, b) => (a.period?.start ?? '').localeCompare(b.period?.start ?? '') || a.id.localeCompare(b.id));
	const patientIds = encounters.map((e) => referenceId(e.subject?.reference, 'Patient') ?? '');
	const claimIds = encounters.map((e) => claimIdFor(e.id));
	const [patients, claimRows] = await Promise.all([
		db.resources<Patient>('Patient').bulkGet(patientIds),
		db.clinical<Claim>('Claim').where('ids').anyOf(claimIds).toArray()
	]);
	const claims = new Map(claimRows.flatMap((row) => row.resources).map((claim) => [claim.id, claim]));
	return encounters.map((encounter, index): QueueEntry => {
		const patient = patients[index]?.resource;
		const claim = claims.get(claimIds[index]);
		const type = encounter.type?.[0];
		return {
			encounterId: encounter.id,
			patientId: patientIds[index]!,
			patientName: patient ? displayName(patient) : (encounter.subject?.display ?? 'Unknown patient'),
			mrn: (patient && mrnOf(patient)) ?? '',
			start: encounter.period?.start ?? '',
			provider: encounter.participant?.[0]?.individual?.display ?? '',
			visitType: type?.text ?? type?.coding?.[0]?.display ?? 'Office visit',
			status: codingStatusOf(claim),
			...(claim?.total?.value !== undefined ? { total: claim.total.value } : {})
		};
	});
}
