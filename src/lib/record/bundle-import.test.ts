import { describe, expect, it } from 'vitest';
import { planBundleImport } from './bundle-import';
import { patientBundle } from './bundle-export';
import type { Patient, Condition } from '@medplum/fhirtypes';

/** The shape Synthea writes: a transaction bundle with urn:uuid references. */
const synthea = {
	resourceType: 'Bundle',
	type: 'transaction',
	entry: [
		{ fullUrl: 'urn:uuid:0a1b2c3d-0000-4000-8000-000000000001', resource: { resourceType: 'Patient', id: '0a1b2c3d-0000-4000-8000-000000000001', name: [{ family: 'Hahn', given: ['Ruthe'] }], birthDate: '1961-07-04' } },
		{ fullUrl: 'urn:uuid:e-1', resource: { resourceType: 'Encounter', id: 'e-1', status: 'finished', class: { code: 'AMB' }, subject: { reference: 'urn:uuid:0a1b2c3d-0000-4000-8000-000000000001' } } },
		{ fullUrl: 'urn:uuid:c-1', resource: { resourceType: 'Condition', id: 'c-1', subject: { reference: 'urn:uuid:0a1b2c3d-0000-4000-8000-000000000001' }, encounter: { reference: 'urn:uuid:e-1' }, code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006' }] } } },
		{ fullUrl: 'urn:uuid:org-1', resource: { resourceType: 'Organization', id: 'org-1', name: 'Clinic' } },
		{ fullUrl: 'urn:uuid:eob-1', resource: { resourceType: 'ExplanationOfBenefit', id: 'eob-1' } }
	]
};

describe('planBundleImport', () => {
	it('accepts a Synthea bundle, rewriting urn:uuid references and skipping types Chartroom does not keep', () => {
		const plan = planBundleImport(structuredClone(synthea), 'hahn.json');
		expect(plan.resources.map((r) => r.resourceType)).toEqual(['Patient', 'Encounter', 'Condition']);
		const condition = plan.resources[2] as Condition;
		expect(condition.subject.reference).toBe('Patient/0a1b2c3d-0000-4000-8000-000000000001');
		expect(condition.encounter?.reference).toBe('Encounter/e-1');
		expect(plan.findings.map((f) => [f.severity, f.code, f.message])).toEqual([
			['info', 'import.skipped-type', '1 Organization resource skipped: Chartroom does not keep Organization.'],
			['info', 'import.skipped-type', '1 ExplanationOfBenefit resource skipped: Chartroom does not keep ExplanationOfBenefit.']
		]);
	});

	it('refuses a file that is not a Bundle', () => {
		const plan = planBundleImport({ resourceType: 'Patient', id: 'x' }, 'p.json');
		expect(plan.resources).toEqual([]);
		expect(plan.findings.map((f) => [f.code, f.where])).toEqual([['import.not-a-bundle', 'p.json']]);
	});

	it('refuses the whole bundle when one resource is malformed, saying where', () => {
		const broken = structuredClone(synthea);
		delete (broken.entry[1]!.resource as Record<string, unknown>).status;
		const plan = planBundleImport(broken, 'hahn.json');
		expect(plan.resources).toEqual([]);
		expect(plan.findings.map((f) => [f.code, f.where, f.message])).toEqual([
			['import.missing-element', 'hahn.json: Bundle.entry[1].resource.status', 'Encounter.status is required by FHIR R4 and is missing.']
		]);
	});

	it('refuses a bundle without a patient', () => {
		const plan = planBundleImport({ resourceType: 'Bundle', type: 'collection', entry: [synthea.entry[3]] }, 'org.json');
		expect(plan.findings.map((f) => f.code)).toContain('import.no-patient');
	});

	it('round-trips an exported chart', () => {
		const patient: Patient = { resourceType: 'Patient', id: 'p-1', name: [{ family: 'Ito' }] };
		const condition: Condition = { resourceType: 'Condition', id: 'c-9', subject: { reference: 'Patient/p-1' } };
		const plan = planBundleImport(JSON.parse(JSON.stringify(patientBundle(patient, [condition], '2026-11-23T00:00:00Z'))), 'export.json');
		expect(plan.resources).toEqual([patient, condition]);
		expect(plan.findings).toEqual([]);
	});
});
