/**
 * FHIR R4 validity of generated records: required elements per resource type, references that
 * resolve (within the patient's record, or to the world's clinicians, payers and schedules),
 * codings only in known systems, stable ids and the fixed lastUpdated instant.
 */
import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { collect, decodeNote, ofType, TODAY } from './__fixtures__/cohorts';
import { generateWorld } from './generate-world';
import { KNOWN_CODING_SYSTEMS, CHARTROOM, HL7 } from './systems';
import type { Scenario } from './scenario';

const scenario: Scenario = {
	seed: 'validity',
	cohort: 400,
	today: TODAY,
	cast: {
		walkin: { template: 'healthy-adult', registered: false },
		pregnant: { template: 'pregnancy', allergy: ['penicillin'] },
		kid: { template: 'acute-otitis-media', age: 2 }
	}
};
const records = collect(scenario);
const world = generateWorld(scenario);
const lastUpdated = `${TODAY}T00:00:00-05:00`;

/** Required (1..*) elements of each R4 resource type we write. */
const REQUIRED: Record<string, string[]> = {
	Patient: [],
	Coverage: ['status', 'beneficiary', 'payor'],
	AllergyIntolerance: ['patient'],
	Condition: ['subject'],
	Encounter: ['status', 'class'],
	MedicationRequest: ['status', 'intent', 'medicationCodeableConcept', 'subject'],
	Observation: ['status', 'code'],
	Immunization: ['status', 'vaccineCode', 'patient', 'occurrenceDateTime'],
	Procedure: ['status', 'subject'],
	DocumentReference: ['status', 'content'],
	CarePlan: ['status', 'intent', 'subject'],
	Practitioner: [],
	PractitionerRole: [],
	Organization: [],
	Schedule: ['actor'],
	Slot: ['schedule', 'status', 'start', 'end'],
	Appointment: ['status', 'participant']
};

