import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locateField, visitKeys, visitScalars } from './yaml-locations';

const source = [
	'id: claims', // 1
	'exercises:', // 2
	'  claim:', // 3
	'    kind: record', // 4
	'    checks:', // 5
	'      - { path: Claim.total, exists: true }', // 6
	'      - path: Claim.foo', // 7
	'        equals: 3' // 8
].join('\n');

function parse() {
	const lineCounter = new LineCounter();
	return { document: parseDocument(source, { lineCounter }), lineCounter };
}

describe('locateField', () => {
	test('a field inside a list item', () => {
		const { document, lineCounter } = parse();
		expect(locateField(document, lineCounter, ['exercises', 'claim', 'checks', 1, 'path'])).toBe(7);
		expect(locateField(document, lineCounter, ['exercises', 'claim', 'checks', 1, 'equals'])).toBe(8);
		expect(locateField(document, lineCounter, ['exercises', 'claim', 'checks', 0, 'exists'])).toBe(6);
	});

	test('a missing field points at its parent; a missing top-level field at the document', () => {
		const { document, lineCounter } = parse();
		expect(locateField(document, lineCounter, ['exercises', 'claim', 'prompt'])).toBe(3);
		expect(locateField(document, lineCounter, ['title'])).toBe(0);
	});
});

test('visitScalars gives each value its path and line', () => {
	const { document, lineCounter } = parse();
	const seen: string[] = [];
	visitScalars(document, lineCounter, (path, scalar, line) => seen.push(`${line} ${path.join('/')}=${String(scalar.value)}`));
	expect(seen).toEqual([
		'1 id=claims',
		'4 exercises/claim/kind=record',
		'6 exercises/claim/checks/0/path=Claim.total',
		'6 exercises/claim/checks/0/exists=true',
		'7 exercises/claim/checks/1/path=Claim.foo',
		'8 exercises/claim/checks/1/equals=3'
	]);
});

test('visitKeys reaches keys at every depth', () => {
	const { document, lineCounter } = parse();
	const keys: string[] = [];
	visitKeys(document, lineCounter, (path, line) => keys.push(`${line} ${path.at(-1)}`));
	expect(keys).toContain('8 equals');
	expect(keys).toHaveLength(9);
});
