import { describe, expect, it } from 'vitest';
import { and, birthDateBounds, codePrefix, compare, describeNode, leaf, not, sinceDate } from './report-criteria';

describe('sinceDate', () => {
	it('a season starting in August is this year from August, last year before', () => {
		expect(sinceDate({ kind: 'season', startMonth: 8 }, '2026-11-02')).toBe('2026-08-01');
		expect(sinceDate({ kind: 'season', startMonth: 8 }, '2026-08-01')).toBe('2026-08-01');
		expect(sinceDate({ kind: 'season', startMonth: 8 }, '2027-03-15')).toBe('2026-08-01');
	});
	it('months back clamp to the end of a shorter month', () => {
		expect(sinceDate({ kind: 'months', months: 6 }, '2026-11-02')).toBe('2026-05-02');
		expect(sinceDate({ kind: 'months', months: 6 }, '2026-08-31')).toBe('2026-02-28');
		expect(sinceDate({ kind: 'months', months: 12 }, '2026-01-15')).toBe('2025-01-15');
	});
	it('a fixed date is itself', () => {
		expect(sinceDate({ kind: 'date', date: '2020-01-01' }, '2026-11-02')).toBe('2020-01-01');
	});
});

describe('birthDateBounds', () => {
	it('ages 45–75 on 2026-11-02: born 1950-11-03 through 1981-11-02', () => {
		expect(birthDateBounds({ kind: 'age', min: 45, max: 75, unit: 'years' }, '2026-11-02')).toEqual({ from: '1950-11-03', to: '1981-11-02' });
	});
	it('6 months or older: born on or before 2026-05-02', () => {
		expect(birthDateBounds({ kind: 'age', min: 6, unit: 'months' }, '2026-11-02')).toEqual({ to: '2026-05-02' });
	});
});

describe('criteria helpers', () => {
	it('codePrefix accepts E11, E11.* and lower case', () => {
		expect(['E11', 'E11.*', 'e11*', ' I10 '].map(codePrefix)).toEqual(['E11', 'E11', 'E11', 'I10']);
	});
	it('compare covers every comparator at the boundary', () => {
		expect([compare(9, '>', 9), compare(9, '>=', 9), compare(9, '<', 9), compare(9, '<=', 9), compare(9, '=', 9)]).toEqual([false, true, false, true, true]);
	});
	it('describes a tree in words', () => {
		const tree = and(leaf({ kind: 'problem', codes: ['E11.*'] }), not(leaf({ kind: 'last-lab', loinc: '4548-4', comparator: '>', value: 9 })));
		expect(describeNode(tree)).toBe('Active problem E11.* AND NOT (Last LOINC 4548-4 > 9)');
	});
});
