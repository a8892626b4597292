/**
 * Clinical consistency over 3,000 generated patients: one rule per test, each failing with the
 * exact list of offenders (patient id, resource id, the value that broke the rule).
 */
import type { Immunization, Observation, Patient } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { allBodies } from './compose-template';
import { ageInMonths, ageInYears, parseDay } from './dates';
import { consistencyCohort, ofType, TODAY } from './__fixtures__/cohorts';
import { loadTemplates } from './load-templates';
import { TERMINOLOGY } from './systems';
import { BODY_MASS_INDEX, VITAL_SIGNS } from './vital-signs';

const records = consistencyCohort();
const registry = loadTemplates();
const today = parseDay(TODAY);

const day = (dateTime: string) => parseDay(dateTime.slice(0, 10));
const birthOf = (patient: Patient) => parseDay(patient.birthDate as string);
const icdOf = (c: { code?: { coding?: { system?: string; code?: string }[] } }) =>
	c.code?.coding?.find((coding) => coding.system === TERMINOLOGY.icd10cm)?.code ?? '';
const loincOf = (o: Observation) => o.code.coding?.[0]?.code ?? '';

/** ICD-10-CM code → eligibility of the templates that use it. */
const eligibilityByCode = new Map<string, { ageYears: [number, number]; sex: string; id: string }[]>();
for (const template of registry.list) {
	for (const body of allBodies(template)) {
		for (const condition of body.conditions) {
			const list = eligibilityByCode.get(condition.icd10.code) ?? [];
			if (!list.some((e) => e.id === template.id)) list.push({ ...template.eligibility, id: template.id });
			eligibilityByCode.set(condition.icd10.code, list);
		}
	}
}

