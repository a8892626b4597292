import { describe, expect, test } from 'vitest';
import { baselineAt, interpretQuantity } from './measurements';
import type { VitalsRowData } from './template-schema';

const d = (mean: number) => ({ mean, sd: 1, visitSd: 0, min: mean - 10, max: mean + 10 });
const row = (ageYears: number, height: number, sex?: 'female' | 'male'): VitalsRowData => ({
	ageYears,
	...(sex ? { sex } : {}),
	measures: { systolic: d(100), diastolic: d(60), heartRate: d(80), respiratoryRate: d(16), temperature: d(37), weight: d(50), height: d(height), spo2: d(98) }
});
const rows = [row(10, 140), row(20, 160, 'female'), row(20, 176, 'male')];

describe('baselineAt', () => {
	test('interpolates linearly between rows of the patient\'s sex', () => {
		expect(baselineAt(rows, 'female', 15, 'height').mean).toBe(150);
		expect(baselineAt(rows, 'male', 15, 'height').mean).toBe(158);
	});

	test('holds the end rows beyond the table', () => {
		expect(baselineAt(rows, 'male', 5, 'height').mean).toBe(140);
		expect(baselineAt(rows, 'female', 80, 'height').mean).toBe(160);
	});
});

describe('interpretQuantity', () => {
	test('flags above high H, below low L, on a bound N', () => {
		expect(interpretQuantity(5.7, { high: 5.6 })).toBe('H');
		expect(interpretQuantity(3.4, { low: 3.5, high: 5.1 })).toBe('L');
		expect(interpretQuantity(5.1, { low: 3.5, high: 5.1 })).toBe('N');
	});
});
