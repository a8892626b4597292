import 'fake-indexeddb/auto';
import type { Coverage, MedicationRequest } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatientRecord } from '$lib/synth';
import { and, INFLUENZA_CVX, leaf, not, or, type Criterion } from './report-criteria';
import { runReport, type ReportProgress } from './run-report';
import { ageInMonths, buildReportClinic, ids, immunizationsOf, isDiabetic, isHypertensive, observationsOf, ofType, TODAY, type ReportClinic } from './__fixtures__/report-clinic';

let clinic: ReportClinic;
beforeAll(async () => {
	clinic = await buildReportClinic('run-report');
});
afterAll(() => clinic.close());

const where = (test: (r: PatientRecord) => boolean) => ids(clinic.records.filter(test));
async function matches(root: Parameters<typeof runReport>[1]) {
	const result = await runReport(clinic.db, root, { today: TODAY });
	return result.patients.map((p) => p.id).sort();
}
const one = (c: Criterion) => matches(leaf(c));
const years = (r: PatientRecord) => Math.floor(ageInMonths(r.patient.birthDate ?? '', TODAY) / 12);
const activeMeds = (r: PatientRecord) => ofType<MedicationRequest>(r, 'MedicationRequest').filter((m) => m.status === 'active');

describe('runReport criteria', () => {
	it('problem: a category prefix with or without ".*" means the same', async () => {
		expect(await one({ kind: 'problem', codes: ['E11'] })).toEqual(where(isDiabetic));
		expect(await one({ kind: 'problem', codes: ['e11.*'] })).toEqual(where(isDiabetic));
	});

	it('problem: an exact code matches only that code', async () => {
		expect(await one({ kind: 'problem', codes: ['I10'] })).toEqual(where(isHypertensive));
		expect(await one({ kind: 'problem', codes: ['E11.999'] })).toEqual([]);
	});

	it('medication: by RxNorm code and by name, active orders only', async () => {
		const metformin = (r: PatientRecord) => activeMeds(r).some((m) => /metformin/i.test(m.medicationCodeableConcept?.text ?? ''));
		expect(await one({ kind: 'medication', nameContains: 'METFORMIN' })).toEqual(where(metformin));
		expect(where(metformin).length).toBeGreaterThan(0);
		const code = activeMeds(clinic.byCast('dmOnly'))[0]?.medicationCodeableConcept?.coding?.[0]?.code ?? '';
		expect(await one({ kind: 'medication', code })).toEqual(
			where((r) => activeMeds(r).some((m) => m.medicationCodeableConcept?.coding?.[0]?.code === code))
		);
	});

	it('last lab: compares the most recent result only', async () => {
		const lastA1c = (r: PatientRecord) =>
			observationsOf(r, '4548-4')
				.sort((a, b) => (a.effectiveDateTime ?? '').localeCompare(b.effectiveDateTime ?? ''))
				.at(-1)?.valueQuantity?.value;
		expect(await one({ kind: 'last-lab', loinc: '4548-4', comparator: '>', value: 7 })).toEqual(where((r) => (lastA1c(r) ?? 0) > 7));
		expect(await one({ kind: 'last-lab', loinc: '4548-4', comparator: '<=', value: 7 })).toEqual(
			where((r) => lastA1c(r) !== undefined && (lastA1c(r) ?? 0) <= 7)
		);
	});

	it('record since a date: the patients with a dose in the window, each dose date in the detail', async () => {
		const flu = new Set(INFLUENZA_CVX);
		const doses = (r: PatientRecord) =>
			immunizationsOf(r)
				.filter((i) => flu.has(i.vaccineCode.coding?.[0]?.code ?? '') && (i.occurrenceDateTime ?? '') >= '2026-08-01')
				.map((i) => i.occurrenceDateTime ?? '')
				.sort();
		const criterion: Criterion = { kind: 'record-since', type: 'Immunization', codes: [...INFLUENZA_CVX], label: 'influenza vaccine', since: { kind: 'season', startMonth: 8 } };
		const result = await runReport(clinic.db, leaf(criterion), { today: TODAY });
		expect(result.patients.map((p) => p.id).sort()).toEqual(where((r) => doses(r).length > 0));
		expect(result.count).toBeGreaterThan(0);
		for (const patient of result.patients) {
			const record = clinic.records.find((r) => r.patient.id === patient.id)!;
			expect(patient.detail).toBe([...new Set(doses(record).map((date) => `Influenza vaccine ${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`))].join('; '));
		}
	});

	it('age range in years and months, inclusive', async () => {
		expect(await one({ kind: 'age', min: 45, max: 64, unit: 'years' })).toEqual(where((r) => years(r) >= 45 && years(r) <= 64));
		expect(await one({ kind: 'age', max: 23, unit: 'months' })).toEqual(where((r) => ageInMonths(r.patient.birthDate ?? '', TODAY) <= 23));
	});

	it('sex', async () => {
		expect(await one({ kind: 'sex', sex: 'female' })).toEqual(where((r) => r.patient.gender === 'female'));
	});

	it('payer name contains, any case', async () => {
		const payer = ofType<Coverage>(clinic.byCast('dmHtn'), 'Coverage')[0]?.payor?.[0]?.display ?? '';
		const word = payer.split(' ')[0] ?? '';
		expect(word).not.toBe('');
		expect(await one({ kind: 'payer', nameContains: word.toLowerCase() })).toEqual(
			where((r) => ofType<Coverage>(r, 'Coverage').some((c) => c.status === 'active' && (c.payor?.[0]?.display ?? '').includes(word)))
		);
	});

	it('last visit after a date', async () => {
		const lastVisit = (r: PatientRecord) =>
			ofType(r, 'Encounter')
				.map((e) => (e.resourceType === 'Encounter' ? (e.period?.start ?? '').slice(0, 10) : ''))
				.sort()
				.at(-1) ?? '';
		expect(await one({ kind: 'last-visit', after: '2026-06-30' })).toEqual(where((r) => lastVisit(r) > '2026-06-30'));
		expect(await one({ kind: 'last-visit', before: '2026-07-01' })).toEqual(where((r) => lastVisit(r) !== '' && lastVisit(r) < '2026-07-01'));
	});
});

