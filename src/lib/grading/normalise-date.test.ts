import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { datesMatch, formatDate, normaliseDate } from './normalise-date';

describe('normaliseDate', () => {
	test.each([
		['2024-03-05', '2024-03-05'],
		['03/05/2024', '2024-03-05'],
		['3/5/2024', '2024-03-05'],
		['03-05-2024', '2024-03-05'],
		['5 March 2024', '2024-03-05'],
		['5th Mar 2024', '2024-03-05'],
		['Mar 5, 2024', '2024-03-05'],
		['March 5 2024', '2024-03-05'],
		['Sept. 30, 2024', '2024-09-30'],
		['2024-03-05T14:30:00Z', '2024-03-05'],
		['1980', '1980'],
		['1980-07', '1980-07']
	])('reads %s as %s', (typed, iso) => {
		expect(normaliseDate(typed)).toBe(iso);
	});

	test.each(['02/30/2024', '2023-02-29', '13/01/2024', '03/05/24', 'Smarch 5, 2024', 'yesterday', ''])(
		'refuses %s',
		(typed) => {
			expect(normaliseDate(typed)).toBeUndefined();
		}
	);

	test('accepts 29 February in leap years only', () => {
		expect(normaliseDate('02/29/2024')).toBe('2024-02-29');
		expect(normaliseDate('02/29/1900')).toBeUndefined();
	});

	test('datesMatch is false when either side is unreadable', () => {
		expect(datesMatch('someday', 'someday')).toBe(false);
	});
});

describe('normaliseDate properties', () => {
	const isoDates = fc
		.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
		.map((date) => date.toISOString().slice(0, 10));
	const styles = fc.constantFrom('iso' as const, 'us' as const, 'day-month-year' as const, 'month-day-year' as const);

	test('round-trips every written style back to the same ISO date', () => {
		fc.assert(
			fc.property(isoDates, styles, (iso, style) => {
				expect(normaliseDate(formatDate(iso, style))).toBe(iso);
			})
		);
	});

	test('is idempotent', () => {
		fc.assert(
			fc.property(isoDates, styles, (iso, style) => {
				const once = normaliseDate(formatDate(iso, style));
				expect(once === undefined ? undefined : normaliseDate(once)).toBe(once);
			})
		);
	});

	test('ignores case and extra spaces', () => {
		fc.assert(
			fc.property(isoDates, (iso) => {
				const messy = `  ${formatDate(iso, 'day-month-year').toUpperCase().replace(/ /g, '   ')} `;
				expect(datesMatch(messy, iso)).toBe(true);
			})
		);
	});
});
