import { describe, expect, test } from 'vitest';
import { bookAppointment, markArrived } from './appointment-book';
import { copayOf, encounterAtCheckIn, finishEncounter, isVisitFor } from './visit-encounter';

const appointment = markArrived(
	bookAppointment({
		id: 'appt-1',
		patient: { reference: 'Patient/p-1', display: 'Ana Ruiz' },
		practitioner: { reference: 'Practitioner/pr-01', display: 'Dr. Sam Lee, MD' },
		day: '2024-10-15',
		start: 630,
		kind: 'follow-up',
		utcOffset: '-05:00',
		at: '2024-10-01T09:00:00-05:00',
		reason: 'BP check'
	}),
	'2024-10-15T10:21:00-05:00'
);

describe('the visit behind an appointment', () => {
	test('check-in opens an arrived ambulatory Encounter for the appointment, with the copay', () => {
		const encounter = encounterAtCheckIn({ id: 'enc-1', appointment, at: '2024-10-15T10:21:00-05:00', copay: { amount: 25, method: 'card', collectedBy: 'fd-alvarez' }, clinicName: 'Riverbend Family Medicine' });
		expect(encounter).toMatchObject({
			resourceType: 'Encounter',
			status: 'arrived',
			class: { code: 'AMB' },
			subject: { reference: 'Patient/p-1' },
			appointment: [{ reference: 'Appointment/appt-1' }],
			period: { start: '2024-10-15T10:21:00-05:00' },
			reasonCode: [{ text: 'BP check' }],
			serviceProvider: { reference: 'Organization/org-clinic' }
		});
		expect(encounter.participant?.[0]?.individual).toEqual({ reference: 'Practitioner/pr-01', display: 'Dr. Sam Lee, MD' });
		expect(copayOf(encounter)).toEqual({ amount: 25, method: 'card', collectedBy: 'fd-alvarez' });
		expect(isVisitFor(encounter, 'appt-1')).toBe(true);
		expect(isVisitFor(encounter, 'appt-2')).toBe(false);
	});

	test('no copay due is recorded as zero, without a method', () => {
		const encounter = encounterAtCheckIn({ id: 'enc-1', appointment, at: '2024-10-15T10:21:00-05:00', copay: { amount: 0, collectedBy: 'fd-alvarez' }, clinicName: 'Clinic' });
		expect(copayOf(encounter)).toEqual({ amount: 0, collectedBy: 'fd-alvarez' });
	});

	test('check-out finishes the visit and keeps when it started', () => {
		const encounter = encounterAtCheckIn({ id: 'enc-1', appointment, at: '2024-10-15T10:21:00-05:00', copay: { amount: 0, collectedBy: 'x' }, clinicName: 'Clinic' });
		expect(finishEncounter(encounter, '2024-10-15T10:58:00-05:00')).toMatchObject({ status: 'finished', period: { start: '2024-10-15T10:21:00-05:00', end: '2024-10-15T10:58:00-05:00' } });
	});
});
