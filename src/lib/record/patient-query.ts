import { searchTokens } from './search-text';

/**
 * What a learner typed into the patient search, understood the way a front desk would:
 * "smith 04/02/1958", "MRN0004521", "555-010-2233", "Nunez, Jose".
 */
export interface PatientQuery {
	nameTokens: string[];
	birthDate?: string;
	mrn?: string;
	phone?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const PHONE = /^\+?[\d().\s-]{7,}$/;
const MRN = /^[a-z]{0,4}-?\d{4,}$/i;

function isoFromParts(year: string, month: string, day: string): string | undefined {
	const m = Number(month);
	const d = Number(day);
	if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
	return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parsePatientQuery(text: string): PatientQuery {
	const query: PatientQuery = { nameTokens: [] };
	// Phone numbers may contain spaces: "(555) 010 2233". Take them whole first.
	const phoneMatch = text.match(/\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/);
	let rest = text;
	if (phoneMatch && PHONE.test(phoneMatch[0])) {
		query.phone = phoneMatch[0].replace(/\D/g, '');
		rest = text.replace(phoneMatch[0], ' ');
	}
	for (const part of rest.split(/[\s,;]+/).filter(Boolean)) {
		const iso = part.match(ISO_DATE);
		const us = part.match(US_DATE);
		if (iso) query.birthDate = isoFromParts(iso[1]!, iso[2]!, iso[3]!) ?? query.birthDate;
		else if (us) query.birthDate = isoFromParts(us[3]!, us[1]!, us[2]!) ?? query.birthDate;
		else if (MRN.test(part)) query.mrn = part.toUpperCase();
		else query.nameTokens.push(...searchTokens(part));
	}
	return query;
}

export function isEmptyQuery(query: PatientQuery): boolean {
	return !query.nameTokens.length && !query.birthDate && !query.mrn && !query.phone;
}
