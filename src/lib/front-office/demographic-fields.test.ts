import { describe, expect, test } from 'vitest';
import { checkBirthDate, checkEmail, checkName, checkPhone, checkPostalCode, checkState, parseTypedDate } from './demographic-fields';

const today = '2024-10-15';

describe('demographic fields', () => {
	test('names keep accents, hyphens and apostrophes and lose stray spaces', () => {
		expect(checkName("  María  O'Neil-Nguyễn ", 'Last name')).toEqual({ value: "María O'Neil-Nguyễn" });
		expect(checkName('', 'Last name')).toEqual({ error: 'Enter the last name exactly as on the ID card.' });
		expect(checkName('', 'Middle name', false)).toEqual({ value: '' });
		expect(checkName('R2D2', 'First name')).toEqual({ error: 'First name may contain letters, spaces, hyphens and apostrophes only.' });
	});

	test('birth dates are typed MM/DD/YYYY and stored ISO', () => {
		expect(parseTypedDate('4/2/1958')).toBe('1958-04-02');
		expect(parseTypedDate('1958-04-02')).toBe('1958-04-02');
		expect(checkBirthDate('04/02/1958', today)).toEqual({ value: '1958-04-02' });
		expect(checkBirthDate('02/30/1958', today)).toEqual({ error: '"02/30/1958" is not a date: type MM/DD/YYYY, e.g. 04/02/1958.' });
		expect(checkBirthDate('01/01/2025', today)).toEqual({ error: 'The date of birth is in the future: check the year.' });
		expect(checkBirthDate('01/01/1890', today)).toEqual({ error: 'That is more than 120 years ago: check the year.' });
		expect(checkBirthDate('', today)).toEqual({ error: 'Enter the date of birth (MM/DD/YYYY).' });
	});

	test('phones need ten digits and come out in the clinic\'s format', () => {
		expect(checkPhone('614.555.0142')).toEqual({ value: '(614) 555-0142' });
		expect(checkPhone('+1 614 555 0142')).toEqual({ value: '(614) 555-0142' });
		expect(checkPhone('555-0142')).toEqual({ error: 'Phone must have 10 digits (area code and number), e.g. (614) 555-0142; 7 typed.' });
		expect(checkPhone('614-555-O142')).toEqual({ error: 'Phone may contain digits, spaces, brackets and dashes only.' });
		expect(checkPhone('', 'Contact phone', false)).toEqual({ value: '' });
	});

	test('email, ZIP and state', () => {
		expect(checkEmail(' Ana@Example.com ')).toEqual({ value: 'ana@example.com' });
		expect(checkEmail('ana.example.com')).toEqual({ error: '"ana.example.com" is not an email address: it needs a name, @ and a domain, e.g. ana@example.com.' });
		expect(checkPostalCode('43215-1234')).toEqual({ value: '43215-1234' });
		expect(checkPostalCode('4321')).toEqual({ error: 'ZIP code must be 5 digits (or ZIP+4: 43215-1234).' });
		expect(checkState('oh')).toEqual({ value: 'OH' });
		expect(checkState('Ohio')).toEqual({ error: '"Ohio" is not a US state code: use two letters, e.g. OH.' });
	});
});
