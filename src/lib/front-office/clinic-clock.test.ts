import { describe, expect, test } from 'vitest';
import { addDays, clinicInstant, clinicNow, followUpDay, nextWorkingDay, dayOf, daysBetween, displayDay, displayTime, minutesOf, offsetOf, weekStart } from './clinic-clock';

describe('clinic clock', () => {
	test('reads the clinic wall-clock time of an instant, whatever the offset', () => {
		expect(minutesOf('2024-10-15T10:30:00-05:00')).toBe(630);
		expect(dayOf('2024-10-15T23:45:00-05:00')).toBe('2024-10-15');
		expect(offsetOf('2024-10-15T10:30:00-05:00')).toBe('-05:00');
		expect(offsetOf('2024-10-15T10:30:00Z')).toBe('+00:00');
	});

	test('writes an instant on a clinic day', () => {
		expect(clinicInstant('2024-10-15', 630, '-05:00')).toBe('2024-10-15T10:30:00-05:00');
	});

	test('says times the way a front desk does', () => {
		expect(displayTime(630)).toBe('10:30 AM');
		expect(displayTime(720)).toBe('12:00 PM');
		expect(displayTime(13 * 60 + 15)).toBe('1:15 PM');
		expect(displayTime(0)).toBe('12:00 AM');
	});

	test('walks the calendar across months and weeks', () => {
		expect(addDays('2024-10-31', 1)).toBe('2024-11-01');
		expect(weekStart('2024-10-17')).toBe('2024-10-14');
		expect(weekStart('2024-10-20')).toBe('2024-10-14');
		expect(displayDay('2024-10-15')).toBe('Tuesday 10/15/2024');
		expect(daysBetween('2024-10-15', '2024-10-29')).toBe(14);
	});

	test('"now" is the scenario\'s day at the learner\'s clock time', () => {
		expect(clinicNow('2024-10-15', '-05:00', new Date(2030, 0, 1, 9, 5))).toBe('2024-10-15T09:05:00-05:00');
	});

	test('a follow-up lands on a working day', () => {
		expect(nextWorkingDay('2024-10-18')).toBe('2024-10-18');
		expect(nextWorkingDay('2024-10-19')).toBe('2024-10-21');
		expect(nextWorkingDay('2024-10-20')).toBe('2024-10-21');
		expect(followUpDay('2024-10-15', 14)).toBe('2024-10-29');
		expect(followUpDay('2024-10-15', 364)).toBe('2025-10-14');
		expect(followUpDay('2024-10-18', 1)).toBe('2024-10-21');
	});
});
