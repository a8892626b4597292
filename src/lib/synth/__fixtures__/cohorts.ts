/** Cohorts shared by the tests of one file (generated once per file). */
import type { Resource } from '@medplum/fhirtypes';
import { generateCohort } from '../generate-cohort';
import type { PatientRecord } from '../generate-patient';
import type { Scenario } from '../scenario';

export const TODAY = '2024-10-15';

export const CONSISTENCY_SCENARIO: Scenario = { seed: 20241015, cohort: 3000, today: TODAY };

export function collect(scenario: Scenario | unknown, batchSize = 100): PatientRecord[] {
	const records: PatientRecord[] = [];
	for (const batch of generateCohort(scenario, { batchSize })) records.push(...batch.records);
	return records;
}

let consistency: PatientRecord[] | undefined;

/** 3,000 random patients (no cast): the population the clinical-consistency rules run over. */
export function consistencyCohort(): PatientRecord[] {
	consistency ??= collect(CONSISTENCY_SCENARIO, 250);
	return consistency;
}

export function ofType<T extends Resource['resourceType']>(record: PatientRecord, type: T): Extract<Resource, { resourceType: T }>[] {
	return record.resources.filter((r): r is Extract<Resource, { resourceType: T }> => r.resourceType === type);
}

export function decodeNote(data: string): string {
	return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
}
