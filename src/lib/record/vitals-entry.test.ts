import { describe, expect, it } from 'vitest';
import { checkVitals, EMPTY_VITALS, vitalsObservations } from './vitals-entry';

describe('checkVitals', () => {
	it('converts pounds, inches and Fahrenheit to the record units and computes BMI', () => {
		const check = checkVitals({ ...EMPTY_VITALS, weight: '154', height: '68', temperature: '98.6', systolic: '128', diastolic: '82' });
		expect(check.errors).toEqual({});
		expect(check.values).toMatchObject({ weight: 69.9, height: 172.7, temperature: 37, systolic: 128, diastolic: 82 });
		expect(check.bmi).toBe(23.4);
		expect(check.ready).toBe(true);
	});

	it('catches a weight typed in kilograms while the unit says pounds is fine, but 154 kg typed as 1540 is not', () => {
		const check = checkVitals({ ...EMPTY_VITALS, weight: '1540', weightUnit: 'lb' });
		expect(check.errors.weight).toBe('Weight 1540 lb is not plausible (expected 3.3–551.2 lb). Check the number and the unit.');
		expect(check.ready).toBe(false);
	});

	it('catches a Celsius temperature entered with the Fahrenheit unit', () => {
		expect(checkVitals({ ...EMPTY_VITALS, temperature: '37' }).errors.temperature).toBe(
			'Temperature 37 °F is not plausible (expected 95–106.7 °F). Check the number and the unit.'
		);
		expect(checkVitals({ ...EMPTY_VITALS, temperature: '37', temperatureUnit: '°C' }).errors).toEqual({});
	});

	it('says when a value is not a number, and keeps checking the others', () => {
		const check = checkVitals({ ...EMPTY_VITALS, heartRate: '7o', spo2: '97' });
		expect(check.errors).toEqual({ heartRate: 'Heart rate must be a number, e.g. 120.' });
		expect(check.values.spo2).toBe(97);
	});

	it('notices swapped or half-entered blood pressures', () => {
		expect(checkVitals({ ...EMPTY_VITALS, systolic: '80', diastolic: '120' }).errors.diastolic).toBe('Diastolic must be lower than systolic. Were the two swapped?');
		expect(checkVitals({ ...EMPTY_VITALS, systolic: '120' }).errors.diastolic).toBe('Blood pressure needs both systolic and diastolic.');
	});

	it('is not ready while the form is empty', () => {
		expect(checkVitals(EMPTY_VITALS).ready).toBe(false);
	});
});

describe('vitalsObservations', () => {
	it('writes a blood-pressure panel, each vital and BMI as FHIR vital-signs Observations', () => {
		let n = 0;
		const obs = vitalsObservations(checkVitals({ ...EMPTY_VITALS, systolic: '128', diastolic: '82', weight: '70', weightUnit: 'kg', height: '170', heightUnit: 'cm' }), 'p-1', '2026-11-23T10:00:00Z', 'Kevin Chen', () => `obs-${++n}`);
		expect(obs.map((o) => o.code.coding?.[0]?.code)).toEqual(['85354-9', '29463-7', '8302-2', '39156-5']);
		expect(obs[0]?.component?.map((c) => c.valueQuantity?.value)).toEqual([128, 82]);
		expect(obs.at(-1)?.valueQuantity).toEqual({ value: 24.2, unit: 'kg/m2', system: 'http://unitsofmeasure.org', code: 'kg/m2' });
		expect(new Set(obs.map((o) => o.subject?.reference))).toEqual(new Set(['Patient/p-1']));
	});
});
