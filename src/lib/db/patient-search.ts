import type { Patient } from '@medplum/fhirtypes';
import type { Collection } from 'dexie';
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
 * One index drives the search (the most selective criterion); the rest filter rows read in
 * growing getAll chunks, and it stops after a page, so a common surname at 100,000 patients stays fast.
 * Whole-word name matches rank before prefix matches.
 */
export async function searchPatients(db: ChartroomDatabase, query: PatientQuery, limit = 50): Promise<PatientSearchPage> {
	if (isEmptyQuery(query)) return { hits: [], total: 0 };
	const table = db.resources<Patient>('Patient');
	return db.transaction('r', ['Patient'], async () => {
		const longest = [...query.nameTokens].sort((a, b) => b.length - a.length)[0];
		const passes: Collection<PatientRow, string>[] = query.mrn
			? [table.where('mrn').startsWith(query.mrn)]
			: query.birthDate
				? [table.where('birthDate').equals(query.birthDate)]
				: query.phone
					? [table.where('phone').startsWith(query.phone)]
					: [table.where('tokens').equals(longest!), table.where('tokens').startsWith(longest!)];

		// A criterion beyond the driving one filters the rows read; otherwise a page is one getAll.
		const keep = matchesOnlyDrivingIndex(query) ? undefined : (row: PatientRow) => matches(row, query);
		const rows: PatientRow[] = [];
		const seen = new Set<string>();
		let moreExist = false;
		for (const pass of passes) {
			if (moreExist) break;
			// One row past the page tells whether more patients match.
			const wanted = limit + 1 - rows.length;
			const found = await unseenRows(pass, seen, wanted, keep);
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

		// The row carries its last visit and similar-name mark (kept by every write): no more reads.
		const hits = rows.map(
			(row): PatientSearchHit => ({ patient: row.resource, mrn: row.mrn ?? '', similarName: row.similarName ?? false, lastVisit: row.lastVisit })
		);
		return totalIsLowerBound ? { hits, total, totalIsLowerBound } : { hits, total };
	});
}

/**
 * Up to `wanted` rows of a pass not seen before that `keep` accepts, read with getAll in growing
 * chunks: a few requests where a filtering cursor would cost one round trip per row it passes.
 * A multi-entry index may list a patient twice (two name words with the same prefix), so read
 * more until enough are new.
 */
async function unseenRows(pass: Collection<PatientRow, string>, seen: ReadonlySet<string>, wanted: number, keep?: (row: PatientRow) => boolean): Promise<PatientRow[]> {
	// A second criterion keeps roughly one row in ten, so a filtered read starts larger.
	for (let read = keep ? wanted * 4 : wanted + seen.size; ; read = read * 2 + wanted) {
		const found = await pass.clone().limit(read).toArray();
		const fresh = [...new Map(found.filter((row) => !seen.has(row.id) && (keep?.(row) ?? true)).map((row) => [row.id, row])).values()];
		if (fresh.length >= wanted || found.length < read) return fresh.slice(0, wanted);
	}
}

/** Is the driving index the whole query (one name word, or only a birth date, MRN or phone)? */
function matchesOnlyDrivingIndex(query: PatientQuery): boolean {
	const criteria = [query.mrn, query.birthDate, query.phone].filter(Boolean).length + (query.nameTokens.length > 0 ? 1 : 0);
	return criteria === 1 && query.nameTokens.length <= 1;
}
