import { expect, test } from 'vitest';
import { checkElementPath, isResourceType } from './fhir-element-path';

test.each([
	'Patient',
	'Patient.name.family',
	'Patient.name.id',
	'Patient.identifier.value',
	'Observation.value',
	'Observation.valueQuantity.value',
	'Claim.diagnosis.diagnosisCodeableConcept.coding.code',
	'Questionnaire.item.item.linkId',
	'AllergyIntolerance.patient.reference',
	'Patient.meta.lastUpdated'
])('%s is a real element path', (path) => {
	expect(checkElementPath(path)).toBeUndefined();
});

test.each([
	['Claim.foo', 'unknown field "Claim.foo"'],
	['Patient.name.famly', 'unknown field "Patient.name.famly"'],
	['Patient.birthDate.year', 'unknown field "Patient.birthDate.year"'],
	['Patinet.name', 'unknown resource type "Patinet"'],
	['HumanName.family', 'unknown resource type "HumanName"'],
	["Patient.where(id = 'x')", `"Patient.where(id = 'x')" is not an element path (names joined by dots); write a FHIRPath expression under fhirpath: instead`]
])('%s: %s', (path, message) => {
	expect(checkElementPath(path)).toBe(message);
});

test('resource types', () => {
	expect([isResourceType('Bundle'), isResourceType('Patient'), isResourceType('Coding')]).toEqual([true, true, false]);
});
