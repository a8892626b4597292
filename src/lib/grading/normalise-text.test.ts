import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normaliseText, textMatches } from './normalise-text';

describe('normaliseText', () => {
	test('loose folds case, spacing and accents', () => {
		expect(normaliseText('  José   ÁLVAREZ ')).toBe('jose alvarez');
	});

	test('loose keeps punctuation', () => {
		expect(normaliseText("O'Brien")).toBe("o'brien");
	});

	test('name drops punctuation and spaces', () => {
		expect(normaliseText("O'Brien", 'name')).toBe('obrien');
		expect(normaliseText('Smith-Jones', 'name')).toBe(normaliseText('Smith Jones', 'name'));
	});

	test('exact only trims', () => {
		expect(normaliseText('  Lopez ', 'exact')).toBe('Lopez');
		expect(textMatches('lopez', 'Lopez', 'exact')).toBe(false);
	});

	test('compatibility forms decompose (ligatures, full-width letters)', () => {
		expect(normaliseText('ﬁnch')).toBe('finch');
		expect(normaliseText('ＬＯＰＥＺ')).toBe('lopez');
	});
});

describe('normaliseText properties', () => {
	const modes = fc.constantFrom('exact' as const, 'loose' as const, 'name' as const);

	test('is idempotent for any Unicode text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), modes, (text, mode) => {
				const once = normaliseText(text, mode);
				expect(normaliseText(once, mode)).toBe(once);
			})
		);
	});

	test('loose matching ignores case and surrounding or repeated spaces', () => {
		const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
				const plain = words.join(' ');
				const messy = `  ${words.map((w) => w.toUpperCase()).join('   ')}\t`;
				expect(textMatches(messy, plain)).toBe(true);
			})
		);
	});

	test('loose matching ignores accents added to plain letters', () => {
		const accents = ['\u0301', '\u0300', '\u0308', '\u0303'];
		fc.assert(
			fc.property(
				fc.stringMatching(/^[a-z]{1,12}$/),
				fc.constantFrom(...accents),
				(word, accent) => {
					const accented = [...word].map((letter) => `${letter}${accent}`.normalize('NFC')).join('');
					expect(textMatches(accented, word)).toBe(true);
				}
			)
		);
	});

	test('name matching ignores punctuation between name parts', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { minLength: 1, maxLength: 3 }),
				fc.constantFrom("'", '-', ' ', '.', ''),
				(parts, separator) => {
					expect(textMatches(parts.join(separator), parts.join(''), 'name')).toBe(true);
				}
			)
		);
	});
});
