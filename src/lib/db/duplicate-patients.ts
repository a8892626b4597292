import type { Patient } from '@medplum/fhirtypes';
import { duplicateReasons, isLikelyDuplicate, phoneKey, type DuplicateReason } from '$lib/front-office/duplicate-patients';
import { nameKeys } from '$lib/record/name-keys';
import type { ChartroomDatabase } from './database';
import type { ResourceRow } from './resource-row';

export interface DuplicateMatch {
	patient: Patient;
	mrn: string;
	reasons: DuplicateReason[];
}

type PatientRow = ResourceRow<Patient>;

/** Merged (inactive) registrations are already resolved: they are never offered again. */
const isOpen = (row: PatientRow | undefined): row is PatientRow => !!row && row.resource.active !== false;

/**
 * Registered patients who are probably the person about to be registered (or edited): found
 * through the similar-name keys and the phone index, then judged pair by pair.
 */
export async function findPossibleDuplicates(db: ChartroomDatabase, candidate: Patient, exceptId?: string): Promise<DuplicateMatch[]> {
	const table = db.resources<Patient>('Patient');
	const keys = nameKeys(candidate);
	const phone = phoneKey(candidate);
	const [byName, byPhone] = await Promise.all([
		keys.length ? table.where('nameKeys').anyOf(keys).primaryKeys() : Promise.resolve([]),
		phone ? table.where('phone').equals(phone).primaryKeys() : Promise.resolve([])
	]);
	const ids = [...new Set([...byName, ...byPhone])].filter((id) => id !== exceptId);
	const rows = (await table.bulkGet(ids)).filter(isOpen);
	return rows
		.map((row) => ({ patient: row.resource, mrn: row.mrn ?? '', reasons: duplicateReasons(candidate, row.resource) }))
		.filter((match) => isLikelyDuplicate(match.reasons))
		.sort((a, b) => b.reasons.length - a.reasons.length);
}

export interface DuplicatePair {
	first: DuplicateMatch;
	second: DuplicateMatch;
	reasons: DuplicateReason[];
}

/** Every primary key of an index, grouped by index value (groups of one are dropped). */
async function groupsOf(db: ChartroomDatabase, index: 'nameKeys' | 'phone' | 'birthDate', prefix = ''): Promise<Map<string, string[]>> {
	const groups = new Map<string, string[]>();
	const table = db.resources<Patient>('Patient');
	const collection = prefix ? table.where(index).startsWith(prefix) : table.orderBy(index);
	await collection.eachKey((key, cursor) => {
		const value = String(key);
		if (!value) return;
		const group = groups.get(value);
		if (group) group.push(String(cursor.primaryKey));
		else groups.set(value, [String(cursor.primaryKey)]);
	});
	return groups;
}

/**
 * The master patient index's sweep for likely duplicate registrations across the clinic. It
 * walks index keys only (sound-alike names, phones, birth dates), so only the patients of a
 * likely pair are ever read whole.
 */
export async function findDuplicatePairs(db: ChartroomDatabase, limit = 200): Promise<DuplicatePair[]> {
	const [names, phones, births] = await Promise.all([groupsOf(db, 'nameKeys', 'sound:'), groupsOf(db, 'phone'), groupsOf(db, 'birthDate')]);
	const birthOf = new Map<string, string>();
	for (const [birth, ids] of births) for (const id of ids) birthOf.set(id, birth);
	const phoneOf = new Map<string, string>();
	for (const [phone, ids] of phones) for (const id of ids) phoneOf.set(id, phone);

	// Candidate pairs from the keys alone: a shared name key plus birth date or phone, or both of those.
	const candidates = new Set<string>();
	const pairUp = (ids: readonly string[], same: (a: string, b: string) => boolean) => {
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++) {
				const [a, b] = [ids[i] as string, ids[j] as string].sort() as [string, string];
				if (same(a, b)) candidates.add(`${a}\u0000${b}`);
			}
	};
	const sameBirthOrPhone = (a: string, b: string) => (birthOf.has(a) && birthOf.get(a) === birthOf.get(b)) || (phoneOf.has(a) && phoneOf.get(a) === phoneOf.get(b));
	for (const ids of names.values()) pairUp(ids, sameBirthOrPhone);
	for (const ids of phones.values()) pairUp(ids, (a, b) => birthOf.has(a) && birthOf.get(a) === birthOf.get(b));

	// Merged registrations still share keys with their survivor: read a margin beyond the limit.
	const pairs = [...candidates].slice(0, limit * 5).map((key) => key.split('\u0000') as [string, string]);
	const rows = await db.resources<Patient>('Patient').bulkGet([...new Set(pairs.flat())]);
	const byId = new Map(rows.filter(isOpen).map((row) => [row.id, row]));
	const found: DuplicatePair[] = [];
	for (const [a, b] of pairs) {
		const first = byId.get(a);
		const second = byId.get(b);
		if (!first || !second) continue;
		const reasons = duplicateReasons(first.resource, second.resource);
		if (!isLikelyDuplicate(reasons)) continue;
		found.push({ first: { patient: first.resource, mrn: first.mrn ?? '', reasons }, second: { patient: second.resource, mrn: second.mrn ?? '', reasons }, reasons });
		if (found.length === limit) break;
	}
	return found;
}
