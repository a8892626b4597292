import { describe, expect, it } from 'vitest';
import { builderTree, newBuilderRow } from './report-builder';

describe('builderTree', () => {
	it('turns rows into an and/or of leaves, NOT where toggled', () => {
		const problem = { ...newBuilderRow(1, 'problem'), text: 'E11.*, I10' };
		const flu = newBuilderRow(2, 'flu-vaccine');
		const tree = builderTree([problem, flu], 'or');
		expect(tree.op).toBe('or');
		expect(tree.op === 'or' && tree.children[0]).toEqual({ op: 'criterion', criterion: { kind: 'problem', codes: ['E11.*', 'I10'] } });
		expect(tree.op === 'or' && tree.children[1]?.op).toBe('not');
	});

	it('a medication given as digits is an RxNorm code, otherwise a name', () => {
		const byCode = builderTree([{ ...newBuilderRow(1, 'medication'), text: ' 861007 ' }], 'and');
		const byName = builderTree([newBuilderRow(2, 'medication')], 'and');
		expect(byCode).toEqual({ op: 'and', children: [{ op: 'criterion', criterion: { kind: 'medication', code: '861007' } }] });
		expect(byName).toEqual({ op: 'and', children: [{ op: 'criterion', criterion: { kind: 'medication', nameContains: 'metformin' } }] });
	});
});
