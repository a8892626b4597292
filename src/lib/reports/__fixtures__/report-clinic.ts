/**
 * A small generated clinic whose cast fixes who must appear on each report, and plain readers
 * of the generated records so that tests compute expectations without the report code.
 */
import Dexie from 'dexie';
import type { Condition, Immunization, Observation, Resource } from '@medplum/fhirtypes';
import { ChartroomDatabase } from '$lib/db/database';
import { putResources } from '$lib/db/resources';
import { generateCohort, type PatientRecord, type Scenario } from '$lib/synth';

export const TODAY = '2026-11-02';

export const REPORT_SCENARIO: Scenario = {
	seed: 4711,
	cohort: 60,
	today: TODAY,
	cast: {
		dmHtn: { template: 'diabetes-with-hypertension', age: 62 },
		dmOnly: { template: 'type-2-diabetes', age: 55 },
		htnOnly: { template: 'essential-hypertension', age: 50 },
		fluDue: { template: 'healthy-adult', age: 40, overdue: ['influenza'] },
		young: { template: 'healthy-adult', age: 25 }
	}
};

export interface ReportClinic {
	db: ChartroomDatabase;
	records: PatientRecord[];
	byCast: (key: string) => PatientRecord;
	close: () => Promise<void>;
}

export async function buildReportClinic(name: string, scenario: Scenario = REPORT_SCENARIO): Promise<ReportClinic> {
	const db = new ChartroomDatabase(name);
	await db.open();
	const records: PatientRecord[] = [];
	for (const batch of generateCohort(scenario, { batchSize: 50 })) {
		const stored = batch.records.filter((r) => r.registered);
		records.push(...stored);
		await putResources(db, stored.flatMap((r): Resource[] => [r.patient, ...r.resources]));
	}
	return {
		db,
		records,
		byCast: (key) => {
			const record = records.find((r) => r.castKey === key);
			if (!record) throw new Error(`no cast member ${key}`);
			return record;
		},
		close: async () => {
			db.close();
			await Dexie.delete(name);
		}
	};
}

export const ofType = <T extends Resource>(record: PatientRecord, type: T['resourceType']): T[] =>
	record.resources.filter((r): r is T => r.resourceType === type);

export function activeProblemCodes(record: PatientRecord): string[] {
	return ofType<Condition>(record, 'Condition')
		.filter((c) => c.clinicalStatus?.coding?.[0]?.code === 'active')
		.map((c) => c.code?.coding?.[0]?.code ?? '');
}

export const isDiabetic = (r: PatientRecord) => activeProblemCodes(r).some((c) => c.startsWith('E11'));
export const isHypertensive = (r: PatientRecord) => activeProblemCodes(r).some((c) => /^I1[0-3]/.test(c));

export function ageInMonths(birthDate: string, today: string): number {
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
	return (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
}

export const observationsOf = (r: PatientRecord, loinc: string) =>
	ofType<Observation>(r, 'Observation').filter((o) => o.code.coding?.[0]?.code === loinc);

export const immunizationsOf = (r: PatientRecord) => ofType<Immunization>(r, 'Immunization');

export const ids = (records: PatientRecord[]) => records.map((r) => r.patient.id ?? '').sort();
