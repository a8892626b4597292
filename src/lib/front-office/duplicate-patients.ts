/**
 * When two registrations are probably one person: a similar name (the same or sound-alike name
 * keys the wrong-patient warning uses) plus the same birth date or phone — or the same birth
 * date and phone under another name (a married name, a nickname). Sharing a name alone is not
 * enough: twins of a name with different birth dates are two people.
 */
import type { Patient } from '@medplum/fhirtypes';
import { nameKeys } from '$lib/record/name-keys';
import { phoneDigits } from '$lib/record/search-text';

export type DuplicateReason = 'same-name' | 'similar-name' | 'same-birth-date' | 'same-phone';

export const DUPLICATE_REASON_WORDS: Record<DuplicateReason, string> = {
	'same-name': 'same name',
	'similar-name': 'sound-alike name',
	'same-birth-date': 'same date of birth',
	'same-phone': 'same phone number'
};

export function phoneKey(patient: Pick<Patient, 'telecom'>): string {
	const phone = patient.telecom?.find((t) => t.system === 'phone')?.value;
	return phone ? phoneDigits(phone) : '';
}

export function duplicateReasons(a: Patient, b: Patient): DuplicateReason[] {
	const keysA = new Set(nameKeys(a));
	const shared = nameKeys(b).filter((key) => keysA.has(key));
	const reasons: DuplicateReason[] = [];
	if (shared.some((key) => key.startsWith('same:'))) reasons.push('same-name');
	else if (shared.length) reasons.push('similar-name');
	if (a.birthDate && a.birthDate === b.birthDate) reasons.push('same-birth-date');
	const phone = phoneKey(a);
	if (phone && phone === phoneKey(b)) reasons.push('same-phone');
	return reasons;
}

export function isLikelyDuplicate(reasons: readonly DuplicateReason[]): boolean {
	const name = reasons.includes('same-name') || reasons.includes('similar-name');
	const birth = reasons.includes('same-birth-date');
	const phone = reasons.includes('same-phone');
	return (name && (birth || phone)) || (birth && phone);
}

export function describeReasons(reasons: readonly DuplicateReason[]): string {
	const words = reasons.map((r) => DUPLICATE_REASON_WORDS[r]);
	const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
	return text.charAt(0).toUpperCase() + text.slice(1);
}
