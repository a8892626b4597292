import { describe, expect, test } from 'vitest';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import { at } from './__fixtures__/audit-trail';
import { checkPasswordInRecord, containsAsWord } from './password-in-record';

const note = (text: string) => ({ at: at(60), resource: 'DocumentReference/n1', text });
const judged = (text: string) =>
	checkPasswordInRecord({ audit: [], staff: PRACTICE_STAFF, writtenTexts: [note(text)] }).map((f) => [f.code, f.where, f.severity]);

describe('password in the record', () => {
	test("a staff member's password in a note: an error at the resource", () => {
		expect(judged('Covering for Grace, her login is Lantern-Quartz-42.')).toEqual([
			['privacy.password-in-record', 'DocumentReference/n1', 'error']
		]);
	});

	test('the finding never repeats the password', () => {
		const findings = checkPasswordInRecord({ audit: [], staff: PRACTICE_STAFF, writtenTexts: [note('Lantern-Quartz-42')] });
		expect(JSON.stringify(findings)).not.toContain('Lantern-Quartz-42');
		expect(findings[0]?.evidence).toEqual([{ resource: 'DocumentReference/n1', staff: 'rn-okafor' }]);
	});

	test('a labelled secret looks like a password: a warning', () => {
		expect(judged('Portal password: sunflower88')).toEqual([['privacy.password-in-record', 'DocumentReference/n1', 'warning']]);
		expect(judged('Wifi PW=clinic2025')).toHaveLength(1);
		expect(judged('her passcode is 4471')).toHaveLength(1);
	});

	test('clinical text is not a password', () => {
		expect(judged('BP 128/82, SpO2=98%, HbA1c 7.2%. Pin site clean. Patient to reset portal password at home.')).toEqual([]);
	});

	test('careless learner notes are judged one by one', () => {
		const findings = checkPasswordInRecord({
			audit: [],
			staff: PRACTICE_STAFF,
			writtenTexts: [note('Vitals stable.'), { ...note('pwd: Granite-Violin-61'), resource: 'DocumentReference/n2' }]
		});
		expect(findings.map((f) => [f.where, f.severity])).toEqual([['DocumentReference/n2', 'error']]);
	});
});

describe('containsAsWord', () => {
	test('standing alone, or touching only punctuation', () => {
		expect(containsAsWord('(Lantern-Quartz-42)', 'Lantern-Quartz-42')).toBe(true);
		expect(containsAsWord('xLantern-Quartz-42', 'Lantern-Quartz-42')).toBe(false);
		expect(containsAsWord('Lantern-Quartz-420', 'Lantern-Quartz-42')).toBe(false);
		expect(containsAsWord('lantern-quartz-42', 'Lantern-Quartz-42')).toBe(false);
	});

	test('a later occurrence counts when the first is part of a word', () => {
		expect(containsAsWord('abc1234 then 1234 again', '1234')).toBe(true);
	});

	test('an empty password matches nothing', () => {
		expect(containsAsWord('anything', '')).toBe(false);
	});
});
