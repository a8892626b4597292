import { describe, expect, test } from 'vitest';
import { describeFoundValue, describeKeyValue, recordValueMatches } from './record-values';

describe('recordValueMatches', () => {
	test('text, loosely', () => {
		expect(recordValueMatches('LOPEZ', 'Lopez', {})).toBe(true);
		expect(recordValueMatches('LOPEZ', 'Lopez', { match: 'exact' })).toBe(false);
	});

	test('a FHIR Quantity against a number and unit', () => {
		const weight = { value: 160, unit: 'lbs', code: '[lb_av]' };
		expect(recordValueMatches(weight, 72.6, { unit: 'kg' })).toBe(true);
		expect(recordValueMatches(weight, 80, { unit: 'kg', tolerance: '5%' })).toBe(false);
	});

	test('a Quantity in a unit Chartroom does not convert, by its number when the key gives no unit', () => {
		const bmi = { value: 32.1, unit: 'kg/m2', code: 'kg/m2' };
		expect(recordValueMatches(bmi, 32.1, {})).toBe(true);
		expect(recordValueMatches(bmi, 32, { tolerance: 0.1 })).toBe(true);
		expect(recordValueMatches(bmi, 32.1, { unit: 'kg' })).toBe(false);
		expect(describeFoundValue(bmi)).toBe('32.1 kg/m2');
	});

	test('dates by calendar day, date-times included', () => {
		expect(recordValueMatches('2024-03-05T10:00:00Z', '2024-03-05', {})).toBe(true);
	});

	test('codings and codeable concepts by code', () => {
		const concept = { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }], text: 'Type 2 diabetes' };
		expect(recordValueMatches(concept, 'E11.9', {})).toBe(true);
		expect(recordValueMatches({ code: '7980' }, '7980', {})).toBe(true);
	});

	test('booleans', () => {
		expect(recordValueMatches(true, true, {})).toBe(true);
		expect(recordValueMatches(false, true, {})).toBe(false);
	});
});

describe('descriptions', () => {
	test('key values carry unit and tolerance', () => {
		expect(describeKeyValue(72.5, { unit: 'kg', tolerance: 0.5 })).toBe('72.5 kg (± 0.5 kg)');
		expect(describeKeyValue('Lopez', {})).toBe('"Lopez"');
	});

	test('found values read as on screen', () => {
		expect(describeFoundValue({ value: 160, unit: 'lbs', code: '[lb_av]' })).toBe('160 lb');
		expect(describeFoundValue({ coding: [{ code: 'E11.9' }] })).toBe('"E11.9"');
		expect(describeFoundValue('x')).toBe('"x"');
		expect(describeFoundValue({ resourceType: 'Patient', id: 'p1', name: [] })).toBe('Patient/p1');
	});
});
