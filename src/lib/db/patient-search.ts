import type { Patient } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import type { ChartroomDatabase } from './database';
import type { ResourceRow } from './resource-row';
import { isEmptyQuery, type PatientQuery } from '$lib/record/patient-query';

export interface PatientSearchHit {
	patient: Patient;
	mrn: string;
	/** Another patient has the same or a sound-alike name: check a second identifier. */
	similarName: boolean;
	/** Start of the most recent encounter, if any. */
	lastVisit?: string;
}

export interface PatientSearchPage {
	hits: PatientSearchHit[];
	/** How many patients matched in all (hits holds the first `limit`). */
	total: number;
}

/** Ids of patients matching one name token: whole-word matches first, then prefixes. */
async function idsForToken(db: ChartroomDatabase, token: string): Promise<string[]> {
	const table = db.resources<Patient>('Patient');
	const [exact, prefixed] = await Promise.all([
		table.where('tokens').equals(token).primaryKeys(),
		table.where('tokens').startsWith(token).primaryKeys()
	]);
	const seen = new Set(exact);
	return [...exact, ...prefixed.filter((id) => !seen.has(id) && seen.add(id))];
}

/**
 * Find patients by any part of the name, birth date, MRN or phone, all criteria combined.
 * Works on index keys only and reads just the rows it returns, so it stays fast at 100,000.
 */
export async function searchPatients(db: ChartroomDatabase, query: PatientQuery, limit = 50): Promise<PatientSearchPage> {
	if (isEmptyQuery(query)) return { hits: [], total: 0 };
	const table = db.resources<Patient>('Patient');
	return db.transaction('r', ['Patient', 'Encounter'], async () => {
		const criteria: Promise<string[]>[] = [...new Set(query.nameTokens)].map((t) => idsForToken(db, t));
		if (query.birthDate) criteria.push(table.where('birthDate').equals(query.birthDate).primaryKeys());
		if (query.mrn) criteria.push(table.where('mrn').startsWith(query.mrn).primaryKeys());
		if (query.phone) criteria.push(table.where('phone').startsWith(query.phone).primaryKeys());
		// The first criterion's order (exact name matches first) is the ranking.
		const [ranked, ...others] = await Promise.all(criteria);
		const othersSets = others.map((keys) => new Set(keys));
		const matching = (ranked ?? []).filter((id) => othersSets.every((set) => set.has(id)));
		const rows = (await table.bulkGet(matching.slice(0, limit))).filter((r): r is ResourceRow<Patient> => r !== undefined);

		// Which patients hold each name key of the hits (index keys only, no rows read).
		const keys = [...new Set(rows.flatMap((r) => r.nameKeys ?? []))];
		const holders = new Map<string, Set<string>>();
		if (keys.length) {
			await table
				.where('nameKeys')
				.anyOf(keys)
				.eachKey((key, cursor) => {
					const set = holders.get(String(key)) ?? new Set<string>();
					set.add(String(cursor.primaryKey));
					holders.set(String(key), set);
				});
		}
		const lastVisits = await Promise.all(
			rows.map((r) =>
				db
					.resources('Encounter')
					.where('[patient+date]')
					.between([r.id, Dexie.minKey], [r.id, Dexie.maxKey])
					.last()
			)
		);
		const hits = rows.map((row, i): PatientSearchHit => {
			const similarName = (row.nameKeys ?? []).some((k) => (holders.get(k)?.size ?? 0) > 1);
			return { patient: row.resource, mrn: row.mrn ?? '', similarName, lastVisit: lastVisits[i]?.date || undefined };
		});
		return { hits, total: matching.length };
	});
}
