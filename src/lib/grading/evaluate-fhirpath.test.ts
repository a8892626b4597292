import { expect, test } from 'vitest';
import { checkFhirPathSyntax, evaluateFhirPath } from './evaluate-fhirpath';

const resources = [
	{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Lopez' }] },
	{ resourceType: 'Observation', id: 'o1', valueQuantity: { value: 72.5, unit: 'kg' } }
];

test('evaluates over a list of resources, with choice types', () => {
	expect(evaluateFhirPath(resources, 'Patient.name.family')).toEqual({ ok: true, values: ['Lopez'] });
	expect(evaluateFhirPath(resources, 'Observation.value')).toEqual({ ok: true, values: [{ value: 72.5, unit: 'kg' }] });
});

test('leaves the input untouched', () => {
	const before = JSON.stringify(resources);
	evaluateFhirPath(resources, 'Observation.value.value');
	expect(JSON.stringify(resources)).toBe(before);
});

test('syntax errors name line and column', () => {
	expect(checkFhirPathSyntax('Patient.where(')).toMatch(/^line: 1; column: 14; message: /);
	expect(checkFhirPathSyntax("Patient.where(id = 'x').name")).toBeUndefined();
	expect(evaluateFhirPath(resources, 'Patient.where(').ok).toBe(false);
});
