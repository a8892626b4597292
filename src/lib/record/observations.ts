import type { Observation, Quantity } from '@medplum/fhirtypes';

/** LOINC codes of the vital signs a chart shows (FHIR vital-signs profile). */
export const VITALS = {
	bloodPressure: '85354-9',
	systolic: '8480-6',
	diastolic: '8462-4',
	heartRate: '8867-4',
	respiratoryRate: '9279-1',
	temperature: '8310-5',
	weight: '29463-7',
	height: '8302-2',
	bmi: '39156-5',
	oxygenSaturation: '59408-5',
	oxygenSaturationPulse: '2708-6'
} as const;

export function observationCode(observation: Observation): string | undefined {
	return observation.code.coding?.[0]?.code;
}

export function observationName(observation: Observation): string {
	return observation.code.text ?? observation.code.coding?.[0]?.display ?? observationCode(observation) ?? 'Observation';
}

function hasCategory(observation: Observation, category: string): boolean {
	return (observation.category ?? []).some((c) => (c.coding ?? []).some((coding) => coding.code === category));
}

export const isVitalSign = (o: Observation): boolean => hasCategory(o, 'vital-signs');
export const isLaboratory = (o: Observation): boolean => hasCategory(o, 'laboratory');

function formatNumber(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** UCUM codes as a chart prints them. */
const UNIT_DISPLAY: Record<string, string> = { 'mm[Hg]': 'mmHg', Cel: '°C', '[degF]': '°F', 'kg/m2': 'kg/m²', '[lb_av]': 'lb', '[in_i]': 'in' };

export function displayUnit(unit: string): string {
	return UNIT_DISPLAY[unit] ?? unit;
}

/** "7.2 %" — units are always shown with a value. */
export function formatQuantity(quantity: Quantity | undefined): string {
	if (quantity?.value === undefined) return '—';
	const unit = displayUnit(quantity.unit ?? quantity.code ?? '');
	return unit ? `${formatNumber(quantity.value)} ${unit}` : formatNumber(quantity.value);
}

function componentQuantity(observation: Observation, code: string): Quantity | undefined {
	return observation.component?.find((c) => c.code.coding?.some((x) => x.code === code))?.valueQuantity;
}

/** The value as a chart reads it, e.g. "128/82 mmHg" for a blood-pressure panel. */
export function observationValue(observation: Observation): string {
	if (observationCode(observation) === VITALS.bloodPressure) {
		const sys = componentQuantity(observation, VITALS.systolic);
		const dia = componentQuantity(observation, VITALS.diastolic);
		if (sys?.value !== undefined && dia?.value !== undefined) return `${formatNumber(sys.value)}/${formatNumber(dia.value)} ${displayUnit(sys.unit ?? 'mmHg')}`;
	}
	if (observation.valueQuantity) return formatQuantity(observation.valueQuantity);
	if (observation.valueString !== undefined) return observation.valueString;
	if (observation.valueCodeableConcept) return observation.valueCodeableConcept.text ?? observation.valueCodeableConcept.coding?.[0]?.display ?? '—';
	return '—';
}

/** Numeric value, or for blood pressure the systolic, for plotting. */
export function numericValue(observation: Observation, componentCode?: string): number | undefined {
	if (componentCode) return componentQuantity(observation, componentCode)?.value;
	return observation.valueQuantity?.value;
}

export type InterpretationFlag = 'H' | 'L' | 'HH' | 'LL' | 'A' | 'N';
const FLAG_WORDS: Record<InterpretationFlag, string> = { H: 'High', L: 'Low', HH: 'Critically high', LL: 'Critically low', A: 'Abnormal', N: 'Normal' };

export function interpretationFlag(observation: Observation): InterpretationFlag | undefined {
	const code = observation.interpretation?.[0]?.coding?.[0]?.code;
	return code && code in FLAG_WORDS ? (code as InterpretationFlag) : undefined;
}

export function interpretationWords(flag: InterpretationFlag): string {
	return FLAG_WORDS[flag];
}

export function referenceRangeText(observation: Observation): string {
	const range = observation.referenceRange?.[0];
	if (!range) return '';
	if (range.text) return range.text;
	const low = range.low?.value;
	const high = range.high?.value;
	const unit = range.high?.unit ?? range.low?.unit ?? '';
	if (low !== undefined && high !== undefined) return `${formatNumber(low)}–${formatNumber(high)} ${unit}`.trim();
	if (high !== undefined) return `< ${formatNumber(high)} ${unit}`.trim();
	if (low !== undefined) return `> ${formatNumber(low)} ${unit}`.trim();
	return '';
}

export function effectiveDate(observation: Observation): string {
	return observation.effectiveDateTime ?? observation.effectivePeriod?.start ?? observation.issued ?? '';
}

/** Newest observation of each code, newest first. */
export function latestByCode(observations: readonly Observation[]): Observation[] {
	const latest = new Map<string, Observation>();
	for (const o of observations) {
		const code = observationCode(o) ?? observationName(o);
		const seen = latest.get(code);
		if (!seen || effectiveDate(o) > effectiveDate(seen)) latest.set(code, o);
	}
	return [...latest.values()].sort((a, b) => effectiveDate(b).localeCompare(effectiveDate(a)));
}
