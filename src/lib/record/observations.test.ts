import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { interpretationFlag, latestByCode, observationValue, referenceRangeText, VITALS } from './observations';

const bp: Observation = {
	resourceType: 'Observation',
	status: 'final',
	code: { coding: [{ system: 'http://loinc.org', code: VITALS.bloodPressure }] },
	effectiveDateTime: '2026-01-01',
	component: [
		{ code: { coding: [{ code: VITALS.systolic }] }, valueQuantity: { value: 142, unit: 'mmHg' } },
		{ code: { coding: [{ code: VITALS.diastolic }] }, valueQuantity: { value: 91, unit: 'mmHg' } }
	]
};
const a1c = (date: string, value: number): Observation => ({
	resourceType: 'Observation',
	status: 'final',
	code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
	effectiveDateTime: date,
	valueQuantity: { value, unit: '%' },
	referenceRange: [{ high: { value: 5.6, unit: '%' } }],
	interpretation: [{ coding: [{ code: value > 5.6 ? 'H' : 'N' }] }]
});

describe('observations', () => {
	it('reads a blood pressure panel as systolic/diastolic with its unit', () => {
		expect(observationValue(bp)).toBe('142/91 mmHg');
	});
	it('prints UCUM units the way a chart shows them', () => {
		expect(observationValue({ ...bp, component: bp.component!.map((c) => ({ ...c, valueQuantity: { ...c.valueQuantity, unit: 'mm[Hg]' } })) })).toBe('142/91 mmHg');
		expect(observationValue({ ...a1c('2026-01-01', 37.1), valueQuantity: { value: 37.1, unit: 'Cel' } })).toBe('37.1 °C');
	});
	it('always shows the unit with a value', () => {
		expect(observationValue(a1c('2026-01-01', 7.25))).toBe('7.25 %');
	});
	it('states reference ranges and flags', () => {
		expect(referenceRangeText(a1c('2026-01-01', 7))).toBe('< 5.6 %');
		expect(interpretationFlag(a1c('2026-01-01', 7))).toBe('H');
	});
	it('keeps the newest result of each test', () => {
		const latest = latestByCode([a1c('2025-01-01', 8.1), a1c('2026-06-01', 7.4), bp]);
		expect(latest.map(observationValue)).toEqual(['7.4 %', '142/91 mmHg']);
	});
});
