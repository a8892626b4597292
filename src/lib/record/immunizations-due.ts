import type { Immunization } from '@medplum/fhirtypes';
import { CVX_SYSTEM, CVX_VACCINES, type VaccineGroup } from '$lib/codes/data/cvx-vaccines';
import { daysBetween } from './authorship';
import { ageInYears, displayDate } from './patient-display';

/**
 * What an adult (or anyone 6 months and older, for influenza) is due for, from the CDC/ACIP
 * schedules (CDC Adult Immunization Schedule 2024; ACIP influenza recommendations 2024–25):
 * - influenza: one dose each season from 1 August, ideally by the end of October;
 * - Td/Tdap: a booster every 10 years from 19;
 * - pneumococcal: from 65 (PCV20 or PCV21 alone, or PCV15 followed by PPSV23), if never given;
 * - zoster (recombinant): 2 doses from 50, the second 2–6 months after the first.
 * The childhood series are not checked here: a pediatric schedule is a table of its own.
 */
export type DueStatus = 'due' | 'overdue';

export interface DueVaccine {
	group: VaccineGroup;
	status: DueStatus;
	/** Why, in words: "no dose since 08/01/2025". */
	reason: string;
}

const GROUP_BY_CVX = new Map(CVX_VACCINES.map((v) => [v.code, v.group]));

export function vaccineGroup(immunization: Immunization): VaccineGroup | undefined {
	const code = immunization.vaccineCode.coding?.find((c) => c.system === CVX_SYSTEM)?.code;
	return code ? GROUP_BY_CVX.get(code) : undefined;
}

/** Dates of the completed doses of a group (or of one CVX code), oldest first. */
function dosesOf(immunizations: readonly Immunization[], group: VaccineGroup, cvx?: string): string[] {
	return immunizations
		.filter((i) => i.status === 'completed' && vaccineGroup(i) === group && i.occurrenceDateTime)
		.filter((i) => !cvx || i.vaccineCode.coding?.some((c) => c.system === CVX_SYSTEM && c.code === cvx))
		.map((i) => i.occurrenceDateTime!.slice(0, 10))
		.sort();
}

function addYears(iso: string, years: number): string {
	return `${Number(iso.slice(0, 4)) + years}${iso.slice(4, 10)}`;
}

export function vaccinesDue(birthDate: string | undefined, immunizations: readonly Immunization[], today: string): DueVaccine[] {
	if (!birthDate) return [];
	const age = ageInYears(birthDate, today);
	const months = daysBetween(birthDate, today) / 30.44;
	const due: DueVaccine[] = [];

	if (months >= 6) {
		const year = Number(today.slice(0, 4));
		const seasonStart = today.slice(5, 10) >= '08-01' ? `${year}-08-01` : `${year - 1}-08-01`;
		const flu = dosesOf(immunizations, 'Influenza');
		if (!flu.some((d) => d >= seasonStart)) {
			const late = today > `${seasonStart.slice(0, 4)}-10-31`;
			due.push({ group: 'Influenza', status: late ? 'overdue' : 'due', reason: `no dose this season (since ${displayDate(seasonStart)})` });
		}
	}
	if (age >= 19) {
		const last = dosesOf(immunizations, 'Td and Tdap').at(-1);
		if (!last) due.push({ group: 'Td and Tdap', status: 'due', reason: 'no tetanus booster on record' });
		else if (addYears(last, 10) < today) due.push({ group: 'Td and Tdap', status: 'overdue', reason: `last dose ${displayDate(last)}, booster was due ${displayDate(addYears(last, 10))}` });
	}
	if (age >= 65 && dosesOf(immunizations, 'Pneumococcal').length === 0) {
		due.push({ group: 'Pneumococcal', status: 'due', reason: 'no pneumococcal vaccine on record (recommended from 65)' });
	}
	if (age >= 50) {
		const dates = dosesOf(immunizations, 'Zoster', '187');
		if (dates.length === 0) due.push({ group: 'Zoster', status: 'due', reason: 'recombinant zoster vaccine: 2 doses from 50, none on record' });
		else if (dates.length === 1) {
			const since = daysBetween(dates[0]!, today);
			if (since >= 56) {
				due.push({ group: 'Zoster', status: since > 183 ? 'overdue' : 'due', reason: `second recombinant zoster dose (first ${displayDate(dates[0])}; 2–6 months apart)` });
			}
		}
	}
	return due;
}

export function describeDue(item: DueVaccine): string {
	return `${item.group}: ${item.status} — ${item.reason}`;
}
