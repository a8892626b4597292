/** Counts of a report's patients by age band, for the bar chart and its text alternative. */
import { ageInYears } from '$lib/record/patient-display';

export interface AgeBand {
	label: string;
	count: number;
}

const BANDS: readonly [string, number, number][] = [
	['0–17', 0, 17],
	['18–44', 18, 44],
	['45–64', 45, 64],
	['65–74', 65, 74],
	['75+', 75, Infinity]
];

export function countByAgeBand(patients: readonly { birthDate: string }[], today: string): AgeBand[] {
	const counts = BANDS.map(([label]) => ({ label, count: 0 }));
	for (const p of patients) {
		if (!p.birthDate) continue;
		const age = ageInYears(p.birthDate, today);
		const index = BANDS.findIndex(([, lo, hi]) => age >= lo && age <= hi);
		const band = counts[index];
		if (band) band.count++;
	}
	return counts;
}
