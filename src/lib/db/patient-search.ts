import type { Patient } from '@medplum/fhirtypes';
import Dexie, { type Collection } from 'dexie';
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
	/** How many patients matched; with `totalIsLowerBound`, more than the page holds matched. */
	total: number;
	totalIsLowerBound?: boolean;
}

type PatientRow = ResourceRow<Patient>;

/** Does a row meet every criterion? (The driving index already met one of them.) */
function matches(row: PatientRow, query: PatientQuery): boolean {
	const tokens = row.tokens ?? [];
	return (
		query.nameTokens.every((t) => tokens.some((own) => own.startsWith(t))) &&
		(!query.birthDate || row.birthDate === query.birthDate) &&
		(!query.mrn || (row.mrn ?? '').startsWith(query.mrn)) &&
		(!query.phone || (row.phone ?? '').startsWith(query.phone))
	);
}

/**
 * Find patients by any part of the name, birth date, MRN or phone, all criteria combined.
 * One index drives the search (the most selective criterion); the rest filter rows as the
 * cursor walks, and it stops after a page, so a common surname at 100,000 patients stays fast.
 * Whole-word name matches rank before prefix matches.
 */
export async function searchPatients(db: ChartroomDatabase, query: PatientQuery, limit = 50): Promise<PatientSearchPage> {
	if (isEmptyQuery(query)) return { hits: [], total: 0 };
	const table = db.resources<Patient>('Patient');
	return db.transaction('r', ['Patient', 'Encounter'], async () => {
		const longest = [...query.nameTokens].sort((a, b) => b.length - a.length)[0];
		const passes: Collection<PatientRow, string>[] = query.mrn
			? [table.where('mrn').startsWith(query.mrn)]
			: query.birthDate
				? [table.where('birthDate').equals(query.birthDate)]
				: query.phone
					? [table.where('phone').startsWith(query.phone)]
					: [table.where('tokens').equals(longest!), table.where('tokens').startsWith(longest!)];

		const rows: PatientRow[] = [];
		const seen = new Set<string>();
		let moreExist = false;
		for (const pass of passes) {
			if (moreExist) break;
			// One row past the page tells whether more patients match.
			const found = await pass
				.filter((row) => !seen.has(row.id) && matches(row, query))
				.limit(limit + 1 - rows.length)
				.toArray();
			for (const row of found) {
				if (seen.has(row.id)) continue;
				seen.add(row.id);
				if (rows.length < limit) rows.push(row);
				else moreExist = true;
			}
		}
		// A full page says "at least": counting every match would cost more than the search.
		const total = rows.length + (moreExist ? 1 : 0);
		const totalIsLowerBound = moreExist;

		const [similar, lastVisits] = await Promise.all([
			Promise.all(rows.map((row) => hasNamesake(db, row))),
			Promise.all(
				rows.map((r) =>
					db
						.resources('Encounter')
						.where('[patient+date]')
						.between([r.id, Dexie.minKey], [r.id, Dexie.maxKey])
						.last()
				)
			)
		]);
		const hits = rows.map(
			(row, i): PatientSearchHit => ({ patient: row.resource, mrn: row.mrn ?? '', similarName: similar[i] ?? false, lastVisit: lastVisits[i]?.date || undefined })
		);
		return totalIsLowerBound ? { hits, total, totalIsLowerBound } : { hits, total };
	});
}

/** Does anyone else share one of this patient's name keys? Two keys read per name key, no more. */
async function hasNamesake(db: ChartroomDatabase, row: PatientRow): Promise<boolean> {
	const table = db.resources<Patient>('Patient');
	const counts = await Promise.all((row.nameKeys ?? []).map((key) => table.where('nameKeys').equals(key).limit(2).primaryKeys()));
	return counts.some((ids) => ids.length > 1);
}
