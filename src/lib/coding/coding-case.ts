import Dexie from 'dexie';
import type { Claim, Condition, Coverage, DocumentReference, Encounter, Organization, Patient, Reference } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from '$lib/db/database';
import { getResource, putResources } from '$lib/db/resources';
import { claimIdFor, dateOfService } from './build-claim';
import { withBillingDiagnoses } from './encounter-billing';

/** Everything the coding screen and the claim view read for one encounter. */
export interface CodingCase {
	encounter: Encounter & { id: string };
	patient: Patient & { id: string };
	/** The notes written for this encounter (DocumentReference.context.encounter), newest first. */
	notes: DocumentReference[];
	/** The coverage in force on the date of service, if any. */
	coverage?: Coverage & { id: string };
	/** The coder's claim so far, if any. */
	claim?: Claim;
	billingProvider: Reference<Organization>;
}

function patientIdOf(encounter: Encounter): string | undefined {
	const reference = encounter.subject?.reference;
	return reference?.startsWith('Patient/') ? reference.slice('Patient/'.length) : undefined;
}

async function patientRows<T extends DocumentReference | Coverage>(db: ChartroomDatabase, type: 'DocumentReference' | 'Coverage', patientId: string): Promise<T[]> {
	const rows = await db
		.resources<T>(type)
		.where('[patient+date]')
		.between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
		.toArray();
	return rows.map((row) => row.resource);
}

/** The active coverage whose period holds the day, the most recently started first. */
export function coverageOn(coverages: readonly Coverage[], day: string | undefined): Coverage | undefined {
	const inForce = coverages.filter(
		(c) =>
			c.status === 'active' &&
			(!day || ((c.period?.start ?? '').slice(0, 10) <= day && (!c.period?.end || c.period.end.slice(0, 10) >= day)))
	);
	return inForce.sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? ''))[0];
}

export async function loadCodingCase(db: ChartroomDatabase, encounterId: string): Promise<CodingCase | undefined> {
	const encounter = await getResource<Encounter>(db, 'Encounter', encounterId);
	const patientId = encounter && patientIdOf(encounter);
	if (!encounter?.id || !patientId) return undefined;
	const [patient, documents, coverages, claim, world] = await Promise.all([
		getResource<Patient>(db, 'Patient', patientId),
		patientRows<DocumentReference>(db, 'DocumentReference', patientId),
		patientRows<Coverage>(db, 'Coverage', patientId),
		getResource<Claim>(db, 'Claim', claimIdFor(encounterId)),
		db.worlds.get('current')
	]);
	if (!patient?.id) return undefined;
	const reference = `Encounter/${encounterId}`;
	const notes = documents
		.filter((d) => d.context?.encounter?.some((e) => e.reference === reference))
		.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
	const coverage = coverageOn(coverages, dateOfService(encounter));
	const organization = world?.organization as Organization | undefined;
	return {
		encounter: encounter as Encounter & { id: string },
		patient: patient as Patient & { id: string },
		notes,
		...(coverage?.id ? { coverage: coverage as Coverage & { id: string } } : {}),
		...(claim ? { claim } : {}),
		billingProvider: organization?.id ? { reference: `Organization/${organization.id}`, ...(organization.name ? { display: organization.name } : {}) } : { display: 'The practice' }
	};
}

/** Saves the coder's draft (or held) claim. */
export async function saveClaim(db: ChartroomDatabase, claim: Claim): Promise<void> {
	await putResources(db, [claim]);
}

/**
 * Sends the claim: stores it as active and writes its diagnoses onto the Encounter as billing
 * diagnoses, together or not at all.
 */
export async function submitClaim(db: ChartroomDatabase, claim: Claim, encounterId: string): Promise<Encounter> {
	return db.transaction('rw', ['Encounter', 'Claim', 'Condition'], async () => {
		const encounter = await getResource<Encounter>(db, 'Encounter', encounterId);
		if (!encounter) throw new Error(`Encounter ${encounterId} is no longer in the record.`);
		const conditionIds = (encounter.diagnosis ?? [])
			.map((d) => d.condition.reference)
			.filter((r): r is string => r?.startsWith('Condition/') === true)
			.map((r) => r.slice('Condition/'.length));
		const conditions = (await db.resources<Condition>('Condition').bulkGet(conditionIds)).flatMap((row) => (row ? [row.resource] : []));
		const coded = withBillingDiagnoses(encounter, claim, conditions);
		await putResources(db, [{ ...claim, status: 'active' }, coded]);
		return coded;
	});
}
