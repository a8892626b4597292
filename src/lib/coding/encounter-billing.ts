import type { Claim, Condition, Encounter, EncounterDiagnosis, Reference } from '@medplum/fhirtypes';
import { ICD10CM_SYSTEM } from './build-claim';

/**
 * The coder's diagnoses written onto the Encounter as its billing diagnoses (Encounter.diagnosis
 * with use "billing", ranked as on the claim). A code the clinician already recorded at the visit
 * points to that Condition; a code the coder added from the note gets a Condition contained in the
 * Encounter, so the coder never adds to the clinical problem list. The clinician's own entries
 * (admission, chief complaint, unranked) are kept as they are.
 */
const DIAGNOSIS_ROLE = 'http://terminology.hl7.org/CodeSystem/diagnosis-role';
const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
const CODED_PREFIX = 'coded-dx-';

function isBilling(entry: EncounterDiagnosis): boolean {
	return (entry.use?.coding ?? []).some((c) => c.system === DIAGNOSIS_ROLE && c.code === 'billing');
}

function icdCodeOf(condition: Pick<Condition, 'code'>): string | undefined {
	return condition.code?.coding?.find((c) => c.system === ICD10CM_SYSTEM)?.code;
}

/**
 * @param conditions the Conditions the encounter's own diagnoses point to, to reuse by code.
 */
export function withBillingDiagnoses(encounter: Encounter, claim: Pick<Claim, 'diagnosis'>, conditions: readonly Condition[]): Encounter {
	const clinical = (encounter.diagnosis ?? []).filter((entry) => !isBilling(entry) && !entry.condition.reference?.startsWith(`#${CODED_PREFIX}`));
	const contained = (encounter.contained ?? []).filter((r) => !(r.resourceType === 'Condition' && r.id?.startsWith(CODED_PREFIX)));
	const recorded = new Map(conditions.flatMap((c) => (c.id && icdCodeOf(c) ? [[icdCodeOf(c)!, c.id] as const] : [])));
	const billing: EncounterDiagnosis[] = [];
	for (const diagnosis of claim.diagnosis ?? []) {
		const coding = diagnosis.diagnosisCodeableConcept?.coding?.find((c) => c.system === ICD10CM_SYSTEM);
		if (!coding?.code) continue;
		let condition: Reference<Condition>;
		const existing = recorded.get(coding.code);
		if (existing) condition = { reference: `Condition/${existing}`, ...(coding.display ? { display: coding.display } : {}) };
		else {
			const id = `${CODED_PREFIX}${diagnosis.sequence}`;
			contained.push({
				resourceType: 'Condition',
				id,
				category: [{ coding: [{ system: CONDITION_CATEGORY, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
				code: { coding: [{ ...coding }] },
				...(encounter.subject ? { subject: { ...encounter.subject } } : { subject: {} })
			});
			condition = { reference: `#${id}` };
		}
		billing.push({ condition, use: { coding: [{ system: DIAGNOSIS_ROLE, code: 'billing', display: 'Billing' }] }, rank: diagnosis.sequence });
	}
	const { contained: _old, diagnosis: _oldDiagnosis, ...rest } = encounter;
	return {
		...rest,
		...(contained.length ? { contained } : {}),
		...(clinical.length + billing.length ? { diagnosis: [...clinical, ...billing] } : {})
	};
}
