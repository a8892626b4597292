import { describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { changedResources, describeChange, diffResources } from './resource-diff';

const patient: Resource = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Lopez' }], meta: { versionId: '1', lastUpdated: '2024-06-03T09:00:00Z' } };

describe('diffResources', () => {
	test('a save that only restamps meta is not a change', () => {
		const resaved: Resource = { ...patient, meta: { versionId: '2', lastUpdated: '2024-06-03T09:05:00Z' } };
		expect(diffResources([patient], [resaved])).toEqual([]);
	});

	test('field order does not matter', () => {
		const reordered = { name: [{ family: 'Lopez' }], id: 'p1', resourceType: 'Patient' } as Resource;
		expect(diffResources([{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Lopez' }] }], [reordered])).toEqual([]);
	});

	test('created, updated (with fields) and deleted', () => {
		const updated: Resource = { ...patient, gender: 'female' };
		const allergy: Resource = { resourceType: 'AllergyIntolerance', id: 'a1', patient: { reference: 'Patient/p1' } };
		const old: Resource = { resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'Weight' } };
		const changes = diffResources([patient, old], [updated, allergy]);
		expect(changes.map(describeChange)).toEqual([
			'Patient/p1 was changed (gender)',
			'AllergyIntolerance/a1 was created',
			'Observation/o1 was deleted'
		]);
		expect(changedResources([patient, old], [updated, allergy])).toEqual([updated, allergy]);
	});

	test('other meta fields still count', () => {
		const tagged: Resource = { ...patient, meta: { versionId: '2', tag: [{ code: 'vip' }] } };
		expect(diffResources([patient], [tagged]).map(describeChange)).toEqual(['Patient/p1 was changed (meta)']);
	});

	test('audit events are the system writing, not the learner', () => {
		expect(diffResources([], [{ resourceType: 'AuditEvent', id: 'e1' } as Resource])).toEqual([]);
	});
});
