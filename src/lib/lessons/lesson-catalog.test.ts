import { describe, expect, test } from 'vitest';
import type { MedicationRequest, AllergyIntolerance } from '@medplum/fhirtypes';
import { compareDiagnosisCodes } from '../codes/compare-codes';
import { gradeAttempt } from '../grading/grade-attempt';
import { buildCastContext, generateCastRecords } from './cast-context-from-records';
import { buildLessonCatalog, lessonCatalog } from './lesson-catalog';
import { solutionEvidence } from './solution-evidence';

const options = { compareCodesBySystem: { 'icd-10-cm': compareDiagnosisCodes } };

describe('lessonCatalog', () => {
	test('every shipped lesson is readable and has its story', () => {
		expect(lessonCatalog.length).toBeGreaterThanOrEqual(4);
		for (const entry of lessonCatalog) {
			expect(entry.findings.filter((one) => one.severity === 'error'), entry.fileName).toEqual([]);
			expect(entry.lesson?.id).toBe(entry.id);
			expect(entry.story, entry.fileName).toBeDefined();
		}
	});

	test('every reference solution scores 100 % against the cast a learner really gets', () => {
		for (const { lesson, fileName } of lessonCatalog) {
			if (lesson === undefined) continue;
			const context = buildCastContext(lesson.scenario);
			const run = solutionEvidence(lesson, context);
			const result = gradeAttempt(lesson, run.evidence, context, options);
			expect([fileName, result.percent, result.findings.filter((one) => one.severity !== 'info')]).toEqual([fileName, 100, []]);
		}
	});

	test('the chart-reading lesson asks what the generated chart shows', () => {
		const lesson = lessonCatalog.find((entry) => entry.id === 'answer-from-the-chart')?.lesson;
		expect(lesson).toBeDefined();
		const [regular] = generateCastRecords(lesson!.scenario);
		const medications = regular!.resources.filter((r): r is MedicationRequest => r.resourceType === 'MedicationRequest' && r.status === 'active');
		expect(medications.some((m) => /metformin/i.test(m.medicationCodeableConcept?.text ?? m.medicationCodeableConcept?.coding?.[0]?.display ?? ''))).toBe(true);
		expect(medications.some((m) => /insulin|warfarin|levothyroxine/i.test(JSON.stringify(m.medicationCodeableConcept)))).toBe(false);
		const allergies = regular!.resources.filter((r): r is AllergyIntolerance => r.resourceType === 'AllergyIntolerance');
		expect(allergies.map((a) => a.code?.coding?.[0]?.code)).toContain('70618');
	});
});

test('the problem-list coding lesson keys exactly the problems the generated chart lists', () => {
	const lesson = lessonCatalog.find((entry) => entry.id === 'code-from-the-problem-list')?.lesson;
	const exercise = lesson?.exercises['visit-codes'];
	const [patient] = generateCastRecords(lesson!.scenario);
	const problems = patient!.resources.flatMap((resource) =>
		resource.resourceType === 'Condition' && resource.clinicalStatus?.coding?.[0]?.code === 'active'
			? (resource.code?.coding ?? []).filter((coding) => coding.system === 'http://hl7.org/fhir/sid/icd-10-cm').map((coding) => coding.code)
			: []
	);
	expect(exercise?.kind === 'answer' && [...(exercise.key as string[])].sort()).toEqual([...problems].sort());
});

describe('buildLessonCatalog', () => {
	const good = `---
id: tiny
title: Tiny
module: coding
role: coder
minutes: 5
objectives: [Code]
domains: [rhit:revenue-cycle]
scenario: { seed: 1, cohort: 0, today: 2024-06-03 }
exercises:
  one: { kind: answer, prompt: Code it, input: code, key: "I10" }
---
<Exercise id="one" />
`;

	test('a broken file keeps its findings and does not hide the others', () => {
		const catalog = buildLessonCatalog({ '/lessons/coding/01-tiny.md': good, '/lessons/coding/02-broken.md': '---\nid: [\n---\n' });
		expect(catalog.map((entry) => [entry.id, entry.module, entry.lesson !== undefined])).toEqual([
			['tiny', 'coding', true],
			['02-broken', 'coding', false]
		]);
		expect(catalog[1]!.findings[0]!.where).toMatch(/^lessons\/coding\/02-broken\.md:\d+: /);
	});

	test('a second lesson with the same id is not offered', () => {
		const catalog = buildLessonCatalog({ '/lessons/coding/01-tiny.md': good, '/lessons/coding/02-tiny.md': good });
		expect(catalog[0]!.lesson).toBeDefined();
		expect(catalog[1]!.lesson).toBeUndefined();
		expect(catalog[1]!.id).not.toBe('tiny');
		expect(catalog[1]!.findings.map((one) => one.code)).toContain('lesson.duplicate-id');
	});
});
