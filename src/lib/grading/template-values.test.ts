import { describe, expect, test } from 'vitest';
import { fillText, findCastReferences, resolveTemplate, resolveTemplates, type CastContext } from './template-values';
import { walkinContext } from './__fixtures__/cast-context';

const context: CastContext = walkinContext;

describe('findCastReferences', () => {
	test('finds double- and single-brace references', () => {
		expect(findCastReferences('Mrs. {walkin.name} born {{ walkin.birthDate }}')).toEqual([
			{ written: '{walkin.name}', member: 'walkin', path: ['name'], index: 5 },
			{ written: '{{ walkin.birthDate }}', member: 'walkin', path: ['birthDate'], index: 24 }
		]);
	});

	test('ignores Svelte blocks, regex counts and bare single braces', () => {
		expect(findCastReferences('{#if done} ^\\d{3}$ {walkin} {}')).toEqual([]);
	});

	test('reads numeric path segments', () => {
		expect(findCastReferences('{{walkin.patient.telecom.0.value}}')[0]?.path).toEqual(['patient', 'telecom', '0', 'value']);
	});
});

describe('resolveTemplate', () => {
	test('a whole-text reference keeps the value type', () => {
		expect(resolveTemplate('{{walkin.age}}', context, 'k')).toEqual({ value: 44, findings: [] });
	});

	test('references inside text become strings', () => {
		expect(resolveTemplate("Patient/{{walkin.id}} is {walkin.name}", context, 'k').value).toBe(
			'Patient/walkin-1042 is Maria Lopez'
		);
	});

	test('{{today}} is the scenario date', () => {
		expect(resolveTemplate('{{today}}', context, 'k').value).toBe('2024-06-03');
	});

	test('an unknown cast member is a finding naming the cast', () => {
		const resolved = resolveTemplate('{{walkni.birthDate}}', context, 'exercises.dob.key');
		expect(resolved.value).toBe('{{walkni.birthDate}}');
		expect(resolved.findings).toEqual([
			{
				severity: 'error',
				code: 'template.unknown-cast-member',
				where: 'exercises.dob.key',
				message: '{{walkni.birthDate}}: no cast member "walkni" (cast: walkin)'
			}
		]);
	});

	test('an unknown field names the first missing step', () => {
		const resolved = resolveTemplate('{{walkin.name.middle.first}}', context, 'k');
		expect(resolved.findings.map((f) => [f.code, f.message])).toEqual([
			['template.unknown-field', '{{walkin.name.middle.first}}: the cast has no value "walkin.name.middle"']
		]);
	});

	test('a group of values is refused unless it has a text', () => {
		expect(resolveTemplate('{{walkin.patient}}', context, 'k').findings[0]?.code).toBe('template.not-a-value');
		expect(resolveTemplate('{{walkin.address}}', context, 'k').value).toBe('12 Elm St, Springfield, IL 62701');
	});

	test('inherited object properties are not values', () => {
		expect(resolveTemplate('{{walkin.constructor}}', context, 'k').findings[0]?.code).toBe('template.unknown-field');
	});
});

describe('resolveTemplates', () => {
	test('fills strings deep inside a resource', () => {
		const resolved = resolveTemplates(
			{ resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/{{walkin.id}}' }, note: [{ text: '{{today}}' }] },
			context,
			'k'
		);
		expect(resolved.value).toEqual({
			resourceType: 'AllergyIntolerance',
			patient: { reference: 'Patient/walkin-1042' },
			note: [{ text: '2024-06-03' }]
		});
	});
});

describe('fillText', () => {
	test('fills what it can and leaves unknown references as written', () => {
		expect(fillText("Find {walkin.name}'s chart, not {nobody.name}'s", context)).toBe("Find Maria Lopez's chart, not {nobody.name}'s");
	});
});
