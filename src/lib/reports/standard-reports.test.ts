import 'fake-indexeddb/auto';
import type { Observation } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putResources } from '$lib/db/resources';
import type { PatientRecord } from '$lib/synth';
import { runReport } from './run-report';
import { standardReport, STANDARD_REPORTS } from './standard-reports';
import {
	ageInMonths,
	buildReportClinic,
	ids,
	immunizationsOf,
	isDiabetic,
	isHypertensive,
	observationsOf,
	ofType,
	TODAY,
	type ReportClinic
} from './__fixtures__/report-clinic';

let clinic: ReportClinic;
beforeAll(async () => {
	clinic = await buildReportClinic('standard-reports');
	// Diabetics in the generator never miss an A1c; the cast's dmOnly misses the last six months'.
	const dmOnly = clinic.byCast('dmOnly');
	const missed = observationsOf(dmOnly, '4548-4').filter((o) => (o.effectiveDateTime ?? '') >= '2026-05-02');
	expect(missed.length).toBeGreaterThan(0);
	dmOnly.resources = dmOnly.resources.filter((r) => !missed.includes(r as (typeof missed)[number]));
	// Observations live in one row per patient: the row is stored again without the missed ones.
	await clinic.db.clinical('Observation').delete(dmOnly.patient.id ?? '');
	await putResources(clinic.db, ofType<Observation>(dmOnly, 'Observation'));
});
afterAll(() => clinic.close());

async function run(id: string) {
	const report = standardReport(id);
	if (!report) throw new Error(`no report ${id}`);
	return runReport(clinic.db, report.root, { today: TODAY });
}
const idsOf = (result: { patients: { id: string }[] }) => result.patients.map((p) => p.id).sort();
const cast = (key: string) => clinic.byCast(key).patient.id;

// Flu vaccines as the CDC CVX table lists them, written out here rather than imported.
const FLU = new Set(['88', '135', '140', '141', '144', '149', '150', '153', '155', '158', '161', '166', '168', '171', '185', '186', '197', '200', '201', '205']);

describe('the standard reports', () => {
	it('ships five reports with distinct ids', () => {
		expect(STANDARD_REPORTS.map((r) => r.id)).toEqual([
			'diabetes-with-hypertension',
			'overdue-flu-shot',
			'diabetes-without-a1c',
			'colorectal-screening-due',
			'uncontrolled-hypertension'
		]);
	});

	it('diabetes with hypertension: the combined case, not diabetes or hypertension alone', async () => {
		const result = await run('diabetes-with-hypertension');
		expect(idsOf(result)).toEqual(ids(clinic.records.filter((r) => isDiabetic(r) && isHypertensive(r))));
		expect(idsOf(result)).toContain(cast('dmHtn'));
		expect(idsOf(result)).not.toContain(cast('dmOnly'));
		expect(idsOf(result)).not.toContain(cast('htnOnly'));
		const row = result.patients.find((p) => p.id === cast('dmHtn'));
		expect(row?.detail).toMatch(/E11\.\d+.*I10/);
		expect(result.count).toBe(result.patients.length);
	});

	it('overdue flu shot: everyone 6 months or older without a dose since 1 August', async () => {
		const due = (r: PatientRecord) =>
			ageInMonths(r.patient.birthDate ?? '', TODAY) >= 6 &&
			!immunizationsOf(r).some((i) => FLU.has(i.vaccineCode.coding?.[0]?.code ?? '') && (i.occurrenceDateTime ?? '') >= '2026-08-01');
		const result = await run('overdue-flu-shot');
		expect(idsOf(result)).toEqual(ids(clinic.records.filter(due)));
		expect(idsOf(result)).toContain(cast('fluDue'));
		expect(result.patients.find((p) => p.id === cast('fluDue'))?.detail).toBe('No influenza vaccine since 08/01/2026');
	});

	it('diabetics without an A1c in the last 6 months', async () => {
		const expected = clinic.records.filter((r) => isDiabetic(r) && !observationsOf(r, '4548-4').some((o) => (o.effectiveDateTime ?? '') >= '2026-05-02'));
		const result = await run('diabetes-without-a1c');
		expect(idsOf(result)).toEqual(ids(expected));
		expect(idsOf(result)).toContain(cast('dmOnly'));
		expect(result.patients.find((p) => p.id === cast('dmOnly'))?.detail).toBe('E11.9; No hemoglobin A1c since 05/02/2026');
	});

	it('colorectal screening due: ages 45–75 (the generator records no screening, so all of them)', async () => {
		const age = (r: PatientRecord) => Math.floor(ageInMonths(r.patient.birthDate ?? '', TODAY) / 12);
		const result = await run('colorectal-screening-due');
		expect(idsOf(result)).toEqual(ids(clinic.records.filter((r) => age(r) >= 45 && age(r) <= 75)));
		expect(idsOf(result)).toEqual(expect.arrayContaining([cast('dmHtn'), cast('dmOnly'), cast('htnOnly')]));
		expect(idsOf(result)).not.toContain(cast('young'));
	});

	it('hypertensives whose last blood pressure is 140/90 or higher', async () => {
		const lastBp = (r: PatientRecord) => {
			const panels = observationsOf(r, '85354-9').sort((a, b) => (a.effectiveDateTime ?? '').localeCompare(b.effectiveDateTime ?? ''));
			const last = panels.at(-1);
			const part = (code: string) => last?.component?.find((c) => c.code.coding?.[0]?.code === code)?.valueQuantity?.value ?? 0;
			return [part('8480-6'), part('8462-4')] as const;
		};
		const expected = clinic.records.filter((r) => {
			const [sys, dia] = lastBp(r);
			return isHypertensive(r) && (sys >= 140 || dia >= 90);
		});
		const result = await run('uncontrolled-hypertension');
		expect(idsOf(result)).toEqual(ids(expected));
		for (const p of result.patients) expect(p.detail).toMatch(/^I1\d.*; BP \d+\/\d+ on \d\d\/\d\d\/\d{4}$/);
	});
});
