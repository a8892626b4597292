import { describe, expect, it } from 'vitest';
import { nameKeys } from './name-keys';

const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k));
const person = (family: string, given: string) => ({ name: [{ family, given: [given] }] });

describe('nameKeys', () => {
	it('makes sound-alike names share a key', () => {
		expect(shared(nameKeys(person('Smith', 'Jon')), nameKeys(person('Smyth', 'John')))).not.toEqual([]);
	});

	it('makes the same name share its exact key, whatever the accents and case', () => {
		expect(shared(nameKeys(person('Núñez', 'José')), nameKeys(person('NUNEZ', 'jose')))).toContain('same:nunez|jose');
	});

	it('keeps different people apart', () => {
		expect(shared(nameKeys(person('Smith', 'Jon')), nameKeys(person('Okafor', 'Chioma')))).toEqual([]);
		expect(shared(nameKeys(person('Smith', 'Jon')), nameKeys(person('Smith', 'Mary')))).toEqual([]);
	});

	it('gives no keys for a patient without both names', () => {
		expect(nameKeys({ name: [{ family: 'Smith' }] })).toEqual([]);
	});
});
