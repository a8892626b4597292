import { describe, expect, test } from 'vitest';
import type { Condition, Encounter } from '@medplum/fhirtypes';
import { CONTEXT, ENCOUNTER } from './__fixtures__/coding-case';
import { buildClaim } from './build-claim';
import { withBillingDiagnoses } from './encounter-billing';

const recordedDiabetes: Condition = {
	resourceType: 'Condition',
	id: 'cond-7-1',
	code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }] },
	subject: { reference: 'Patient/p-000007' }
};

const clinicianEncounter: Encounter & { id: string } = {
	...ENCOUNTER,
	diagnosis: [{ condition: { reference: 'Condition/cond-7-1' }, rank: 1 }]
};

const claim = buildClaim(
	{
		diagnoses: [
			{ code: 'I10', title: 'Essential (primary) hypertension' },
			{ code: 'E11.9', title: 'Type 2 diabetes mellitus without complications' }
		],
		lines: [],
		queries: []
	},
	{ ...CONTEXT, encounter: clinicianEncounter }
);

describe('withBillingDiagnoses', () => {
	const coded = withBillingDiagnoses(clinicianEncounter, claim, [recordedDiabetes]);

	test("keeps the clinician's diagnosis and adds the claim's in its order, as billing diagnoses", () => {
		expect(coded.diagnosis).toEqual([
			{ condition: { reference: 'Condition/cond-7-1' }, rank: 1 },
			{ condition: { reference: '#coded-dx-1' }, use: { coding: [expect.objectContaining({ code: 'billing' })] }, rank: 1 },
			{
				condition: { reference: 'Condition/cond-7-1', display: 'Type 2 diabetes mellitus without complications' },
				use: { coding: [expect.objectContaining({ code: 'billing' })] },
				rank: 2
			}
		]);
	});

	test('a code nobody recorded at the visit becomes a Condition contained in the Encounter, not a problem-list entry', () => {
		expect(coded.contained).toEqual([
			{
				resourceType: 'Condition',
				id: 'coded-dx-1',
				category: [{ coding: [expect.objectContaining({ code: 'encounter-diagnosis' })] }],
				code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10', display: 'Essential (primary) hypertension' }] },
				subject: { reference: 'Patient/p-000007', display: 'Ada Okonkwo' }
			}
		]);
	});

	test('coding again replaces the earlier billing diagnoses rather than adding to them', () => {
		const again = withBillingDiagnoses(coded, claim, [recordedDiabetes]);
		expect(again).toEqual(coded);
	});

	test('leaves the input encounter unchanged', () => {
		expect(clinicianEncounter.diagnosis).toHaveLength(1);
		expect(clinicianEncounter.contained).toBeUndefined();
	});
});
