/** One office visit as the generator writes it, for the claim builder's and scrubber's tests. */
import type { Coverage, Encounter, Patient } from '@medplum/fhirtypes';
import type { ClaimContext } from '../build-claim';

export const PATIENT: Patient & { id: string } = {
	resourceType: 'Patient',
	id: 'p-000007',
	name: [{ family: 'Okonkwo', given: ['Ada'] }],
	gender: 'female',
	birthDate: '1961-03-02'
};

export const ENCOUNTER: Encounter & { id: string } = {
	resourceType: 'Encounter',
	id: 'enc-7-3',
	meta: { tag: [{ system: 'https://chartroom.invalid/workflow', code: 'sent-to-coding' }] },
	status: 'finished',
	class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
	type: [{ text: 'Diabetes follow-up' }],
	subject: { reference: 'Patient/p-000007', display: 'Ada Okonkwo' },
	participant: [{ individual: { reference: 'Practitioner/pr-2', display: 'Dana Whitfield, MD' } }],
	period: { start: '2024-10-01T09:20:00-05:00', end: '2024-10-01T09:40:00-05:00' }
};

export const COVERAGE: Coverage & { id: string } = {
	resourceType: 'Coverage',
	id: 'cov-7',
	status: 'active',
	beneficiary: { reference: 'Patient/p-000007' },
	payor: [{ reference: 'Organization/org-bluelake', display: 'Blue Lake Health Plan' }],
	subscriberId: 'BLU000123456'
};

export const CONTEXT: ClaimContext = {
	encounter: ENCOUNTER,
	patient: PATIENT,
	coverage: COVERAGE,
	billingProvider: { reference: 'Organization/org-clinic', display: 'Riverside Family Medicine' },
	coder: { id: 'cd-mbeki', name: 'Thandi Mbeki' },
	created: '2024-10-15T14:00:00.000Z',
	status: 'draft'
};
