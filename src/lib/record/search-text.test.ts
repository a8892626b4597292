import { describe, expect, it } from 'vitest';
import { foldText, phoneDigits, searchTokens } from './search-text';

describe('foldText', () => {
	it('removes accents and case so that typed names match stored ones', () => {
		expect(foldText('José Ñúñez-García')).toBe('jose nunez garcia');
	});
	it('collapses punctuation and spaces', () => {
		expect(foldText("  O'Brien,   Mary ")).toBe('o brien mary');
	});
});

describe('searchTokens', () => {
	it('splits a full name into folded words', () => {
		expect(searchTokens('Zoë  Van der Berg')).toEqual(['zoe', 'van', 'der', 'berg']);
	});
	it('gives no tokens for blank input', () => {
		expect(searchTokens('  -- ')).toEqual([]);
	});
});

describe('phoneDigits', () => {
	it('keeps only digits', () => {
		expect(phoneDigits('(555) 010-2233')).toBe('5550102233');
	});
});
