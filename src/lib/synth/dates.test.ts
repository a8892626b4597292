import { describe, expect, test } from 'vitest';
import { addMonths, ageInMonths, ageInYears, formatDay, formatInstant, isIsoDate, parseDay, weekday } from './dates';

describe('dates', () => {
	test('round-trips ISO dates through day numbers', () => {
		for (const iso of ['1970-01-01', '2000-02-29', '2024-12-31', '1899-03-01']) expect(formatDay(parseDay(iso))).toBe(iso);
		expect(parseDay('1970-01-02')).toBe(1);
	});

	test('rejects impossible dates', () => {
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(() => parseDay('2024-13-01')).toThrow('not an ISO date (YYYY-MM-DD): "2024-13-01"');
	});

	test('adds calendar months, clamping to the month end', () => {
		expect(formatDay(addMonths(parseDay('2024-01-31'), 1))).toBe('2024-02-29');
		expect(formatDay(addMonths(parseDay('2024-03-15'), -15))).toBe('2022-12-15');
	});

	test('counts completed years and months of age', () => {
		expect(ageInYears(parseDay('2000-10-16'), parseDay('2024-10-15'))).toBe(23);
		expect(ageInYears(parseDay('2000-10-15'), parseDay('2024-10-15'))).toBe(24);
		expect(ageInMonths(parseDay('2024-01-20'), parseDay('2024-03-19'))).toBe(1);
	});

	test('weekday 0 is Monday', () => {
		expect(weekday(parseDay('2024-10-14'))).toBe(0);
		expect(weekday(parseDay('2024-10-20'))).toBe(6);
	});

	test('formats a local clock time with the clinic offset', () => {
		expect(formatInstant(parseDay('2024-10-15'), 8 * 60 + 5, '-05:00')).toBe('2024-10-15T08:05:00-05:00');
	});
});
