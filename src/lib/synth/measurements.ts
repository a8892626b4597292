/**
 * Values for vital signs and labs. Each patient keeps a personal offset per measure (a z-score),
 * so a tall child stays tall and a patient's A1c drifts rather than jumps; visits add small noise.
 * Distributions, shifts and ranges all come from the templates.
 */
import { ageInYearsExact, type DayNumber } from './dates';
import type { ActiveTemplate, PatientPlan } from './plan-patient';
import { clamp, roundTo, type Random } from './random';
import type { DistributionData, LabEntryData, VitalsRowData } from './template-schema';
import type { Visit } from './timeline';
import { bodyMassIndex, VITAL_KEYS, VITAL_SIGNS, type VitalKey } from './vital-signs';

export type VitalValues = Record<VitalKey, number> & { bmi: number };

/** Linear interpolation of a baseline table at an age, among rows for the patient's sex. */
const rowsBySex = new WeakMap<readonly VitalsRowData[], Record<'female' | 'male', VitalsRowData[]>>();

function rowsFor(rows: readonly VitalsRowData[], sex: 'female' | 'male'): VitalsRowData[] {
	let split = rowsBySex.get(rows);
	if (!split) {
		const sorted = (s: 'female' | 'male') => rows.filter((row) => !row.sex || row.sex === s).sort((a, b) => a.ageYears - b.ageYears);
		split = { female: sorted('female'), male: sorted('male') };
		rowsBySex.set(rows, split);
	}
	return split[sex];
}

export function baselineAt(rows: readonly VitalsRowData[], sex: 'female' | 'male', ageYears: number, key: VitalKey): DistributionData {
	const mine = rowsFor(rows, sex);
	let below = mine[0];
	for (const row of mine) if (row.ageYears <= ageYears) below = row;
	const above = mine.find((row) => row.ageYears >= ageYears) ?? mine[mine.length - 1];
	const low = below?.measures[key];
	const high = above?.measures[key];
	if (!low || !high || !below || !above) throw new Error(`no baseline for ${key} at age ${ageYears}`);
	if (below === above || above.ageYears === below.ageYears) return low;
	const t = (ageYears - below.ageYears) / (above.ageYears - below.ageYears);
	const mix = (a: number, b: number) => a + (b - a) * t;
	return {
		mean: mix(low.mean, high.mean),
		sd: mix(low.sd, high.sd),
		visitSd: mix(low.visitSd ?? 0, high.visitSd ?? 0),
		min: mix(low.min, high.min),
		max: mix(low.max, high.max)
	};
}

/** The wellness template that covers the patient at this age (its baseline vitals apply). */
function wellnessAt(plan: PatientPlan, day: DayNumber): ActiveTemplate | undefined {
	const wellness = plan.templates.filter((t) => t.template.kind === 'wellness' && t.body.vitalsBaseline);
	return wellness.find((t) => day >= t.from && day <= t.until) ?? wellness[wellness.length - 1];
}

/** Chronic shifts apply at every visit after onset; acute shifts only at their own episode. */
function shiftsAt(plan: PatientPlan, visit: Visit): Record<VitalKey, number> {
	const shift: Record<VitalKey, number> = { systolic: 0, diastolic: 0, heartRate: 0, respiratoryRate: 0, temperature: 0, weight: 0, height: 0, spo2: 0 };
	for (const active of plan.templates) {
		const applies = active.template.kind === 'acute' ? visit.templates.includes(active) && visit.kind === 'episode' : active.template.kind === 'chronic' && visit.day >= active.onset;
		if (!applies) continue;
		for (const key of VITAL_KEYS) shift[key] += active.body.vitalsShift[key] ?? 0;
	}
	return shift;
}

export class MeasurementSource {
	readonly #plan: PatientPlan;
	readonly #vitalZ: Record<VitalKey, number>;
	readonly #vitalNoise: Random;
	readonly #labZ = new Map<string, number>();
	readonly #labNoise = new Map<string, Random>();
	readonly #random: Random;

	constructor(plan: PatientPlan) {
		this.#plan = plan;
		this.#random = plan.clinical.fork('measurements');
		const z = this.#random.fork('vital-z');
		this.#vitalZ = Object.fromEntries(VITAL_KEYS.map((key) => [key, z.standardNormal()])) as Record<VitalKey, number>;
		this.#vitalNoise = this.#random.fork('vital-noise');
	}

	vitals(visit: Visit): VitalValues {
		const wellness = wellnessAt(this.#plan, visit.day);
		const rows = wellness?.body.vitalsBaseline;
		if (!rows) throw new Error(`${this.#plan.id}: no vitals baseline`);
		const age = ageInYearsExact(this.#plan.identity.birth, visit.day);
		const shift = shiftsAt(this.#plan, visit);
		const values = {} as VitalValues;
		for (const key of VITAL_KEYS) {
			const base = baselineAt(rows, this.#plan.sex, age, key);
			const [low, high] = VITAL_SIGNS[key].plausible;
			const raw = base.mean + shift[key] + this.#vitalZ[key] * base.sd + this.#vitalNoise.standardNormal() * (base.visitSd ?? 0);
			const bounded = clamp(raw, base.min + shift[key], base.max + shift[key]);
			values[key] = roundTo(clamp(bounded, low, high), VITAL_SIGNS[key].decimals);
		}
		// Diastolic stays at least 20 below systolic, as a real pressure does.
		values.diastolic = Math.min(values.diastolic, values.systolic - 20);
		values.bmi = bodyMassIndex(values.weight, values.height);
		return values;
	}

	labValue(entry: LabEntryData): number | undefined {
		if (entry.result.kind !== 'quantity') return undefined;
		const code = entry.code.code;
		let z = this.#labZ.get(code);
		if (z === undefined) {
			z = this.#random.fork('lab-z', code).standardNormal();
			this.#labZ.set(code, z);
		}
		let noise = this.#labNoise.get(code);
		if (!noise) {
			noise = this.#random.fork('lab-noise', code);
			this.#labNoise.set(code, noise);
		}
		const d = entry.result.value;
		const raw = d.mean + z * d.sd + noise.standardNormal() * (d.visitSd ?? 0);
		return roundTo(clamp(raw, d.min, d.max), d.decimals ?? 0);
	}
}

/** H / L / N from the reference range (values on a bound count as normal). */
export function interpretQuantity(value: number, range: { low?: number; high?: number }): 'H' | 'L' | 'N' {
	if (range.high !== undefined && value > range.high) return 'H';
	if (range.low !== undefined && value < range.low) return 'L';
	return 'N';
}
