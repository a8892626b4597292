import { expect, test } from 'vitest';
import type { Appointment, Encounter, Patient } from '@medplum/fhirtypes';
import { careRelations } from './care-relations';

const patient: Patient = { resourceType: 'Patient', id: 'p1', generalPractitioner: [{ reference: 'Practitioner/pr-01' }, { reference: 'Organization/org-clinic' }] };

function appointment(status: Appointment['status'], start: string): Appointment {
	return {
		resourceType: 'Appointment',
		status,
		start,
		participant: [
			{ actor: { reference: 'Patient/p1' }, status: 'accepted' },
			{ actor: { reference: 'Practitioner/pr-02' }, status: 'accepted' }
		]
	};
}

const visit: Encounter = {
	resourceType: 'Encounter',
	status: 'finished',
	class: { code: 'AMB' },
	period: { start: '2024-05-20T09:15:00-05:00' },
	participant: [{ individual: { reference: 'Practitioner/pr-03' } }]
};

test('reads the primary care provider, standing appointments and visits, by practitioner id and day', () => {
	const relations = careRelations(patient, [appointment('booked', '2024-06-04T08:00:00-05:00'), appointment('cancelled', '2024-06-05T08:00:00-05:00')], [visit]);
	expect(relations).toEqual({
		primaryCare: ['pr-01'],
		booked: [{ practitioners: ['pr-02'], day: '2024-06-04' }],
		seen: [{ practitioners: ['pr-03'], day: '2024-05-20' }]
	});
});

test('an encounter entered in error is no visit', () => {
	expect(careRelations(patient, [], [{ ...visit, status: 'entered-in-error' }]).seen).toEqual([]);
});
