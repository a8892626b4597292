import type { Observation } from '@medplum/fhirtypes';
import { convertQuantity } from '$lib/grading/normalise-quantity';
import type { UnitSymbol } from '$lib/grading/unit-conversions';
import { BLOOD_PRESSURE_PANEL, BODY_MASS_INDEX, bodyMassIndex, VITAL_SIGNS, type VitalKey } from '$lib/synth/vital-signs';

/** What the medical assistant types, exactly as typed (strings), with the units chosen. */
export interface VitalsForm {
	systolic: string;
	diastolic: string;
	heartRate: string;
	respiratoryRate: string;
	temperature: string;
	temperatureUnit: '°F' | '°C';
	weight: string;
	weightUnit: 'lb' | 'kg';
	height: string;
	heightUnit: 'in' | 'cm';
	spo2: string;
}

export const EMPTY_VITALS: VitalsForm = {
	systolic: '',
	diastolic: '',
	heartRate: '',
	respiratoryRate: '',
	temperature: '',
	temperatureUnit: '°F',
	weight: '',
	weightUnit: 'lb',
	height: '',
	heightUnit: 'in',
	spo2: ''
};

/** The unit each stored value is in (the record's UCUM unit), and the form's unit field if any. */
const FIELD_UNITS: Record<VitalKey, { stored: UnitSymbol; unitField?: 'temperatureUnit' | 'weightUnit' | 'heightUnit'; label: string }> = {
	systolic: { stored: 'mm[Hg]', label: 'Systolic' },
	diastolic: { stored: 'mm[Hg]', label: 'Diastolic' },
	heartRate: { stored: '/min', label: 'Heart rate' },
	respiratoryRate: { stored: '/min', label: 'Respiratory rate' },
	temperature: { stored: '°C', unitField: 'temperatureUnit', label: 'Temperature' },
	weight: { stored: 'kg', unitField: 'weightUnit', label: 'Weight' },
	height: { stored: 'cm', unitField: 'heightUnit', label: 'Height' },
	spo2: { stored: '%', label: 'Oxygen saturation' }
};

export interface VitalsCheck {
	/** Values in the record's units, for the fields that are valid. */
	values: Partial<Record<VitalKey, number>>;
	bmi?: number;
	/** One message per field that is wrong, worded for the person typing. */
	errors: Partial<Record<VitalKey, string>>;
	/** True when at least one vital is entered and nothing is wrong. */
	ready: boolean;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Check every field as typed: a number, plausible for a living patient in the unit chosen. */
export function checkVitals(form: VitalsForm): VitalsCheck {
	const values: VitalsCheck['values'] = {};
	const errors: VitalsCheck['errors'] = {};
	for (const [key, spec] of Object.entries(FIELD_UNITS) as [VitalKey, (typeof FIELD_UNITS)[VitalKey]][]) {
		const text = form[key].trim();
		if (!text) continue;
		const typedUnit = (spec.unitField ? form[spec.unitField] : spec.stored) as UnitSymbol;
		const number = Number(text.replace(',', '.'));
		if (!/^-?\d+([.,]\d+)?$/.test(text) || !Number.isFinite(number)) {
			errors[key] = `${spec.label} must be a number, e.g. ${spec.stored === '°C' ? '98.6' : '120'}.`;
			continue;
		}
		const stored = convertQuantity({ value: number, unit: typedUnit }, spec.stored)!.value;
		const [low, high] = VITAL_SIGNS[key].plausible;
		if (stored < low || stored > high) {
			const toTyped = (v: number) => round(convertQuantity({ value: v, unit: spec.stored }, typedUnit)!.value, 1);
			const unitWord = typedUnit === 'mm[Hg]' ? 'mmHg' : typedUnit;
			errors[key] = `${spec.label} ${text} ${unitWord} is not plausible (expected ${toTyped(low)}–${toTyped(high)} ${unitWord}). Check the number and the unit.`;
			continue;
		}
		values[key] = round(stored, VITAL_SIGNS[key].decimals);
	}
	if (values.systolic !== undefined && values.diastolic !== undefined && values.diastolic >= values.systolic) {
		errors.diastolic = 'Diastolic must be lower than systolic. Were the two swapped?';
	}
	if ((values.systolic === undefined) !== (values.diastolic === undefined) && !errors.systolic && !errors.diastolic) {
		errors[values.systolic === undefined ? 'systolic' : 'diastolic'] = 'Blood pressure needs both systolic and diastolic.';
	}
	const bmi = values.weight !== undefined && values.height !== undefined ? bodyMassIndex(values.weight, values.height) : undefined;
	return { values, bmi, errors, ready: Object.keys(values).length > 0 && Object.keys(errors).length === 0 };
}

const VITAL_CATEGORY = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs', display: 'Vital Signs' }] }];

/** FHIR vital-signs Observations for a checked form: the BP panel, each vital, and BMI. */
export function vitalsObservations(check: VitalsCheck, patientId: string, at: string, performer: string, newId: () => string): Observation[] {
	const base = (code: Observation['code']): Observation => ({
		resourceType: 'Observation',
		id: newId(),
		meta: { lastUpdated: at },
		status: 'final',
		category: VITAL_CATEGORY,
		code,
		subject: { reference: `Patient/${patientId}` },
		effectiveDateTime: at,
		performer: [{ display: performer }]
	});
	const quantity = (key: VitalKey, value: number) => ({ value, unit: VITAL_SIGNS[key].unit, system: 'http://unitsofmeasure.org', code: VITAL_SIGNS[key].ucum });
	const out: Observation[] = [];
	const { values } = check;
	if (values.systolic !== undefined && values.diastolic !== undefined) {
		out.push({
			...base({ coding: [BLOOD_PRESSURE_PANEL], text: 'Blood pressure' }),
			component: [
				{ code: { coding: [VITAL_SIGNS.systolic.code] }, valueQuantity: quantity('systolic', values.systolic) },
				{ code: { coding: [VITAL_SIGNS.diastolic.code] }, valueQuantity: quantity('diastolic', values.diastolic) }
			]
		});
	}
	for (const key of ['heartRate', 'respiratoryRate', 'temperature', 'weight', 'height', 'spo2'] as const) {
		const value = values[key];
		if (value !== undefined) out.push({ ...base({ coding: [VITAL_SIGNS[key].code], text: VITAL_SIGNS[key].code.display }), valueQuantity: quantity(key, value) });
	}
	if (check.bmi !== undefined) {
		out.push({ ...base({ coding: [BODY_MASS_INDEX.code], text: 'Body mass index' }), valueQuantity: { value: check.bmi, unit: 'kg/m2', system: 'http://unitsofmeasure.org', code: 'kg/m2' } });
	}
	return out;
}