describe(`clinical consistency over ${records.length} patients`, () => {
	test('the cohort is large and varied enough for the rules to mean something', () => {
		expect(records.length).toBe(3000);
		const codes = new Set(records.flatMap((r) => ofType(r, 'Condition').map(icdOf)));
		for (const code of ['E11.9', 'E11.65', 'I10', 'J44.9', 'I50.22', 'I48.91', 'N18.30', 'Z34.80', 'N39.0', 'Z88.0', 'Z88.2']) {
			expect(codes, code).toContain(code);
		}
	});

	test('every condition began at an age and sex its template allows', () => {
		const offenders: string[] = [];
		for (const r of records) {
			const birth = birthOf(r.patient);
			for (const c of ofType(r, 'Condition')) {
				if (!c.onsetDateTime) continue;
				const age = ageInYears(birth, day(c.onsetDateTime));
				const fits = (eligibilityByCode.get(icdOf(c)) ?? []).some(
					(e) => age >= Math.floor(e.ageYears[0]) && age <= e.ageYears[1] && (e.sex === 'any' || e.sex === r.patient.gender)
				);
				if (!fits) offenders.push(`${r.patient.id} ${c.id} ${icdOf(c)} at age ${age} (${r.patient.gender})`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('pregnancy only in females aged 15–45', () => {
		const offenders = records.flatMap((r) =>
			ofType(r, 'Condition')
				.filter((c) => icdOf(c).startsWith('Z34'))
				.filter((c) => {
					const age = ageInYears(birthOf(r.patient), day(c.onsetDateTime as string));
					return r.patient.gender !== 'female' || age < 15 || ageInYears(birthOf(r.patient), today) > 45;
				})
				.map((c) => `${r.patient.id} ${c.id} ${r.patient.gender} born ${r.patient.birthDate}`)
		);
		expect(offenders).toEqual([]);
	});

	test('no COPD before 40 and no child with CKD, heart failure, atrial fibrillation, diabetes or hypertension', () => {
		const adultOnly = ['J44.9', 'N18.30', 'I50.22', 'I48.91', 'E11.9', 'E11.65', 'I10'];
		const offenders = records.flatMap((r) =>
			ofType(r, 'Condition')
				.filter((c) => adultOnly.includes(icdOf(c)))
				.filter((c) => {
					const age = ageInYears(birthOf(r.patient), day(c.onsetDateTime as string));
					return age < 18 || (icdOf(c) === 'J44.9' && age < 40);
				})
				.map((c) => `${r.patient.id} ${icdOf(c)} onset ${c.onsetDateTime} born ${r.patient.birthDate}`)
		);
		expect(offenders).toEqual([]);
	});

	test('BMI is weight / height² of the same visit, to one decimal', () => {
		const offenders: string[] = [];
		for (const r of records) {
			const byEncounter = new Map<string, Observation[]>();
			for (const o of ofType(r, 'Observation')) {
				const key = o.encounter?.reference ?? '';
				byEncounter.set(key, [...(byEncounter.get(key) ?? []), o]);
			}
			for (const [encounter, observations] of byEncounter) {
				const value = (code: string) => observations.find((o) => loincOf(o) === code)?.valueQuantity?.value;
				const [bmi, weight, height] = [value('39156-5'), value('29463-7'), value('8302-2')];
				if (bmi === undefined) continue;
				const expected = Math.round(((weight ?? 0) / ((height ?? 1) / 100) ** 2) * 10) / 10;
				if (bmi !== expected) offenders.push(`${r.patient.id} ${encounter}: BMI ${bmi} for ${weight} kg, ${height} cm`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('A1c is below 5.7 % without diabetes and 6.5–9.5 % once diabetes is diagnosed', () => {
		const offenders: string[] = [];
		for (const r of records) {
			const diabetes = ofType(r, 'Condition').find((c) => icdOf(c).startsWith('E11'));
			const onset = diabetes ? day(diabetes.onsetDateTime as string) : Infinity;
			for (const o of ofType(r, 'Observation').filter((o) => loincOf(o) === '4548-4')) {
				const value = o.valueQuantity?.value ?? NaN;
				const diabetic = day(o.effectiveDateTime as string) >= onset;
				if (diabetic ? value < 6.5 || value > 9.5 : value >= 5.7) {
					offenders.push(`${r.patient.id} ${o.id}: ${value} % ${diabetic ? 'diabetic' : 'not diabetic'}`);
				}
			}
		}
		expect(offenders).toEqual([]);
	});

	test('no medication the patient is allergic to', () => {
		const avoid = new Map<string, string[]>();
		for (const t of registry.list) {
			for (const body of allBodies(t)) {
				for (const m of body.medications) {
					for (const core of m.alternative ? [m, m.alternative] : [m]) avoid.set(core.rxnorm.code, core.avoidIfAllergic ?? []);
				}
			}
		}
		const allergyKeyByCode = new Map(registry.list.flatMap((t) => (t.allergy ? [[t.allergy.code.code, t.allergy.key] as const] : [])));
		const offenders: string[] = [];
		for (const r of records) {
			const allergies = new Set(ofType(r, 'AllergyIntolerance').map((a) => allergyKeyByCode.get(a.code?.coding?.[0]?.code ?? '')));
			for (const m of ofType(r, 'MedicationRequest')) {
				const code = m.medicationCodeableConcept?.coding?.[0]?.code ?? '';
				const clash = (avoid.get(code) ?? []).filter((key) => allergies.has(key));
				if (clash.length) offenders.push(`${r.patient.id} ${m.id} ${m.medicationCodeableConcept?.text} despite ${clash.join(', ')} allergy`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('allergic patients who needed a ruled-out drug got the alternative', () => {
		const substituted = records.flatMap((r) => ofType(r, 'MedicationRequest').filter((m) => m.note?.[0]?.text?.includes('allergy')));
		expect(substituted.length).toBeGreaterThan(0);
	});

	test('vital signs lie within plausible ranges', () => {
		const offenders: string[] = [];
		const ranges = new Map(Object.values(VITAL_SIGNS).map((v) => [v.code.code, v.plausible]));
		for (const r of records) {
			for (const o of ofType(r, 'Observation')) {
				const values = o.component ? o.component.map((c) => [c.code.coding?.[0]?.code ?? '', c.valueQuantity?.value] as const) : [[loincOf(o), o.valueQuantity?.value] as const];
				for (const [code, value] of values) {
					const range = ranges.get(code);
					if (range && (value === undefined || value < range[0] || value > range[1])) offenders.push(`${r.patient.id} ${o.id} ${code}=${value}`);
				}
				if (loincOf(o) === '39156-5' && ((o.valueQuantity?.value ?? 0) < BODY_MASS_INDEX.plausible[0] || (o.valueQuantity?.value ?? 0) > BODY_MASS_INDEX.plausible[1])) offenders.push(`${r.patient.id} ${o.id} BMI ${o.valueQuantity?.value}`);
			}
			for (const o of ofType(r, 'Observation').filter((o) => loincOf(o) === '85354-9')) {
				const [systolic, diastolic] = (o.component ?? []).map((c) => c.valueQuantity?.value ?? 0);
				if ((systolic ?? 0) - (diastolic ?? 0) < 20) offenders.push(`${r.patient.id} ${o.id} BP ${systolic}/${diastolic}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('nothing is dated after the scenario today, and every encounter is before it', () => {
		const offenders: string[] = [];
		const dateFields = ['effectiveDateTime', 'issued', 'authoredOn', 'occurrenceDateTime', 'performedDateTime', 'onsetDateTime', 'abatementDateTime', 'recordedDate', 'date', 'created', 'recorded'] as const;
		for (const r of records) {
			if (r.patient.birthDate && parseDay(r.patient.birthDate) > today) offenders.push(`${r.patient.id} birthDate ${r.patient.birthDate}`);
			for (const resource of r.resources) {
				const fields = resource as unknown as Record<string, unknown>;
				for (const field of dateFields) {
					const value = fields[field];
					if (typeof value === 'string' && day(value) > today) offenders.push(`${resource.id}.${field} ${value}`);
				}
				if (resource.resourceType === 'Encounter') {
					const start = resource.period?.start ?? '';
					if (day(start) >= today || day(resource.period?.end ?? '') >= today) offenders.push(`${resource.id} period ${start}`);
				}
			}
		}
		expect(offenders).toEqual([]);
	});

	test('labs are drawn no more often than their shortest template interval', () => {
		const intervals = new Map<string, number>();
		for (const t of registry.list) {
			for (const body of allBodies(t)) {
				for (const lab of body.labs) {
					if (lab.intervalMonths !== undefined) intervals.set(lab.code.code, Math.min(intervals.get(lab.code.code) ?? Infinity, lab.intervalMonths));
				}
			}
		}
		const offenders: string[] = [];
		for (const r of records) {
			const byCode = new Map<string, number[]>();
			for (const o of ofType(r, 'Observation')) {
				if (!intervals.has(loincOf(o))) continue;
				byCode.set(loincOf(o), [...(byCode.get(loincOf(o)) ?? []), day(o.effectiveDateTime as string)]);
			}
			for (const [code, days] of byCode) {
				const minimum = Math.round((intervals.get(code) ?? 0) * 30.44) - 20;
				for (let i = 1; i < days.length; i++) {
					const gap = (days[i] as number) - (days[i - 1] as number);
					if (gap < minimum) offenders.push(`${r.patient.id} ${code}: ${gap} days apart (interval ${intervals.get(code)} months)`);
				}
			}
		}
		expect(offenders).toEqual([]);
	});

	test('warfarin patients have an INR every month and diabetics an A1c at least every 6 months', () => {
		const offenders: string[] = [];
		for (const r of records) {
			const checks: [string, number, number][] = [];
			if (ofType(r, 'MedicationRequest').some((m) => m.medicationCodeableConcept?.coding?.[0]?.code === '855332')) checks.push(['6301-6', 1, -Infinity]);
			const diabetes = ofType(r, 'Condition').find((c) => icdOf(c).startsWith('E11'));
			if (diabetes) checks.push(['4548-4', 6, day(diabetes.onsetDateTime as string)]);
			for (const [code, months, from] of checks) {
				const days = ofType(r, 'Observation').filter((o) => loincOf(o) === code).map((o) => day(o.effectiveDateTime as string)).filter((d) => d >= from);
				if (days.length === 0 && from < today - 400) offenders.push(`${r.patient.id} ${code}: none`);
				for (let i = 1; i < days.length; i++) {
					const gap = (days[i] as number) - (days[i - 1] as number);
					if (gap > Math.round(months * 30.44) + 20) offenders.push(`${r.patient.id} ${code}: ${gap} days apart`);
				}
			}
		}
		expect(offenders).toEqual([]);
	});

	test('about 35 % of adults have had no influenza vaccine since 1 August', () => {
		const seasonStart = parseDay('2024-08-01');
		const adults = records.filter((r) => ageInYears(birthOf(r.patient), today) >= 18);
		const unvaccinated = adults.filter(
			(r) => !ofType(r, 'Immunization').some((i) => i.vaccineCode.coding?.[0]?.code === '150' && day(i.occurrenceDateTime as string) >= seasonStart)
		);
		const share = unvaccinated.length / adults.length;
		expect(share, `${unvaccinated.length} of ${adults.length}`).toBeGreaterThan(0.29);
		expect(share, `${unvaccinated.length} of ${adults.length}`).toBeLessThan(0.41);
	});

	test('no vaccine dose is given before its scheduled age', () => {
		const minimumAge = new Map<string, number>();
		for (const t of registry.list) {
			for (const body of allBodies(t)) {
				for (const i of body.immunizations) {
					const s = i.schedule;
					const months = s.kind === 'ages' ? Math.min(...s.ageMonths) : s.kind === 'weeks' ? 0 : s.fromAgeMonths;
					minimumAge.set(i.cvx.code, Math.min(minimumAge.get(i.cvx.code) ?? Infinity, months));
				}
			}
		}
		const offenders: string[] = [];
		for (const r of records) {
			for (const i of ofType(r, 'Immunization')) {
				const months = ageInMonths(birthOf(r.patient), day(i.occurrenceDateTime as string));
				const minimum = minimumAge.get(i.vaccineCode.coding?.[0]?.code ?? '') ?? 0;
				if (months < Math.floor(minimum)) offenders.push(`${r.patient.id} ${i.id} ${i.vaccineCode.text} at ${months} months (from ${minimum})`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('children who had all their care here follow the CDC schedule: no dose repeated within 4 weeks, at most 5 DTaP', () => {
		const offenders: string[] = [];
		let fullyVaccinated = 0;
		for (const r of records) {
			const age = ageInYears(birthOf(r.patient), today);
			if (age >= 18) continue;
			const doses = new Map<string, Immunization[]>();
			for (const i of ofType(r, 'Immunization')) {
				const code = i.vaccineCode.coding?.[0]?.code ?? '';
				doses.set(code, [...(doses.get(code) ?? []), i]);
			}
			for (const [code, list] of doses) {
				for (let k = 1; k < list.length; k++) {
					const gap = day(list[k]?.occurrenceDateTime as string) - day(list[k - 1]?.occurrenceDateTime as string);
					if (gap < 28 && code !== '150') offenders.push(`${r.patient.id} CVX ${code}: doses ${gap} days apart`);
				}
			}
			if ((doses.get('20')?.length ?? 0) > 5) offenders.push(`${r.patient.id}: ${doses.get('20')?.length} DTaP doses`);
			if (age >= 5 && age <= 9 && doses.get('20')?.length === 5) fullyVaccinated++;
		}
		expect(offenders).toEqual([]);
		expect(fullyVaccinated).toBeGreaterThan(0);
	});

	test('"no known allergies" never sits beside an allergy, and unrecorded allergies also occur', () => {
		let noKnown = 0;
		let notRecorded = 0;
		const offenders: string[] = [];
		for (const r of records) {
			const allergies = ofType(r, 'AllergyIntolerance');
			const nka = allergies.filter((a) => a.code?.coding?.[0]?.code === '716186003');
			if (nka.length && allergies.length > 1) offenders.push(`${r.patient.id}: NKA with ${allergies.length - 1} allergies`);
			if (nka.length) noKnown++;
			if (allergies.length === 0) notRecorded++;
		}
		expect(offenders).toEqual([]);
		expect(noKnown / records.length).toBeGreaterThan(0.5);
		expect(notRecorded / records.length).toBeGreaterThan(0.08);
	});

	test('H/L/N interpretation agrees with the value and reference range', () => {
		const offenders: string[] = [];
		for (const r of records) {
			for (const o of ofType(r, 'Observation')) {
				const range = o.referenceRange?.[0];
				const value = o.valueQuantity?.value;
				if (!range || value === undefined) continue;
				const expected = range.high?.value !== undefined && value > range.high.value ? 'H' : range.low?.value !== undefined && value < range.low.value ? 'L' : 'N';
				const flag = o.interpretation?.[0]?.coding?.[0]?.code;
				if (flag !== expected) offenders.push(`${r.patient.id} ${o.id} ${value} flagged ${flag}, expected ${expected}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('at most one active drug per class (one SSRI, one NSAID, one anticoagulant)', () => {
		const classByCode = new Map<string, string>();
		for (const t of registry.list) for (const body of allBodies(t)) for (const m of body.medications) if (m.drugClass) classByCode.set(m.rxnorm.code, m.drugClass);
		const offenders: string[] = [];
		for (const r of records) {
			const active = ofType(r, 'MedicationRequest').filter((m) => m.status === 'active');
			const classes = active.map((m) => classByCode.get(m.medicationCodeableConcept?.coding?.[0]?.code ?? '')).filter(Boolean);
			const repeated = classes.filter((c, i) => classes.indexOf(c) !== i);
			if (repeated.length) offenders.push(`${r.patient.id}: ${repeated.join(', ')}`);
		}
		expect(offenders).toEqual([]);
	});

	test('resolved conditions carry an abatement date before today; active ones none', () => {
		const offenders = records.flatMap((r) =>
			ofType(r, 'Condition')
				.filter((c) => {
					const resolved = c.clinicalStatus?.coding?.[0]?.code === 'resolved';
					return resolved !== Boolean(c.abatementDateTime) || (c.abatementDateTime && day(c.abatementDateTime) >= today);
				})
				.map((c) => `${r.patient.id} ${c.id}`)
		);
		expect(offenders).toEqual([]);
	});

	test('chronic patients keep a modest record; healthy ones a smaller one', () => {
		const sizes = (chronic: boolean) =>
			records
				.filter((r) => ofType(r, 'Condition').some((c) => c.category?.[0]?.coding?.[0]?.code === 'problem-list-item' && !icdOf(c).startsWith('Z88')) === chronic)
				.map((r) => r.resources.length + 1);
		const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
		expect(mean(sizes(true))).toBeGreaterThan(60);
		expect(mean(sizes(true))).toBeLessThan(170);
		expect(mean(sizes(false))).toBeLessThan(mean(sizes(true)));
	});
});
