import { describe, expect, it } from 'vitest';
import { ageInYears, displayAge, displayDate, displayName, displaySex } from './patient-display';

describe('patient display', () => {
	it('shows the official name as Family, Given Middle', () => {
		expect(displayName({ name: [{ use: 'nickname', given: ['Bo'] }, { use: 'official', family: 'Okafor', given: ['Chioma', 'Ada'] }] })).toBe(
			'Okafor, Chioma Ada'
		);
		expect(displayName({})).toBe('(no name recorded)');
	});

	it('counts age in whole years, turning on the birthday', () => {
		expect(ageInYears('1958-11-23', '2026-11-22')).toBe(67);
		expect(ageInYears('1958-11-23', '2026-11-23')).toBe(68);
	});

	it('shows infants in months', () => {
		expect(displayAge('2026-02-10', '2026-11-23')).toBe('9 mo');
		expect(displayAge('1990-01-01', '2026-11-23')).toBe('36 y');
		expect(displayAge(undefined, '2026-11-23')).toBe('age unknown');
	});

	it('uses one date format', () => {
		expect(displayDate('1958-04-02')).toBe('04/02/1958');
		expect(displayDate('2026-10-12T10:30:00Z')).toBe('10/12/2026');
		expect(displayDate(undefined)).toBe('—');
	});

	it('names sex in words and says when it is missing', () => {
		expect(displaySex('female')).toBe('Female');
		expect(displaySex(undefined)).toBe('Not recorded');
	});
});
