import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeBase64Utf8 } from './base64';

describe('encodeBase64Utf8', () => {
	test('matches known encodings, with padding', () => {
		expect(encodeBase64Utf8('')).toBe('');
		expect(encodeBase64Utf8('f')).toBe('Zg==');
		expect(encodeBase64Utf8('fo')).toBe('Zm8=');
		expect(encodeBase64Utf8('foo')).toBe('Zm9v');
	});

	test('encodes UTF-8, not Latin-1: em dash, degree sign, superscript two, emoji', () => {
		expect(encodeBase64Utf8('— 37.2 °C, kg/m² 🩺')).toBe(Buffer.from('— 37.2 °C, kg/m² 🩺', 'utf8').toString('base64'));
	});

	test('agrees with Node for any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				expect(encodeBase64Utf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
			})
		);
	});

	test('handles texts longer than one chunk', () => {
		const text = 'Progress note. '.repeat(3000);
		expect(encodeBase64Utf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
	});
});
