import { finding, type Finding } from '$lib/findings/finding';

/** Keys that could reach an object's prototype if a file's contents were merged anywhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** 50 MB: far above any real backup or bundle here, far below what would freeze a tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type SafeJsonResult = { ok: true; value: unknown; dropped: number } | { ok: false; finding: Finding };

/**
 * Parse untrusted JSON: refuse it whole when it is not JSON (saying where), and drop
 * `__proto__` / `constructor` / `prototype` keys wherever they appear.
 */
export function parseUntrustedJson(text: string, file: string): SafeJsonResult {
	let dropped = 0;
	try {
		const value: unknown = JSON.parse(text, (key, v: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) {
				dropped += 1;
				return undefined;
			}
			return v;
		});
		return { ok: true, value, dropped };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = Number(message.match(/position (\d+)/)?.[1]);
		const where = Number.isFinite(position) ? `${file}:${lineOf(text, position)}` : file;
		return { ok: false, finding: finding('error', 'import.not-json', where, `This file is not valid JSON: ${message}`) };
	}
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
