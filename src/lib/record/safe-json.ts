import { finding, type Finding } from '$lib/findings/finding';

/** Keys that could reach an object's prototype if a file's contents were merged anywhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** 50 MB: far above any real backup or bundle here, far below what would freeze a tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; finding: Finding };

/**
 * Parse untrusted JSON: refuse it whole when it is not JSON (saying on which line), or when it
 * holds a `__proto__`, `constructor` or `prototype` key anywhere (saying where). `JSON.parse`
 * itself only makes such keys plain own properties, but a file that carries one was written to
 * reach an object's prototype when merged somewhere, so nothing of it is used.
 */
export function parseUntrustedJson(text: string, file: string): SafeJsonResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = Number(message.match(/position (\d+)/)?.[1]);
		const where = Number.isFinite(position) ? `${file}:${lineOf(text, position)}` : file;
		return { ok: false, finding: finding('error', 'import.not-json', where, `This file is not valid JSON: ${message}`) };
	}
	const forbidden = forbiddenKeyPath(value);
	if (forbidden !== undefined) {
		const key = forbidden.slice(forbidden.lastIndexOf('.') + 1);
		return {
			ok: false,
			finding: finding('error', 'import.forbidden-key', `${file}: ${forbidden}`, `This file contains the key "${key}", which no Chartroom file has and which could alter the app itself. Nothing was imported.`)
		};
	}
	return { ok: true, value };
}

/** The path of the first forbidden key, breadth-first and without recursion (a hostile file may nest deeply). */
export function forbiddenKeyPath(root: unknown): string | undefined {
	// Only objects are queued, each with its parent and key: a path is spelled out only when found.
	const queue: { value: object; parent: number; key: string | number }[] = [];
	const pathOf = (index: number, last: string | number): string => {
		const parts: (string | number)[] = [last];
		for (let at = index; at > 0; at = queue[at]!.parent) parts.unshift(queue[at]!.key);
		return parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
	};
	if (typeof root !== 'object' || root === null) return undefined;
	queue.push({ value: root, parent: -1, key: '' });
	for (let i = 0; i < queue.length; i++) {
		const { value } = queue[i]!;
		const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
		for (const [key, child] of entries) {
			if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return pathOf(i, key);
			if (typeof child === 'object' && child !== null) queue.push({ value: child, parent: i, key });
		}
	}
	return undefined;
}

function lineOf(text: string, position: number): number {
	let line = 1;
	for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
	return line;
}

export function sizeFinding(file: string, bytes: number): Finding | undefined {
	if (bytes <= MAX_IMPORT_BYTES) return undefined;
	const mb = (bytes / 1024 / 1024).toFixed(1);
	return finding('error', 'import.too-large', file, `This file is ${mb} MB; Chartroom accepts files up to 50 MB. Nothing was read or imported.`);
}