function walk(value: unknown, visit: (node: Record<string, unknown>, path: string) => void, path = ''): void {
	if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${path}[${i}]`));
	else if (value && typeof value === 'object') {
		visit(value as Record<string, unknown>, path);
		for (const [key, child] of Object.entries(value)) walk(child, visit, path ? `${path}.${key}` : key);
	}
}

const worldResources: Resource[] = [
	world.organization,
	...world.payers,
	...world.practitioners,
	...world.practitionerRoles,
	...world.schedule.schedules,
	...world.schedule.slots,
	...world.schedule.appointments
];
const worldKeys = new Set(worldResources.map((r) => `${r.resourceType}/${r.id}`));
const allPatientKeys = new Set(records.map((r) => `Patient/${r.patient.id}`));

describe('FHIR validity', () => {
	test('every resource has its required elements', () => {
		const offenders: string[] = [];
		for (const resource of [...records.flatMap((r) => [r.patient, ...r.resources]), ...worldResources]) {
			const required = REQUIRED[resource.resourceType];
			if (!required) {
				offenders.push(`${resource.id}: unexpected type ${resource.resourceType}`);
				continue;
			}
			for (const field of required) {
				const value = (resource as unknown as Record<string, unknown>)[field];
				if (value === undefined || (Array.isArray(value) && value.length === 0)) offenders.push(`${resource.resourceType}/${resource.id}: missing ${field}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('ids are unique, stable in shape, and lastUpdated is the scenario instant', () => {
		const seen = new Set<string>();
		const offenders: string[] = [];
		for (const resource of records.flatMap((r) => [r.patient, ...r.resources])) {
			const key = `${resource.resourceType}/${resource.id}`;
			if (seen.has(key)) offenders.push(`duplicate ${key}`);
			seen.add(key);
			if (!/^(p-\d{6}|[a-z]+-\d{6}-\d{3,})$/.test(resource.id ?? '')) offenders.push(`odd id ${key}`);
			if (resource.meta?.lastUpdated !== lastUpdated) offenders.push(`${key} lastUpdated ${resource.meta?.lastUpdated}`);
		}
		expect(offenders).toEqual([]);
	});

	test('references resolve within the patient record, or to the clinic world', () => {
		const offenders: string[] = [];
		for (const record of records) {
			const local = new Set([record.patient, ...record.resources].map((r) => `${r.resourceType}/${r.id}`));
			for (const resource of [record.patient, ...record.resources]) {
				const contained = new Set(((resource as { contained?: Resource[] }).contained ?? []).map((c) => `#${c.id}`));
				walk(resource, (node, path) => {
					const ref = node.reference;
					if (typeof ref !== 'string') return;
					const ok = ref.startsWith('#') ? contained.has(ref) : local.has(ref) || worldKeys.has(ref);
					if (!ok) offenders.push(`${resource.resourceType}/${resource.id}.${path}: ${ref}`);
				});
			}
		}
		for (const resource of worldResources) {
			walk(resource, (node, path) => {
				const ref = node.reference;
				if (typeof ref === 'string' && !worldKeys.has(ref) && !allPatientKeys.has(ref)) offenders.push(`${resource.id}.${path}: ${ref}`);
			});
		}
		expect(offenders).toEqual([]);
	});

	test('every coding names a known system and has a code and display', () => {
		const offenders = new Set<string>();
		for (const resource of [...records.flatMap((r) => [r.patient, ...r.resources]), ...worldResources]) {
			walk(resource, (node, path) => {
				if (!Array.isArray(node.coding)) return;
				for (const coding of node.coding as { system?: string; code?: string; display?: string }[]) {
					if (!coding.system || !KNOWN_CODING_SYSTEMS.has(coding.system)) offenders.add(`${resource.resourceType}.${path.replace(/\[\d+\]/g, '[]')}: ${coding.system}`);
					if (!coding.code || !coding.display) offenders.add(`${resource.resourceType}.${path}: ${coding.system}|${coding.code} without code or display`);
				}
			});
		}
		expect([...offenders]).toEqual([]);
	});

	test('registered patients carry an MRN (type MR, system urn:chartroom:mrn); the walk-in has none', () => {
		for (const record of records) {
			const mrn = record.patient.identifier?.find((i) => i.system === CHARTROOM.mrn);
			if (record.registered) {
				expect(mrn?.value, record.patient.id).toMatch(/^\d{8}$/);
				expect(mrn?.type?.coding?.[0]).toEqual({ system: HL7.identifierType, code: 'MR', display: 'Medical record number' });
			} else expect(mrn).toBeUndefined();
		}
		const mrns = records.flatMap((r) => r.patient.identifier?.map((i) => i.value) ?? []);
		expect(new Set(mrns).size).toBe(mrns.length);
	});

	test('vital signs follow the vital-signs profile: category, BP panel with two components, UCUM quantities', () => {
		const offenders: string[] = [];
		for (const record of records) {
			for (const o of ofType(record, 'Observation')) {
				if (o.category?.[0]?.coding?.[0]?.code !== 'vital-signs') continue;
				if (!o.subject || !o.effectiveDateTime || !o.encounter) offenders.push(`${o.id}: subject/effective/encounter`);
				if (o.code.coding?.[0]?.code === '85354-9') {
					if (o.component?.length !== 2 || o.valueQuantity) offenders.push(`${o.id}: BP panel shape`);
				} else if (o.valueQuantity?.system !== HL7.ucum || typeof o.valueQuantity.value !== 'number') offenders.push(`${o.id}: quantity`);
			}
		}
		expect(offenders).toEqual([]);
	});

	test('progress notes are final LOINC 11506-3 text/plain attachments with every placeholder filled', () => {
		const offenders: string[] = [];
		let notes = 0;
		for (const record of records) {
			for (const d of ofType(record, 'DocumentReference')) {
				notes++;
				const attachment = d.content[0]?.attachment;
				const text = decodeNote(attachment?.data ?? '');
				if (d.docStatus !== 'final' || d.type?.coding?.[0]?.code !== '11506-3' || attachment?.contentType !== 'text/plain') offenders.push(`${d.id}: header`);
				if (!d.context?.encounter?.[0] || !d.author?.[0]) offenders.push(`${d.id}: context or author`);
				if (/[{}]/.test(text) || text.includes('undefined') || text.includes('NaN')) offenders.push(`${d.id}: ${text.split('\n').find((l) => /[{}]|undefined|NaN/.test(l))}`);
				if (!text.includes('ASSESSMENT') && !text.includes('PLAN')) offenders.push(`${d.id}: no assessment or plan`);
			}
		}
		expect(notes).toBeGreaterThan(500);
		expect(offenders).toEqual([]);
	});

	test('encounters are finished ambulatory visits with a type, a reason and a clinician', () => {
		const offenders = records.flatMap((r) =>
			ofType(r, 'Encounter')
				.filter((e) => e.status !== 'finished' || e.class.code !== 'AMB' || !e.type?.length || !e.reasonCode?.length || !e.participant?.[0]?.individual)
				.map((e) => e.id)
		);
		expect(offenders).toEqual([]);
	});

	test('the walk-in has intake data only: Patient, Coverage and allergy statements', () => {
		const walkin = records.find((r) => r.castKey === 'walkin');
		expect(walkin?.registered).toBe(false);
		expect(new Set(walkin?.resources.map((r) => r.resourceType))).toEqual(
			new Set(walkin?.resources.some((r) => r.resourceType === 'AllergyIntolerance') ? ['Coverage', 'AllergyIntolerance'] : ['Coverage'])
		);
		expect(walkin?.patient.meta?.tag).toContainEqual({ system: CHARTROOM.flag, code: 'unregistered', display: 'Walk-in, not yet registered' });
	});
});
