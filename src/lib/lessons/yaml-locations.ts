/**
 * From a field path (`exercises.claim.checks[2].path`) to the YAML line it is written on,
 * using the node ranges `yaml` keeps. When a field is missing, the nearest enclosing field's
 * line is the best place to point at.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Scalar } from 'yaml';
import type { FieldPath } from '../grading/check-outcome';

function lineOf(node: { range?: readonly number[] | null } | null | undefined, lineCounter: LineCounter): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lineCounter.linePos(start).line;
}

/**
 * The YAML line (1-based) of the field at `path`. The key's line for a map entry (where the
 * instructor wrote `field:`), the item's line for a list entry, 0 for the document itself.
 */
export function locateField(document: Document, lineCounter: LineCounter, path: FieldPath): number {
	let node: unknown = document.contents;
	let line = 0;
	for (const step of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
			if (pair === undefined) return line;
			line = lineOf(pair.key as Node, lineCounter) ?? line;
			node = pair.value;
		} else if (isSeq(node) && typeof step === 'number') {
			const item = node.items[step];
			if (item === undefined) return line;
			line = lineOf(item as Node, lineCounter) ?? line;
			node = item;
		} else {
			return line;
		}
	}
	return line;
}

/** Calls back for every scalar value (not keys) with its field path and YAML line. */
export function visitScalars(
	document: Document,
	lineCounter: LineCounter,
	visit: (path: FieldPath, scalar: Scalar, line: number) => void
): void {
	const walk = (node: unknown, path: FieldPath): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, index]));
		} else if (isScalar(node)) {
			visit(path, node, lineOf(node, lineCounter) ?? 0);
		}
	};
	walk(document.contents, []);
}

/** Calls back for every map key with its path; for refusing keys like `__proto__`. */
export function visitKeys(document: Document, lineCounter: LineCounter, visit: (path: FieldPath, line: number) => void): void {
	const walk = (node: unknown, path: FieldPath): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '';
				visit([...path, key], lineOf(pair.key as Node, lineCounter) ?? 0);
				walk(pair.value, [...path, key]);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, index]));
		}
	};
	walk(document.contents, []);
}
