import type { HumanName, Patient } from '@medplum/fhirtypes';

/** The name a chart shows: "Family, Given Middle". */
export function displayName(patient: Pick<Patient, 'name'>): string {
	const name: HumanName | undefined = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
	if (!name) return '(no name recorded)';
	const given = (name.given ?? []).join(' ');
	return [name.family, given].filter(Boolean).join(', ') || name.text || '(no name recorded)';
}

/** Whole years between a birth date and a day (both ISO), as a chart counts age. */
export function ageInYears(birthDate: string, today: string): number {
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
	return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** "67 y", or months for infants ("9 mo"), the way banners show age. */
export function displayAge(birthDate: string | undefined, today: string): string {
	if (!birthDate) return 'age unknown';
	const years = ageInYears(birthDate, today);
	if (years >= 2) return `${years} y`;
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
	const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
	return `${Math.max(0, months)} mo`;
}

const SEX: Record<string, string> = { male: 'Male', female: 'Female', other: 'Other', unknown: 'Unknown' };

export function displaySex(gender: Patient['gender']): string {
	return gender ? (SEX[gender] ?? gender) : 'Not recorded';
}

/** One date format everywhere in the EHR: MM/DD/YYYY, as US ambulatory charts show dates. */
export function displayDate(iso: string | undefined): string {
	if (!iso) return '—';
	const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})/);
	if (!match) return iso;
	return `${match[2]}/${match[3]}/${match[1]}`;
}
