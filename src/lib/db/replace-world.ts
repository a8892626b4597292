import type { Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase, WorldRow } from './database';
import { storePatientRows } from './patient-row-upkeep';
import { clearReleasePaperwork } from './release-requests';
import { freshClinicalRows, groupForStorage, putRows, recordTables } from './resources';

export class WorldReplacementCancelled extends Error {
	override name = 'WorldReplacementCancelled';
	constructor() {
		super('Generation was cancelled; the previous clinic is unchanged.');
	}
}

export interface ReplaceWorldOptions {
	/** Called after each stored batch with the number of patients stored so far. */
	onProgress?(stored: number): void;
	/** Checked between batches; when it says so, everything written is rolled back. */
	isCancelled?(): boolean;
}

/**
 * Replace the stored clinic with a new one, all or nothing: one IndexedDB transaction clears
 * the old records and writes every batch, so a cancel, an error or a closed tab leaves the
 * previous clinic exactly as it was. Batches are produced lazily inside the transaction (the
 * generator is synchronous), so the cohort is never held in memory whole, and the next batch is
 * generated while IndexedDB writes the last one (the browser writes on another thread).
 *
 * The audit log and learner progress are not part of a clinic and are kept. The clinic's own
 * paperwork goes with its patients: release requests, the accounting of disclosures and recall
 * outreach name patient ids that a new clinic gives to other people (and a reset lesson to the
 * same people, who have not been asked for anything yet).
 */
export async function replaceWorld(
	db: ChartroomDatabase,
	world: WorldRow,
	batches: Iterable<{ resources: Resource[]; patients: number }>,
	{ onProgress, isCancelled }: ReplaceWorldOptions = {}
): Promise<{ patients: number; resources: number }> {
	const tables = [...recordTables(db), db.worlds, db.settings, db.outreach];
	return db.transaction('rw', tables, async () => {
		await Promise.all([...recordTables(db).map((table) => table.clear()), db.outreach.clear(), clearReleasePaperwork(db)]);
		let patients = 0;
		let resources = 0;
		// The tables were cleared above, generated ids do not repeat and a batch holds whole
		// patients: every row is new.
		const written: Promise<unknown>[] = [];
		for (const next of batches) {
			if (isCancelled?.()) throw new WorldReplacementCancelled();
			const batch = groupForStorage(next.resources);
			const { visits, rows } = freshClinicalRows(batch);
			// The patient rows first: their reads wait in the queue for the previous batch's rows.
			await storePatientRows(db, batch.patients, visits, { fresh: true });
			// Then the clinical rows, not awaited: the next batch is generated while they are written.
			const clinical = putRows(db, rows, batch.practitioners);
			clinical.catch(() => undefined);
			written.push(clinical);
			patients += next.patients;
			resources += next.resources.length;
			onProgress?.(patients);
		}
		// A write that failed is reported here, and fails the whole replacement.
		for (const clinical of written) await clinical;
		if (isCancelled?.()) throw new WorldReplacementCancelled();
		await db.worlds.put(world);
		return { patients, resources };
	});
}
