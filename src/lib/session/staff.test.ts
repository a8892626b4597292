import { describe, expect, test } from 'vitest';
import { familyNameOf, findStaff, givenNameOf, verifyPassword, type StaffMember } from './staff';

const nurse: StaffMember = { id: 'n-okafor', name: 'Grace Okafor', role: 'nurse', password: 'Lantern-42' };

describe('verifyPassword', () => {
	test('the exact password', () => {
		expect(verifyPassword(nurse, 'Lantern-42')).toBe(true);
	});

	test('case matters and nothing is trimmed', () => {
		expect(verifyPassword(nurse, 'lantern-42')).toBe(false);
		expect(verifyPassword(nurse, 'Lantern-42 ')).toBe(false);
	});

	test('a prefix, a longer string and the empty string fail', () => {
		expect(verifyPassword(nurse, 'Lantern')).toBe(false);
		expect(verifyPassword(nurse, 'Lantern-421')).toBe(false);
		expect(verifyPassword(nurse, '')).toBe(false);
	});

	test('a trailing NUL does not pass for the end of the string', () => {
		expect(verifyPassword(nurse, 'Lantern-42\u0000')).toBe(false);
	});
});

describe('findStaff', () => {
	test('by id, or nothing', () => {
		expect(findStaff([nurse], 'n-okafor')).toBe(nurse);
		expect(findStaff([nurse], 'someone')).toBeUndefined();
	});
});

describe('familyNameOf', () => {
	test('the last word of the name unless given', () => {
		expect(familyNameOf(nurse)).toBe('Okafor');
		expect(familyNameOf({ name: 'Rosa de la Cruz', family: 'de la Cruz' })).toBe('de la Cruz');
	});
});

describe('givenNameOf', () => {
	test('what comes before the family name', () => {
		expect(givenNameOf(nurse)).toBe('Grace');
		expect(givenNameOf({ name: 'Rosa María de la Cruz', family: 'de la Cruz' })).toBe('Rosa María');
		expect(givenNameOf({ name: 'Cher', family: 'Sarkisian' })).toBe('Cher');
	});
});
