import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	convertQuantity,
	formatQuantity,
	formatTolerance,
	parseQuantity,
	parseTolerance,
	quantityFromFhir,
	quantityMatches,
	unitSymbol,
	withinTolerance
} from './normalise-quantity';
import { UNITS, UNIT_CONVERSIONS, type UnitSymbol } from './unit-conversions';

describe('parseQuantity', () => {
	test.each([
		['160 lb', { value: 160, unit: 'lb' }],
		['160lbs', { value: 160, unit: 'lb' }],
		['98.6 °F', { value: 98.6, unit: '°F' }],
		['98.6F', { value: 98.6, unit: '°F' }],
		['37 degrees C', { value: 37, unit: '°C' }],
		['1,200 mg', { value: 1200, unit: 'mg' }],
		['.5 g', { value: 0.5, unit: 'g' }],
		['5.4 mmol/l', { value: 5.4, unit: 'mmol/L' }],
		['72.5', { value: 72.5 }]
	])('reads %s', (typed, quantity) => {
		expect(parseQuantity(typed)).toEqual(quantity);
	});

	test.each(['', 'lb', '72 stones', '72,5 kg'])('refuses %s', (typed) => {
		expect(parseQuantity(typed)).toBeUndefined();
	});

	test('reads FHIR quantities by UCUM code', () => {
		expect(quantityFromFhir({ value: 160, unit: 'lbs', code: '[lb_av]', system: 'http://unitsofmeasure.org' })).toEqual({
			value: 160,
			unit: 'lb'
		});
	});
});

describe('convertQuantity', () => {
	test('lb → kg', () => {
		expect(convertQuantity({ value: 100, unit: 'lb' }, 'kg')?.value).toBeCloseTo(45.359237, 9);
	});

	test('°F → °C', () => {
		expect(convertQuantity({ value: 98.6, unit: '°F' }, '°C')?.value).toBeCloseTo(37, 9);
	});

	test('chains lb → kg → g → mg', () => {
		expect(convertQuantity({ value: 1, unit: 'lb' }, 'mg')?.value).toBeCloseTo(453592.37, 5);
	});

	test('glucose mmol/L → mg/dL only for glucose', () => {
		expect(convertQuantity({ value: 5.5, unit: 'mmol/L' }, 'mg/dL', 'glucose')?.value).toBeCloseTo(99.088, 9);
		expect(convertQuantity({ value: 5.5, unit: 'mmol/L' }, 'mg/dL')).toBeUndefined();
	});

	test('unrelated units do not convert', () => {
		expect(convertQuantity({ value: 1, unit: 'kg' }, 'cm')).toBeUndefined();
	});
});

describe('tolerance', () => {
	test('absolute and relative forms', () => {
		expect(parseTolerance(0.5)).toEqual({ kind: 'absolute', amount: 0.5 });
		expect(parseTolerance('2%')).toEqual({ kind: 'relative', fraction: 0.02 });
		expect(parseTolerance('two')).toBeUndefined();
		expect(withinTolerance(102, 100, { kind: 'relative', fraction: 0.02 })).toBe(true);
		expect(withinTolerance(102.1, 100, { kind: 'relative', fraction: 0.02 })).toBe(false);
	});

	test('a converted answer without tolerance must round to the key', () => {
		expect(quantityMatches({ value: 160, unit: 'lb' }, { value: 72.6, unit: 'kg' })).toBe(true);
		expect(quantityMatches({ value: 161, unit: 'lb' }, { value: 72.6, unit: 'kg' })).toBe(false);
	});

	test('a same-unit answer without tolerance must be exact', () => {
		expect(quantityMatches({ value: 72.5, unit: 'kg' }, { value: 72.6, unit: 'kg' })).toBe(false);
		expect(quantityMatches({ value: 72.6 }, { value: 72.6, unit: 'kg' })).toBe(true);
	});
});

describe('normalise-quantity properties', () => {
	const linked = UNIT_CONVERSIONS.filter((row) => row.analyte === undefined);
	const values = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });

	test('converting there and back returns the same value', () => {
		fc.assert(
			fc.property(fc.constantFrom(...linked), values, (row, value) => {
				const there = convertQuantity({ value, unit: row.from }, row.to);
				const back = there && convertQuantity(there, row.from);
				expect(back?.value).toBeCloseTo(value, 6);
			})
		);
	});

	test('every alias of a unit reads the same', () => {
		const symbols = Object.keys(UNITS) as UnitSymbol[];
		fc.assert(
			fc.property(fc.constantFrom(...symbols), fc.integer({ min: 0, max: 500 }), (symbol, value) => {
				for (const alias of UNITS[symbol].aliases) {
					expect(unitSymbol(alias.toUpperCase())).toBe(symbol);
					expect(parseQuantity(`${value} ${alias}`)).toEqual({ value, unit: symbol });
				}
			})
		);
	});

	test('blood pressure is written as people read it', () => {
		expect(formatQuantity({ value: 142, unit: 'mm[Hg]' })).toBe('142 mmHg');
		expect(formatTolerance({ kind: 'absolute', amount: 5 }, 'mm[Hg]')).toBe('± 5 mmHg');
	});

	test('formatting then reading is the identity', () => {
		const symbols = Object.keys(UNITS) as UnitSymbol[];
		fc.assert(
			fc.property(fc.constantFrom(...symbols), fc.integer({ min: 0, max: 100000 }), (unit, hundredths) => {
				const quantity = { value: hundredths / 100, unit };
				expect(parseQuantity(formatQuantity(quantity))).toEqual(quantity);
			})
		);
	});
});
