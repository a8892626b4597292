/**
 * What the learner changed in the record during an exercise: resources matched by type and
 * id, compared as JSON. The database stamps `meta.lastUpdated` and `meta.versionId` on
 * every save, so a resource saved unchanged is not a change.
 */
import type { Resource } from '@medplum/fhirtypes';

export interface ResourceChange {
	/** `Type/id` */
	reference: string;
	change: 'created' | 'updated' | 'deleted';
	/** Top-level fields that differ, for updates. */
	fields: string[];
	resource: Resource;
}

/** Written by the system on the learner's behalf, never by the learner: not a change. */
export const SYSTEM_WRITTEN_TYPES: readonly string[] = ['AuditEvent', 'Provenance'];

export function referenceOf(resource: Resource, position = 0): string {
	return `${resource.resourceType}/${resource.id ?? `#${position}`}`;
}

/** Stable JSON: keys sorted, so field order does not make two equal resources differ. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value)
			.filter(([, child]) => child !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

function withoutSaveStamps(resource: Resource): Record<string, unknown> {
	const { meta, ...rest } = resource as Resource & { meta?: Record<string, unknown> };
	if (meta === undefined) return rest;
	const { lastUpdated: _lastUpdated, versionId: _versionId, ...kept } = meta;
	return Object.keys(kept).length === 0 ? rest : { ...rest, meta: kept };
}

function changedFields(before: Resource, after: Resource): string[] {
	const a = withoutSaveStamps(before);
	const b = withoutSaveStamps(after);
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
	return keys.filter((key) => canonical(a[key]) !== canonical(b[key]));
}

function byReference(resources: readonly Resource[]): Map<string, Resource> {
	return new Map(resources.map((resource, position) => [referenceOf(resource, position), resource]));
}

/** Created and updated in the order of `after`, then deleted in the order of `before`. */
export function diffResources(before: readonly Resource[], after: readonly Resource[]): ResourceChange[] {
	const earlier = byReference(before);
	const later = byReference(after);
	const changes: ResourceChange[] = [];
	for (const [reference, resource] of later) {
		const previous = earlier.get(reference);
		if (previous === undefined) {
			changes.push({ reference, change: 'created', fields: [], resource });
			continue;
		}
		const fields = changedFields(previous, resource);
		if (fields.length > 0) changes.push({ reference, change: 'updated', fields, resource });
	}
	for (const [reference, resource] of earlier) {
		if (!later.has(reference)) changes.push({ reference, change: 'deleted', fields: [], resource });
	}
	return changes.filter((change) => !SYSTEM_WRITTEN_TYPES.includes(change.resource.resourceType));
}

/** The resources as they are after the exercise that the learner created or changed. */
export function changedResources(before: readonly Resource[], after: readonly Resource[]): Resource[] {
	return diffResources(before, after)
		.filter((change) => change.change !== 'deleted')
		.map((change) => change.resource);
}

export function describeChange(change: ResourceChange): string {
	return change.change === 'updated'
		? `${change.reference} was changed (${change.fields.join(', ')})`
		: `${change.reference} was ${change.change}`;
}
