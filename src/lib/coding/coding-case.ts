import type { AllergyIntolerance, Claim, Condition, Coverage, DocumentReference, Encounter, Organization, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from '$lib/db/database';
import { patientResourcesOf } from '$lib/db/patient-resources';
import { getResource } from '$lib/db/resources';
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
	/** For the patient banner, shown only to roles that may see allergies. */
	allergies: AllergyIntolerance[];
	billingProvider: Reference<Organization>;
	/** The practice (box 32, 33) and the rendering provider (24J, 31), when the record has them. */
	organization?: Organization;
	practitioner?: Practitioner;
}

function patientIdOf(encounter: Encounter): string | undefined {
	const reference = encounter.subject?.reference;
	return reference?.startsWith('Patient/') ? reference.slice('Patient/'.length) : undefined;
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
	const [patient, documents, coverages, allergies, claim, world] = await Promise.all([
		getResource<Patient>(db, 'Patient', patientId),
		patientResourcesOf<DocumentReference>(db, 'DocumentReference', patientId),
		patientResourcesOf<Coverage>(db, 'Coverage', patientId),
		patientResourcesOf<AllergyIntolerance>(db, 'AllergyIntolerance', patientId),
		getResource<Claim>(db, 'Claim', claimIdFor(encounterId)),
		db.worlds.get('current')
	]);
	if (!patient?.id) return undefined;
	const renderingId = encounter.participant?.find((p) => p.individual?.reference?.startsWith('Practitioner/'))?.individual?.reference?.slice('Practitioner/'.length);
	const practitioner = renderingId ? await getResource<Practitioner>(db, 'Practitioner', renderingId) : undefined;
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
		allergies,
		...(organization ? { organization } : {}),
		...(practitioner ? { practitioner } : {}),
		billingProvider: organization?.id ? { reference: `Organization/${organization.id}`, ...(organization.name ? { display: organization.name } : {}) } : { display: 'The practice' }
	};
}

/**
 * The Encounter as it will be once the claim is sent: the claim's diagnoses written onto it as
 * billing diagnoses, reusing the Conditions the clinician recorded at the visit. The caller saves
 * it together with the submitted claim (and their audit events) in one transaction.
 */
export async function codedEncounter(db: ChartroomDatabase, claim: Claim, encounterId: string): Promise<Encounter & { id: string }> {
	const encounter = await getResource<Encounter>(db, 'Encounter', encounterId);
	if (!encounter?.id) throw new Error(`Encounter ${encounterId} is no longer in the record.`);
	const conditionIds = (encounter.diagnosis ?? [])
		.map((d) => d.condition.reference)
		.filter((r): r is string => r?.startsWith('Condition/') === true)
		.map((r) => r.slice('Condition/'.length));
	const patientId = patientIdOf(encounter);
	const problems = patientId === undefined ? [] : await patientResourcesOf<Condition>(db, 'Condition', patientId);
	const conditions = conditionIds.flatMap((id) => problems.filter((condition) => condition.id === id));
	return withBillingDiagnoses(encounter, claim, conditions) as Encounter & { id: string };
}
