import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Condition, Coverage, DocumentReference, Encounter } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { getResource, putResources } from '$lib/db/resources';
import { CONTEXT, COVERAGE, ENCOUNTER, PATIENT } from './__fixtures__/coding-case';
import { buildClaim } from './build-claim';
import { codedEncounter, coverageOn, loadCodingCase } from './coding-case';

const note = (id: string, encounterId: string, date: string): DocumentReference => ({
	resourceType: 'DocumentReference',
	id,
	status: 'current',
	subject: { reference: 'Patient/p-000007' },
	date,
	content: [{ attachment: { contentType: 'text/plain', data: btoa('Assessment: type 2 diabetes, stable.') } }],
	context: { encounter: [{ reference: `Encounter/${encounterId}` }] }
});

const recorded: Condition = {
	resourceType: 'Condition',
	id: 'cond-7-1',
	code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }] },
	subject: { reference: 'Patient/p-000007' },
	onsetDateTime: '2020-01-01'
};

const encounterWithDiagnosis: Encounter = { ...ENCOUNTER, diagnosis: [{ condition: { reference: 'Condition/cond-7-1' }, rank: 1 }] };
const oldCoverage: Coverage = { ...COVERAGE, id: 'cov-old', period: { start: '2010-01-01', end: '2019-12-31' } };

let db: ChartroomDatabase;
beforeEach(async () => {
	db = new ChartroomDatabase(`coding-case-${Math.random()}`);
	await db.worlds.put({ id: 'current', seed: 1, cohort: 1, today: '2024-10-15', generatedAt: 'x', organization: { resourceType: 'Organization', id: 'org-clinic', name: 'Riverside Family Medicine' } });
	await putResources(db, [
		PATIENT,
		{ resourceType: 'Practitioner', id: 'pr-2', identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '9123456789' }] },
		encounterWithDiagnosis,
		recorded,
		{ ...COVERAGE, period: { start: '2020-01-01' } },
		oldCoverage,
		note('doc-1', ENCOUNTER.id, '2024-10-01T09:45:00-05:00'),
		note('doc-other', 'enc-7-2', '2024-06-01T09:45:00-05:00')
	]);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('loadCodingCase', () => {
	test("reads the encounter, its patient, only this encounter's note, the coverage in force the rendering provider and the practice", async () => {
		const found = await loadCodingCase(db, ENCOUNTER.id);
		expect(found?.patient.id).toBe('p-000007');
		expect(found?.notes.map((n) => n.id)).toEqual(['doc-1']);
		expect(found?.coverage?.id).toBe('cov-7');
		expect(found?.billingProvider).toEqual({ reference: 'Organization/org-clinic', display: 'Riverside Family Medicine' });
		expect(found?.practitioner?.identifier?.[0]?.value).toBe('9123456789');
		expect(found?.claim).toBeUndefined();
	});

	test('reopens a saved draft claim', async () => {
		const draft = buildClaim({ diagnoses: [{ code: 'E11.9', title: '' }], lines: [], queries: [] }, CONTEXT);
		await putResources(db, [draft]);
		expect((await loadCodingCase(db, ENCOUNTER.id))?.claim).toEqual(draft);
	});

	test('an unknown encounter gives nothing', async () => {
		expect(await loadCodingCase(db, 'enc-none')).toBeUndefined();
	});
});

describe('codedEncounter', () => {
	test('writes the billing diagnoses onto the stored encounter, reusing the condition the clinician recorded', async () => {
		const claim = buildClaim(
			{ diagnoses: [{ code: 'E11.9', title: 'Type 2 diabetes mellitus without complications' }], lines: [{ system: 'cpt', code: '99213', units: 1, pointers: ['E11.9'] }], queries: [] },
			{ ...CONTEXT, encounter: encounterWithDiagnosis as typeof ENCOUNTER }
		);
		const encounter = await codedEncounter(db, claim, ENCOUNTER.id);
		expect(encounter.diagnosis?.map((d) => [d.condition.reference, d.use?.coding?.[0]?.code, d.rank])).toEqual([
			['Condition/cond-7-1', undefined, 1],
			['Condition/cond-7-1', 'billing', 1]
		]);
		expect(encounter.meta?.tag?.[0]?.code).toBe('sent-to-coding');
		// Nothing is written until the caller saves it with the claim.
		expect((await getResource<Encounter>(db, 'Encounter', ENCOUNTER.id))?.diagnosis).toHaveLength(1);
	});

	test('refuses an encounter that is no longer in the record', async () => {
		const claim = buildClaim({ diagnoses: [], lines: [], queries: [] }, CONTEXT);
		await expect(codedEncounter(db, claim, 'enc-gone')).rejects.toThrow('Encounter enc-gone is no longer in the record.');
	});
});

test('coverageOn picks the active coverage whose period holds the date of service', () => {
	const current = { ...COVERAGE, period: { start: '2020-01-01' } };
	expect(coverageOn([oldCoverage, current], '2024-10-01')?.id).toBe('cov-7');
	expect(coverageOn([oldCoverage, current], '2015-05-05')?.id).toBe('cov-old');
	expect(coverageOn([{ ...current, status: 'cancelled' }], '2024-10-01')).toBeUndefined();
});
