import type { Resource } from '@medplum/fhirtypes';
import Dexie from 'dexie';
import type { ChartroomDatabase } from './database';
import { storeRows, upkeepTypes } from './patient-row-upkeep';
import { toRow, type ResourceRow } from './resource-row';
import { CLINICAL_TYPES, isStoredResourceType, type StoredResourceType } from './resource-types';

export class UnsupportedResourceError extends Error {
	override name = 'UnsupportedResourceError';
}

type IdentifiedResource = Resource & { id: string };

/** Group rows by table so a batch costs one bulkPut per table. */
export function rowsByType(resources: readonly Resource[]): Map<StoredResourceType, ResourceRow[]> {
	const grouped = new Map<StoredResourceType, ResourceRow[]>();
	for (const resource of resources) {
		const type = resource.resourceType;
		if (!isStoredResourceType(type)) throw new UnsupportedResourceError(`Chartroom does not store ${type} resources.`);
		if (!resource.id) throw new UnsupportedResourceError(`A ${type} without an id cannot be stored.`);
		let rows = grouped.get(type);
		if (!rows) grouped.set(type, (rows = []));
		rows.push(toRow(resource as IdentifiedResource));
	}
	return grouped;
}

/**
 * The tables `putResources` writes for these types. A caller that wraps it in its own
 * transaction includes them all: storing an Encounter also updates its Patient's row.
 */
export function tablesToWrite(db: ChartroomDatabase, types: Iterable<StoredResourceType>) {
	return upkeepTypes(types).map((type) => db.resources(type));
}

/**
 * Store resources, all or nothing. Inside a caller's transaction it joins it (Dexie reuses the
 * ambient transaction), so a generator or an import can write thousands of batches atomically.
 */
export async function putResources(db: ChartroomDatabase, resources: readonly Resource[]): Promise<void> {
	const grouped = rowsByType(resources);
	if (grouped.size === 0) return;
	await db.transaction('rw', tablesToWrite(db, grouped.keys()), () => storeRows(db, grouped));
}

export async function getResource<T extends Resource>(
	db: ChartroomDatabase,
	type: StoredResourceType,
	id: string
): Promise<T | undefined> {
	const row = await db.resources<T>(type).get(id);
	return row?.resource;
}

/** Every resource of one patient, each type in date order: the whole chart. */
export async function patientChart(db: ChartroomDatabase, patientId: string): Promise<Resource[]> {
	const perType = await db.transaction('r', CLINICAL_TYPES.map((t) => db.resources(t)), () =>
		Promise.all(
			CLINICAL_TYPES.map((type) =>
				db
					.resources(type)
					.where('[patient+date]')
					.between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
					.toArray()
			)
		)
	);
	return perType.flat().map((row) => row.resource);
}

/** Count of stored resources per type, for status screens and import previews. */
export async function countResources(db: ChartroomDatabase): Promise<Record<StoredResourceType, number>> {
	const types = ['Patient', 'Practitioner', ...CLINICAL_TYPES] as const;
	const counts = await Promise.all(types.map((t) => db.resources(t).count()));
	return Object.fromEntries(types.map((t, i) => [t, counts[i] ?? 0])) as Record<StoredResourceType, number>;
}
