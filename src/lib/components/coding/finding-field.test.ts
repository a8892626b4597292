import { expect, test } from 'vitest';
import { fieldOfFinding } from './finding-field';

test('a claim finding leads to the field that fixes it', () => {
	expect(fieldOfFinding('Claim.item[2].diagnosisSequence')).toBe('line-2-pointers');
	expect(fieldOfFinding('Claim.item[1]')).toBe('line-1-remove');
	expect(fieldOfFinding('Claim.item[0].net')).toBe('line-0-remove');
	expect(fieldOfFinding('Claim.diagnosis[3]')).toBe('dx-3-remove');
	expect(fieldOfFinding('Claim.diagnosis')).toBe('dx-picker');
	expect(fieldOfFinding('Claim.item')).toBe('service-code');
	expect(fieldOfFinding('Claim.extension')).toBe('query-answer');
});

test('a finding nobody fixes on the coding screen leads nowhere', () => {
	expect(fieldOfFinding('Claim.insurance')).toBeUndefined();
	expect(fieldOfFinding('constructor')).toBeUndefined();
});
