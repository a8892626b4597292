import { describe, expect, test } from 'vitest';
import type { DocumentReference } from '@medplum/fhirtypes';
import { paperValues } from '../paper/intake-document';
import { buildLessonCast, generateCastRecords } from './cast-context-from-records';
import { paperIntakeValues } from './paper-intake-values';
import type { Scenario } from './lesson-schema';

const scenario = (paperIntake?: Scenario['cast'][string]['paperIntake']): Scenario => ({
	seed: 'paper-values',
	perLearner: false,
	cohort: 0,
	today: '2024-06-03',
	cast: { patient: { template: 'essential-hypertension', sex: 'female', age: 58, ...(paperIntake ? { paperIntake } : {}) } }
});

describe('paperIntakeValues', () => {
	test('a cast member with paperIntake has the scanned form in the chart, and keys name what it adds', () => {
		const [record] = generateCastRecords(scenario(['allergy-not-in-chart', 'medication-not-in-chart', 'new-phone']));
		const scans = record!.resources.filter((r): r is DocumentReference => r.resourceType === 'DocumentReference' && paperValues(r) !== undefined);
		expect(scans).toHaveLength(1);
		expect(scans[0]!.subject?.reference).toBe(`Patient/${record!.patient.id}`);
		const paper = paperValues(scans[0]!)!;
		const values = paperIntakeValues(record!.resources)!;
		expect(values.differences).toBe('allergy-not-in-chart, medication-not-in-chart, new-phone');
		expect(values.phone).toBe(paper.demographics.phone);
		expect(values.phone).not.toBe(record!.patient.telecom?.find((t) => t.system === 'phone')?.value);
		// The added allergy and medication are coded, so a key can ask for the code the form would store.
		expect(values.allergy.substance).toBe(paper.allergies.at(-1)!.substance);
		expect(values.allergy.code).toMatch(/^\d+$/);
		expect(values.allergy.reactionCode).toMatch(/^\d+$/);
		expect(['mild', 'moderate']).toContain(values.allergy.severity);
		expect(values.medication.rxcui).toBe(paper.medications.at(-1)!.rxcui);
		const chartCodes = record!.resources.flatMap((r) => (r.resourceType === 'AllergyIntolerance' ? (r.code?.coding ?? []).map((c) => c.code) : []));
		expect(chartCodes).not.toContain(values.allergy.code);
	});

	test('the cast context offers paper values only to members the scenario gives a form', () => {
		expect(buildLessonCast(scenario(['new-phone'])).context.cast.patient!.paper?.differences).toBe('new-phone');
		expect(buildLessonCast(scenario([])).context.cast.patient!.paper?.phone).toBe(buildLessonCast(scenario([])).context.cast.patient!.phone);
		expect(buildLessonCast(scenario()).context.cast.patient!.paper).toBeUndefined();
		expect(generateCastRecords(scenario())[0]!.resources.some((r) => r.resourceType === 'DocumentReference' && paperValues(r) !== undefined)).toBe(false);
	});

	test('the same scenario writes the same paper, so keys and the chart agree', () => {
		const once = buildLessonCast(scenario(['allergy-not-in-chart'])).context.cast.patient!.paper;
		expect(buildLessonCast(scenario(['allergy-not-in-chart'])).context.cast.patient!.paper).toEqual(once);
	});
});
