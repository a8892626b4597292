/**
 * The vital signs taken at every visit: FHIR vital-signs profile codes and UCUM units. This is
 * record structure, not medicine: the values come from the wellness templates' baseline tables.
 */
import { TERMINOLOGY } from './systems';

export const VITAL_KEYS = [
	'systolic',
	'diastolic',
	'heartRate',
	'respiratoryRate',
	'temperature',
	'weight',
	'height',
	'spo2'
] as const;

export type VitalKey = (typeof VITAL_KEYS)[number];

export interface VitalSign {
	code: { system: typeof TERMINOLOGY.loinc; code: string; display: string };
	unit: string;
	/** UCUM code of the unit. */
	ucum: string;
	decimals: number;
	/** Outside this a value is implausible for any living patient at a clinic visit. */
	plausible: [number, number];
}

function loinc(code: string, display: string): VitalSign['code'] {
	return { system: TERMINOLOGY.loinc, code, display };
}

export const VITAL_SIGNS: Record<VitalKey, VitalSign> = {
	systolic: { code: loinc('8480-6', 'Systolic blood pressure'), unit: 'mmHg', ucum: 'mm[Hg]', decimals: 0, plausible: [60, 220] },
	diastolic: { code: loinc('8462-4', 'Diastolic blood pressure'), unit: 'mmHg', ucum: 'mm[Hg]', decimals: 0, plausible: [30, 130] },
	heartRate: { code: loinc('8867-4', 'Heart rate'), unit: '/min', ucum: '/min', decimals: 0, plausible: [40, 190] },
	respiratoryRate: { code: loinc('9279-1', 'Respiratory rate'), unit: '/min', ucum: '/min', decimals: 0, plausible: [8, 70] },
	temperature: { code: loinc('8310-5', 'Body temperature'), unit: 'Cel', ucum: 'Cel', decimals: 1, plausible: [35, 41.5] },
	weight: { code: loinc('29463-7', 'Body weight'), unit: 'kg', ucum: 'kg', decimals: 1, plausible: [1.5, 250] },
	height: { code: loinc('8302-2', 'Body height'), unit: 'cm', ucum: 'cm', decimals: 1, plausible: [40, 215] },
	spo2: { code: loinc('59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry'), unit: '%', ucum: '%', decimals: 0, plausible: [85, 100] }
};

export const BLOOD_PRESSURE_PANEL = loinc('85354-9', 'Blood pressure panel with all children optional');
export const BODY_MASS_INDEX = {
	code: loinc('39156-5', 'Body mass index (BMI) [Ratio]'),
	unit: 'kg/m2',
	ucum: 'kg/m2',
	/** Newborns run near 10–13. */
	plausible: [8, 70] as [number, number]
};
/** The generic oxygen-saturation code the FHIR vital-signs profile requires beside 59408-5. */
export const OXYGEN_SATURATION = loinc('2708-6', 'Oxygen saturation in Arterial blood');
export const PROGRESS_NOTE = loinc('11506-3', 'Progress note');

/** BMI = kg / m², to one decimal. */
export function bodyMassIndex(weightKg: number, heightCm: number): number {
	const metres = heightCm / 100;
	return Math.round((weightKg / (metres * metres)) * 10) / 10;
}
