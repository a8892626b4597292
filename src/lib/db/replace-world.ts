import type { Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase, WorldRow } from './database';
import { storePatientRows } from './patient-row-upkeep';
import { groupForStorage, storeClinical, type StorageBatch } from './resources';
import { RESOURCE_TYPES } from './resource-types';

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
 * The audit log and learner progress are not part of a clinic and are kept.
 */
export async function replaceWorld(
	db: ChartroomDatabase,
	world: WorldRow,
	batches: Iterable<{ resources: Resource[]; patients: number }>,
	{ onProgress, isCancelled }: ReplaceWorldOptions = {}
): Promise<{ patients: number; resources: number }> {
	const tables = [...RESOURCE_TYPES.map((t) => db.tableOf(t)), db.worlds];
	return db.transaction('rw', tables, async () => {
		await Promise.all(RESOURCE_TYPES.map((t) => db.tableOf(t).clear()));
		let patients = 0;
		let resources = 0;
		// The tables were cleared above, generated ids do not repeat and a batch holds whole
		// patients: every row is new.
		const fresh = { fresh: true };
		/** The batch whose clinical rows are being written while the next one is generated. */
		let writing: { batch: StorageBatch; clinical: Promise<Map<string, string | undefined>>; patients: number } | undefined;
		const finish = async (done: NonNullable<typeof writing>) => {
			// Patient rows one batch after another: each sees its predecessors' namesakes.
			await storePatientRows(db, done.batch.patients, await done.clinical, fresh);
			patients += done.patients;
			onProgress?.(patients);
		};
		for (const next of batches) {
			if (isCancelled?.()) throw new WorldReplacementCancelled();
			const batch = groupForStorage(next.resources);
			const clinical = storeClinical(db, batch, fresh);
			// Its failure aborts the transaction; it is reported when awaited, not as unhandled.
			clinical.catch(() => undefined);
			if (writing) await finish(writing);
			writing = { batch, clinical, patients: next.patients };
			resources += next.resources.length;
		}
		if (writing) await finish(writing);
		if (isCancelled?.()) throw new WorldReplacementCancelled();
		await db.worlds.put(world);
		return { patients, resources };
	});
}
