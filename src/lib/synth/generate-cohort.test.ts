import { describe, expect, test } from 'vitest';
import { collect, ofType, TODAY } from './__fixtures__/cohorts';
import { generateCohort } from './generate-cohort';
import type { PatientRecord } from './generate-patient';
import { generateWorld } from './generate-world';
import type { Scenario } from './scenario';
import { hashSeed } from './random';
import { CHARTROOM, TERMINOLOGY } from './systems';

const scenario: Scenario = {
	seed: 1042,
	cohort: 120,
	today: TODAY,
	cast: {
		maria: { templates: ['type-2-diabetes', 'essential-hypertension'], allergy: ['penicillin'] },
		walkin: { template: 'healthy-adult', registered: false }
	}
};

const serialise = (records: PatientRecord[]) => records.map((r) => JSON.stringify(r));

/** Clinical facts: what a learner's salt must not change. */
function clinicalFacts(record: PatientRecord) {
	return {
		conditions: ofType(record, 'Condition').map((c) => [c.code?.coding?.[0]?.code, c.onsetDateTime]),
		medications: ofType(record, 'MedicationRequest').map((m) => [m.medicationCodeableConcept?.coding?.[0]?.code, m.status]),
		allergies: ofType(record, 'AllergyIntolerance').map((a) => a.code?.coding?.[0]?.code),
		labs: ofType(record, 'Observation')
			.filter((o) => o.category?.[0]?.coding?.[0]?.code === 'laboratory')
			.map((o) => [o.code.coding?.[0]?.code, o.valueQuantity?.value ?? o.valueCodeableConcept?.coding?.[0]?.code])
	};
}

describe('generateCohort', () => {
	test('the same scenario gives byte-identical JSON for every resource, from two separate generators', () => {
		const first = serialise(collect(scenario, 7));
		const second = serialise(collect(structuredClone(scenario), 50));
		expect(second).toEqual(first);
	});

	test('yields batches with index, total and progress, covering the cohort once', () => {
		const batches = [...generateCohort(scenario, { batchSize: 50 })];
		expect(batches.map((b) => [b.index, b.total, b.done, b.records.length])).toEqual([
			[0, 120, 50, 50],
			[1, 120, 100, 50],
			[2, 120, 120, 20]
		]);
		const ids = batches.flatMap((b) => b.records.map((r) => r.patient.id));
		expect(new Set(ids).size).toBe(120);
		expect(ids[0]).toBe('p-000000');
	});

	test('is lazy: the first batch of a 200,000-patient cohort comes without building the rest', () => {
		// Building all 200,000 would outlast the test timeout; asking for one batch must not.
		const first = generateCohort({ seed: 1, cohort: 200_000, today: TODAY }, { batchSize: 5 }).next();
		expect(first.done).toBe(false);
		expect(first.value?.records).toHaveLength(5);
		expect(first.value?.total).toBe(200_000);
	});

	test('cast members come first, in order, tagged with their key', () => {
		const records = collect(scenario);
		expect(records.slice(0, 2).map((r) => r.castKey)).toEqual(['maria', 'walkin']);
		expect(records[0]?.patient.meta?.tag).toContainEqual({ system: CHARTROOM.cast, code: 'maria', display: 'Cast member maria' });
		expect(records.slice(2).every((r) => r.castKey === undefined)).toBe(true);
	});

	test('a small cohort is pinned: any change to the output shows here (and must match in a browser Worker)', () => {
		const records = collect({ seed: 'fixture', cohort: 5, today: TODAY });
		expect(hashSeed(JSON.stringify(records))).toMatchInlineSnapshot(`
			[
			  2903743025,
			  383881256,
			  4093492149,
			  1949681144,
			]
		`);
	});

	test('a cohort smaller than the cast still holds the whole cast', () => {
		expect(collect({ ...scenario, cohort: 0 }).map((r) => r.castKey)).toEqual(['maria', 'walkin']);
	});

	test('a different seed gives different patients', () => {
		const a = collect(scenario).slice(2, 12);
		const b = collect({ ...scenario, seed: 1043 }).slice(2, 12);
		expect(a.map((r) => r.patient.name?.[0]?.family)).not.toEqual(b.map((r) => r.patient.name?.[0]?.family));
	});

	test('a learner salt changes the random patients and the cast identities', () => {
		const plain = collect(scenario);
		const salted = collect({ ...scenario, salt: 'learner-17' });
		const random = (records: PatientRecord[]) => records.slice(2).map((r) => JSON.stringify(r.patient));
		const sameRandom = random(plain).filter((p, i) => p === random(salted)[i]);
		expect(sameRandom).toEqual([]);
		const identity = (r: PatientRecord | undefined) => [r?.patient.name, r?.patient.birthDate, r?.patient.telecom, r?.patient.identifier];
		expect(identity(salted[0])).not.toEqual(identity(plain[0]));
	});

	test('a learner salt keeps the cast clinical facts: conditions, medications, allergies, lab values', () => {
		const plain = collect(scenario)[0] as PatientRecord;
		const salted = collect({ ...scenario, salt: 'learner-17' })[0] as PatientRecord;
		expect(clinicalFacts(salted)).toEqual(clinicalFacts(plain));
		expect(clinicalFacts(plain).conditions.map((c) => c[0])).toEqual(expect.arrayContaining(['I10', 'Z88.0']));
	});

	test('generateWorld gives the same staff and book for the same scenario', () => {
		expect(JSON.stringify(generateWorld(scenario))).toBe(JSON.stringify(generateWorld(structuredClone(scenario))));
	});

	test('every ICD-10-CM code written on a record is one the templates declare', () => {
		const codes = new Set(collect(scenario).flatMap((r) => ofType(r, 'Condition').flatMap((c) => c.code?.coding?.filter((x) => x.system === TERMINOLOGY.icd10cm).map((x) => x.code) ?? [])));
		expect([...codes].every((code) => /^[A-Z]\d[\dA-Z](\.[\dA-Z]{1,4})?$/.test(code ?? ''))).toBe(true);
	});
});
