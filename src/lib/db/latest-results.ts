import type { Observation } from '@medplum/fhirtypes';
import type { ClinicalRow } from './clinical-rows';
import { codesOf, dateOf } from './resource-row';

/**
 * Each patient's latest result of every observation code, in one small row: what a report's
 * "last A1c" or "last blood pressure" reads, instead of the patient's whole Observation row
 * (a few hundred bytes instead of tens of kilobytes per patient). Kept by every write of
 * Observations (resources.ts), in the same transaction.
 */
export const LATEST_RESULTS_TABLE = 'latestResults';

export interface LatestResult {
	/** When it was observed (ISO). */
	date: string;
	/** The observation's name as the chart shows it. */
	name: string;
	value?: number;
	unit?: string;
	/** Component values by code (a blood pressure's systolic and diastolic). */
	components?: Record<string, number>;
}

export interface LatestResultsRow {
	/** The patient's id. */
	id: string;
	results: Record<string, LatestResult>;
}

function resultOf(observation: Observation): LatestResult {
	const result: LatestResult = { date: dateOf(observation) ?? '', name: observation.code.text ?? observation.code.coding?.[0]?.display ?? '' };
	const quantity = observation.valueQuantity;
	if (quantity?.value !== undefined) result.value = quantity.value;
	if (quantity?.unit) result.unit = quantity.unit;
	const components: Record<string, number> = {};
	for (const component of observation.component ?? []) {
		const value = component.valueQuantity?.value;
		if (value === undefined) continue;
		for (const coding of component.code.coding ?? []) if (coding.code) components[coding.code] = value;
	}
	if (Object.keys(components).length > 0) result.components = components;
	return result;
}

/** The latest result per code in a patient's Observation row (stored oldest first, so the last wins). */
export function latestResultsOf(row: ClinicalRow<Observation>): LatestResultsRow {
	const results: Record<string, LatestResult> = {};
	for (const observation of row.resources) {
		if (observation.status === 'entered-in-error' || observation.status === 'cancelled') continue;
		for (const code of codesOf(observation)) results[code] = resultOf(observation);
	}
	return { id: row.id, results };
}
