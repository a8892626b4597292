/**
 * The cohort, streamed: cast members first (in the scenario's order), then random patients by
 * template prevalence, in batches. Each patient depends only on the scenario and its index, so
 * memory stays flat however large the cohort and any patient can be rebuilt alone.
 */
import { generatePatient, type PatientRecord } from './generate-patient';
import { createGenerationContext, type GenerateOptions } from './generation-context';
import type { Scenario } from './scenario';

export interface CohortBatch {
	/** Batch number, from 0. */
	index: number;
	/** Patients in the whole cohort. */
	total: number;
	/** Patients generated so far, this batch included (for a progress bar). */
	done: number;
	records: PatientRecord[];
}

export interface CohortOptions extends GenerateOptions {
	batchSize?: number;
}

export function* generateCohort(scenario: Scenario | unknown, options: CohortOptions = {}): Generator<CohortBatch, void, undefined> {
	const context = createGenerationContext(scenario, options);
	const batchSize = Math.max(1, Math.floor(options.batchSize ?? 100));
	for (let start = 0, batch = 0; start < context.total; start += batchSize, batch++) {
		const records: PatientRecord[] = [];
		const end = Math.min(context.total, start + batchSize);
		for (let index = start; index < end; index++) records.push(generatePatient(context, index));
		yield { index: batch, total: context.total, done: end, records };
	}
}

