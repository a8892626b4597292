import { describe, expect, test } from 'vitest';
import { describeValues, formatFieldPath, outcomeToFinding, type CheckOutcome } from './check-outcome';

const failed: CheckOutcome = {
	code: 'grade.record.check-failed',
	where: 'Patient.name.family',
	source: ['exercises', 'register', 'checks', 0],
	label: 'Family name',
	earned: 0,
	possible: 2,
	expected: '"Lopez"',
	found: '"Lopes"',
	hint: 'Copy the name from the intake form.',
	evidence: ['Lopes']
};

describe('formatFieldPath', () => {
	test('writes list positions in brackets', () => {
		expect(formatFieldPath(['exercises', 'claim', 'checks', 2, 'path'])).toBe('exercises.claim.checks[2].path');
	});
});

describe('outcomeToFinding', () => {
	test('revealed: expected and found', () => {
		expect(outcomeToFinding(failed, { reveal: true })).toEqual({
			severity: 'error',
			code: 'grade.record.check-failed',
			where: 'Patient.name.family',
			message: 'Family name: not yet right; expected "Lopez", found "Lopes"',
			hint: 'Copy the name from the intake form.',
			evidence: ['Lopes'],
			points: { earned: 0, possible: 2 }
		});
	});

	test('not revealed: no expected value anywhere', () => {
		const shown = outcomeToFinding(failed, { reveal: false });
		expect(shown.message).toBe('Family name: not yet right; found "Lopes"');
		expect(JSON.stringify(shown)).not.toContain('Lopez');
	});

	test('partial credit is a warning; a pass is info without the hint', () => {
		expect(outcomeToFinding({ ...failed, earned: 1 }, { reveal: true }).severity).toBe('warning');
		const passed = outcomeToFinding({ ...failed, earned: 2, found: '"Lopez"' }, { reveal: true });
		expect([passed.severity, passed.hint]).toEqual(['info', undefined]);
	});
});

test('describeValues', () => {
	expect(describeValues([])).toBe('nothing');
	expect(describeValues(['a', 3, { code: 'x' }])).toBe('"a", 3, {"code":"x"}');
});
