import type { Patient } from '@medplum/fhirtypes';
import { doubleMetaphone } from 'double-metaphone';
import { foldText } from './search-text';

/**
 * Keys under which two patients count as "similar names" — the classic wrong-patient trap at
 * the front desk: the same name (twins of a name with another birth date), or a sound-alike
 * surname with a sound-alike first name (Jon Smith / John Smyth).
 */
export function nameKeys(patient: Pick<Patient, 'name'>): string[] {
	const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
	const family = foldText(name?.family ?? '');
	const given = foldText(name?.given?.[0] ?? '');
	if (!family || !given) return [];
	const keys = new Set<string>([`same:${family}|${given}`]);
	for (const f of phonetic(family)) for (const g of phonetic(given)) keys.add(`sound:${f}|${g}`);
	return [...keys];
}

/** Primary and alternate Double Metaphone codes of a (multi-word) name. */
function phonetic(word: string): string[] {
	const compact = word.replace(/ /g, '');
	return [...new Set(doubleMetaphone(compact))].filter(Boolean);
}