describe('runReport logic', () => {
	it('or is the union, and the intersection, not the complement', async () => {
		const dm = leaf({ kind: 'problem', codes: ['E11'] });
		const htn = leaf({ kind: 'problem', codes: ['I10'] });
		expect(await matches(or(dm, htn))).toEqual(where((r) => isDiabetic(r) || isHypertensive(r)));
		expect(await matches(and(dm, htn))).toEqual(where((r) => isDiabetic(r) && isHypertensive(r)));
		expect(await matches(and(htn, not(dm)))).toEqual(where((r) => isHypertensive(r) && !isDiabetic(r)));
		expect(await matches(not(or(dm, htn)))).toEqual(where((r) => !isDiabetic(r) && !isHypertensive(r)));
	});

	it('returns each patient once with MRN, name, birth date and sex, sorted by name', async () => {
		const result = await runReport(clinic.db, leaf({ kind: 'problem', codes: ['I10'] }), { today: TODAY });
		const dmHtn = clinic.byCast('dmHtn').patient;
		expect(result.patients.find((p) => p.id === dmHtn.id)).toMatchObject({
			mrn: dmHtn.identifier?.find((i) => i.system === 'urn:chartroom:mrn')?.value,
			name: `${dmHtn.name?.[0]?.family}, ${dmHtn.name?.[0]?.given?.join(' ')}`,
			birthDate: dmHtn.birthDate,
			sex: dmHtn.gender
		});
		const names = result.patients.map((p) => p.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(result.count).toBe(new Set(result.patients.map((p) => p.id)).size);
	});

	it('reports progress for each step', async () => {
		const seen: ReportProgress[] = [];
		await runReport(clinic.db, and(leaf({ kind: 'sex', sex: 'male' }), leaf({ kind: 'last-bp', systolic: 140, diastolic: 90 })), {
			today: TODAY,
			onProgress: (p) => seen.push(p)
		});
		expect(seen.map((p) => p.step)).toEqual(expect.arrayContaining(['Sex male', 'Last blood pressure']));
		expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
	});

	it('an empty clinic gives an empty report', async () => {
		const empty = await buildReportClinic('run-report-empty', { seed: 1, cohort: 0, today: TODAY });
		expect(await runReport(empty.db, leaf({ kind: 'problem', codes: ['E11'] }), { today: TODAY })).toEqual({ count: 0, patients: [], today: TODAY });
		await empty.close();
	});
});
