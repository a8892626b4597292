import { describe, expect, test } from 'vitest';
import { forbiddenKeyPath, MAX_IMPORT_BYTES, parseUntrustedJson, sizeFinding } from './safe-json';

describe('parseUntrustedJson', () => {
	test('a file carrying __proto__ is refused, saying where, and pollutes nothing', () => {
		const result = parseUntrustedJson('{"__proto__": {"polluted": 1}}', 'backup.json');
		expect(result).toEqual({
			ok: false,
			finding: {
				severity: 'error',
				code: 'import.forbidden-key',
				where: 'backup.json: __proto__',
				message: 'This file contains the key "__proto__", which no Chartroom file has and which could alter the app itself. Nothing was imported.'
			}
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	test('a forbidden key deep inside is found and named by its path', () => {
		const text = JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: { id: 'a' } }, { resource: { meta: { constructor: { prototype: { x: 1 } } } } }] });
		const result = parseUntrustedJson(text, 'bundle.json');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.finding.where).toBe('bundle.json: entry[1].resource.meta.constructor');
	});

	test('keys that merely contain the words are fine', () => {
		const result = parseUntrustedJson('{"proto": 1, "constructorName": "x", "note": "__proto__"}', 'ok.json');
		expect(result).toEqual({ ok: true, value: { proto: 1, constructorName: 'x', note: '__proto__' } });
	});

	test('says where a file stops being JSON', () => {
		const result = parseUntrustedJson('{\n  "a": 1,\n  oops\n}', 'bad.json');
		expect(result.ok).toBe(false);
		if (!result.ok) expect([result.finding.code, result.finding.where]).toEqual(['import.not-json', 'bad.json:3']);
	});

	test('a deeply nested file is walked without overflowing the stack', () => {
		const depth = 100_000;
		const text = '['.repeat(depth) + '{"__proto__":1}' + ']'.repeat(depth);
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			return; // This engine refuses such nesting itself; nothing left to walk.
		}
		expect(forbiddenKeyPath(value)).toBe('[0]'.repeat(depth) + '.__proto__');
	});
});

describe('sizeFinding', () => {
	test('up to 50 MB is accepted; above, refused before reading, with the size in words', () => {
		expect(sizeFinding('big.json', MAX_IMPORT_BYTES)).toBeUndefined();
		expect(sizeFinding('big.json', 60 * 1024 * 1024)).toEqual({
			severity: 'error',
			code: 'import.too-large',
			where: 'big.json',
			message: 'This file is 60.0 MB; Chartroom accepts files up to 50 MB. Nothing was read or imported.'
		});
	});
});
