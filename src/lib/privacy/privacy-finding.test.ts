import { describe, expect, test } from 'vitest';
import { describeSections, fillText, privacyFinding } from './privacy-finding';
import { RULE_TEXTS } from './rule-texts';

describe('privacyFinding', () => {
	test('a Finding with code, where, texts from the data, regulation, why and time', () => {
		expect(privacyFinding('minimum-necessary', 'beyond-task', { at: '2025-03-04T09:00:00Z', where: 'audit#4', evidence: [4], values: { section: 'notes' } })).toEqual({
			severity: 'warning',
			code: 'privacy.minimum-necessary',
			where: 'audit#4',
			message: 'You opened notes, which this task does not need.',
			hint: 'Open only the parts of the chart your task calls for.',
			evidence: [4],
			at: '2025-03-04T09:00:00Z',
			regulation: RULE_TEXTS['minimum-necessary'].regulation,
			why: RULE_TEXTS['minimum-necessary'].why
		});
	});
});

describe('fillText', () => {
	test('fills marks; a missing value is a bug and throws', () => {
		expect(fillText('more than {minutes} minutes', { minutes: '5' })).toBe('more than 5 minutes');
		expect(() => fillText('You opened {section}.', {})).toThrow('No value for {section} in "You opened {section}."');
	});
});

describe('describeSections', () => {
	test('titles in lower case, joined as a sentence would', () => {
		expect(describeSections([])).toBe('');
		expect(describeSections(['vitals'])).toBe('vital signs');
		expect(describeSections(['notes', 'labs'])).toBe('notes and laboratory results');
		expect(describeSections(['problems', 'notes', 'radiology'])).toBe('problems, notes and radiology');
	});
});
