import type { Appointment } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import {
	AppointmentChangeError,
	bookAppointment,
	cancelAppointment,
	dayBook,
	kindLabel,
	kindOf,
	markArrived,
	markFulfilled,
	markNoShow,
	openStarts,
	patientOfAppointment,
	practitionerOfAppointment,
	rescheduleAppointment
} from './appointment-book';

const patient = { reference: 'Patient/p-1', display: 'Ana Ruiz' };
const drLee = { reference: 'Practitioner/pr-01', display: 'Dr. Sam Lee, MD' };
const drOkafor = { reference: 'Practitioner/pr-02', display: 'Dr. Ada Okafor, MD' };
const at = '2024-10-14T09:00:00-05:00';

function book(start: number, kind: Parameters<typeof bookAppointment>[0]['kind'] = 'follow-up', id = `a-${start}`): Appointment {
	return bookAppointment({ id, patient, practitioner: drLee, day: '2024-10-15', start, kind, utcOffset: '-05:00', at });
}

describe('booking', () => {
	test('books a FHIR Appointment whose length follows its type', () => {
		const appointment = bookAppointment({ id: 'a-1', patient, practitioner: drLee, day: '2024-10-15', start: 630, kind: 'annual-physical', utcOffset: '-05:00', at, reason: ' Annual exam ' });
		expect(appointment).toMatchObject({
			resourceType: 'Appointment',
			status: 'booked',
			start: '2024-10-15T10:30:00-05:00',
			end: '2024-10-15T11:00:00-05:00',
			minutesDuration: 30,
			description: 'Annual physical',
			reasonCode: [{ text: 'Annual exam' }],
			created: '2024-10-14'
		});
		expect(appointment.appointmentType?.coding?.[0]).toEqual({ system: 'http://terminology.hl7.org/CodeSystem/v2-0276', code: 'CHECKUP', display: 'A routine check-up, such as an annual physical' });
		expect(kindOf(appointment)).toBe('annual-physical');
		expect(kindLabel(appointment)).toBe('Annual physical');
		expect(patientOfAppointment(appointment)).toEqual(patient);
		expect(practitionerOfAppointment(appointment)).toEqual(drLee);
	});
});

describe('the day book', () => {
	test('a 45-minute visit holds three lines; lunch and the visit are not open', () => {
		const lines = dayBook([book(540, 'new-patient')]);
		const line = (m: number) => lines.find((l) => l.minutes === m)!;
		expect(lines[0]?.minutes).toBe(480);
		expect(lines.at(-1)?.minutes).toBe(16 * 60 + 45);
		expect(line(540).starting.map((a) => a.id)).toEqual(['a-540']);
		expect([line(540).open, line(555).open, line(570).open, line(585).open]).toEqual([false, false, false, true]);
		expect(line(720)).toMatchObject({ lunch: true, open: false });
	});

	test('a cancelled visit stays on its line but frees the time', () => {
		const cancelled = cancelAppointment(book(600), 'pat', at);
		const line = dayBook([cancelled]).find((l) => l.minutes === 600)!;
		expect(line.starting).toHaveLength(1);
		expect(line.open).toBe(true);
	});

	test('a late add-on after closing still gets a line', () => {
		const lines = dayBook([book(17 * 60)]);
		expect(lines.at(-1)?.minutes).toBe(17 * 60);
	});
});

describe('open start times', () => {
	test('fit the visit length between bookings, before lunch and before closing', () => {
		const day = [book(480), book(510, 'annual-physical')];
		const starts = openStarts(day, 45);
		expect(starts).not.toContain(480);
		expect(starts).not.toContain(525);
		expect(starts).toContain(540);
		// 11:30 + 45 min would run into lunch; 16:15 + 45 min ends at closing.
		expect(starts).not.toContain(690);
		expect(starts).toContain(675);
		expect(starts.at(-1)).toBe(16 * 60 + 15);
	});

	test('the appointment being moved does not block its own time', () => {
		const day = [book(600, 'annual-physical', 'moving')];
		expect(openStarts(day, 30)).not.toContain(600);
		expect(openStarts(day, 30, { exceptId: 'moving' })).toContain(600);
	});
});

describe('changes at the front desk', () => {
	test('rescheduling keeps the length and may change the clinician', () => {
		const moved = rescheduleAppointment(book(600, 'annual-physical'), { day: '2024-10-16', start: 840, practitioner: drOkafor, utcOffset: '-05:00', at });
		expect(moved).toMatchObject({ status: 'booked', start: '2024-10-16T14:00:00-05:00', end: '2024-10-16T14:30:00-05:00', minutesDuration: 30 });
		expect(practitionerOfAppointment(moved)).toEqual(drOkafor);
		expect(patientOfAppointment(moved)).toEqual(patient);
	});

	test('cancelling records the HL7 cancellation reason', () => {
		const cancelled = cancelAppointment(book(600), 'pat-lt', at, 'Car broke down');
		expect(cancelled.status).toBe('cancelled');
		expect(cancelled.cancelationReason).toEqual({
			coding: [{ system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code: 'pat-lt', display: 'Patient: Lack of Transportation' }],
			text: 'Car broke down'
		});
	});

	test('a visit goes booked → arrived → fulfilled on its day', () => {
		const arrived = markArrived(book(600), '2024-10-15T09:52:00-05:00');
		expect(arrived.status).toBe('arrived');
		expect(markFulfilled(arrived, '2024-10-15T10:40:00-05:00').status).toBe('fulfilled');
	});

	test('refuses changes the workflow does not allow, saying why', () => {
		const cancelled = cancelAppointment(book(600), 'pat', at);
		expect(() => markArrived(cancelled, '2024-10-15T09:00:00-05:00')).toThrow(new AppointmentChangeError('This appointment is cancelled; it cannot be marked checked in.'));
		expect(() => rescheduleAppointment(cancelled, { day: '2024-10-16', start: 600, practitioner: drLee, utcOffset: '-05:00', at })).toThrow(
			'This appointment is cancelled; only a booked appointment can be rescheduled.'
		);
		expect(() => markFulfilled(book(600), at)).toThrow('This appointment is booked; it cannot be marked checked out.');
		expect(() => markArrived(book(600), '2024-10-14T09:00:00-05:00')).toThrow('This appointment is on 2024-10-15, not today (2024-10-14): reschedule it instead of checking in.');
	});

	test('a no-show is recorded on or after the day, never before', () => {
		expect(markNoShow(book(600), '2024-10-15T08:00:00-05:00').status).toBe('noshow');
		expect(() => markNoShow(book(600), '2024-10-14T17:00:00-05:00')).toThrow('This appointment is on a later day: a patient cannot be a no-show before the day of the visit.');
	});
});
