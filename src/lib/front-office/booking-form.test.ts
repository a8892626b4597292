import { describe, expect, test } from 'vitest';
import { bookAppointment, cancelAppointment } from './appointment-book';
import { checkBooking, EMPTY_BOOKING, type BookingForm } from './booking-form';

const at = '2024-10-14T09:00:00-05:00';
const booked = (start: number, patient = 'p-9') =>
	bookAppointment({ id: `a-${start}`, patient: { reference: `Patient/${patient}` }, practitioner: { reference: 'Practitioner/pr-01' }, day: '2024-10-15', start, kind: 'annual-physical', utcOffset: '-05:00', at });
const form = (over: Partial<BookingForm>): BookingForm => ({ ...EMPTY_BOOKING, patientId: 'p-1', patientDisplay: 'Ruiz, Ana', practitionerId: 'pr-01', day: '2024-10-15', kind: 'follow-up', start: '630', ...over });
const context = { clinicianDay: [booked(630)], patientDay: [], clinicianName: 'Dr. Sam Lee, MD' };

describe('checking a booking as it is typed', () => {
	test('an empty form says what each field needs', () => {
		const check = checkBooking(EMPTY_BOOKING, context);
		expect(check.errors).toEqual({
			patient: 'Choose the patient: search by name, date of birth or MRN, then pick them from the list.',
			practitioner: 'Choose the clinician the patient will see.',
			day: 'Enter the date of the visit.',
			kind: 'Choose the type of visit: it sets how long the visit is.'
		});
		expect(check.ready).toBe(false);
	});

	test('a taken time is refused next to the start field', () => {
		const check = checkBooking(form({}), context);
		expect(check.errors).toEqual({ start: '10:30 AM is not free for a 15-minute visit: choose another time.' });
		expect(check.starts).not.toContain(630);
		expect(check.starts).toContain(660);
	});

	test('a free time is ready', () => {
		expect(checkBooking(form({ start: '660' }), context)).toMatchObject({ ready: true, errors: {} });
	});

	test('a cancelled visit frees its time', () => {
		const check = checkBooking(form({}), { ...context, clinicianDay: [cancelAppointment(booked(630), 'pat', at)] });
		expect(check.ready).toBe(true);
	});

	test('rescheduling a visit to its own time is allowed', () => {
		expect(checkBooking(form({ kind: 'annual-physical' }), { ...context, exceptId: 'a-630' }).ready).toBe(true);
	});

	test('a full day says to try another day or clinician', () => {
		const full = Array.from({ length: 18 }, (_, i) => i * 30 + 480).filter((m) => m < 720 || m >= 780).map((m) => booked(m));
		expect(checkBooking(form({ start: '' }), { ...context, clinicianDay: full }).errors.start).toBe(
			'Dr. Sam Lee, MD has no free 15-minute time on this day: try another day or clinician.'
		);
	});

	test('a bad date is named', () => {
		expect(checkBooking(form({ day: '2024-02-30' }), context).errors.day).toBe('"2024-02-30" is not a date: use the date picker or type MM/DD/YYYY.');
	});

	test('a second visit for the same patient that day is a warning, not an error', () => {
		const check = checkBooking(form({ start: '900' }), { ...context, patientDay: [booked(630, 'p-1')] });
		expect(check.ready).toBe(true);
		expect(check.warning).toBe('Ruiz, Ana already has an appointment at 10:30 AM on this day.');
	});
});
