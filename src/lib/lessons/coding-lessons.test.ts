/**
 * Every lesson of the coding module, graded through the same functions as the lesson page (with
 * the ICD-10-CM comparer's partial credit): the reference solution scores 100 %, a careless
 * attempt scores low and its feedback names what is wrong. The claims lesson is also held to the
 * clinic a learner gets: its visit is in the coding queue, the note supports the key, and the
 * scrubber raises exactly the edits its answer key lists on the encounter form as marked.
 */
import { describe, expect, test } from 'vitest';
import type { Condition, Coverage, DocumentReference, Encounter, Patient, Resource } from '@medplum/fhirtypes';
import { compareDiagnosisCodes } from '$lib/codes/compare-codes';
import { ICD10CM_CURATED_SET } from '$lib/codes/data/icd10cm-curated';
import { Icd10cmCatalog } from '$lib/codes/icd10cm-catalog';
import { validateIcdCode } from '$lib/codes/validate-code';
import { buildClaim, claimIdFor, type ClaimContext } from '$lib/coding/build-claim';
import { isInCodingBacklog } from '$lib/coding/choose-for-coding';
import type { CodingWorksheet } from '$lib/coding/coding-worksheet';
import { withBillingDiagnoses } from '$lib/coding/encounter-billing';
import { scrubClaim } from '$lib/coding/scrub-claim';
import { SENT_TO_CODING, withWorkflowTag } from '$lib/coding/workflow-tags';
import { ageInYears } from '$lib/record/patient-display';
import { gradeAttempt, type AttemptEvidence, type AttemptResult } from '../grading/grade-attempt';
import type { LearnerAnswer } from '../grading/grade-answer';
import type { GradingOptions } from '../grading/grade-exercise';
import { buildLessonCast } from './cast-context-from-records';
import { lessonCatalog } from './lesson-catalog';
import type { Lesson } from './lesson-schema';
import { solutionEvidence } from './solution-evidence';

/** As the lesson page grades (lesson-attempt.svelte.ts): half credit for the right category. */
const GRADING: GradingOptions = { compareCodesBySystem: { 'icd-10-cm': compareDiagnosisCodes } };
const catalog = new Icd10cmCatalog(ICD10CM_CURATED_SET);

function lessonById(id: string): Lesson {
	const lesson = lessonCatalog.find((entry) => entry.id === id)?.lesson;
	if (!lesson) throw new Error(`no lesson ${id}`);
	return lesson;
}

function gradeWith(lesson: Lesson, evidence: AttemptEvidence): AttemptResult {
	return gradeAttempt(lesson, evidence, buildLessonCast(lesson.scenario).context, GRADING);
}

function answers(given: Record<string, LearnerAnswer>): AttemptEvidence {
	return Object.fromEntries(Object.entries(given).map(([id, answer]) => [id, { kind: 'answer', answer }]));
}

/** "label: expected … found …" of each check that did not earn all its points. */
function shortfalls(result: AttemptResult): string[] {
	return result.exercises.flatMap((exercise) =>
		exercise.checks.filter((check) => check.earned < check.possible).map((check) => `${check.label}: ${check.earned}/${check.possible}; expected ${check.expected}, found ${check.found}`)
	);
}

test('the coding module has the lessons this file grades', () => {
	const ids = lessonCatalog.filter((entry) => entry.module === 'coding').map((entry) => entry.id);
	expect(ids.sort()).toEqual(['code-from-the-problem-list', 'code-primary-care-diagnoses', 'fix-what-the-scrubber-flags', 'use-the-encoder']);
});

describe.each(['code-primary-care-diagnoses', 'use-the-encoder', 'code-from-the-problem-list', 'fix-what-the-scrubber-flags'])('%s', (id) => {
	test('the reference solution scores 100 %', () => {
		const lesson = lessonById(id);
		const cast = buildLessonCast(lesson.scenario);
		const result = gradeAttempt(lesson, solutionEvidence(lesson, cast.context, cast.chart).evidence, cast.context, GRADING);
		expect(shortfalls(result)).toEqual([]);
		expect(result.percent).toBe(100);
		expect(result.passed).toBe(true);
	});
});

describe('careless coding earns part of the points and says why', () => {
	test('code-primary-care-diagnoses: unspecific codes, the reason for the visit second, an abnormal-findings physical', () => {
		const result = gradeWith(
			lessonById('code-primary-care-diagnoses'),
			answers({ 'diabetes-visit': ['I10', 'E11.9'], 'sore-throat-visit': ['J02.9'], 'physical-visit': ['Z00.01'] })
		);
		expect(result.passed).toBe(false);
		expect(result.percent).toBeLessThan(50);
		expect(shortfalls(result)).toEqual([
			expect.stringMatching(/^Visit 1 — diabetes follow-up: .*expected E11\.65, I10, Z79\.84, found I10, E11\.9$/),
			expect.stringMatching(/^Visit 2 — sore throat: 1\/2; expected J02\.0, found J02\.9$/),
			expect.stringMatching(/^Visit 3 — annual physical: 1\/2; expected Z00\.00, found Z00\.01$/)
		]);
	});

	test('use-the-encoder: a neighbouring category and unspecified laterality', () => {
		const result = gradeWith(lessonById('use-the-encoder'), answers({ thyroid: ['E07.9'], lipids: ['E78.00'], ear: ['H66.90'] }));
		expect(result.percent).toBe(25);
		expect(shortfalls(result)).toEqual([
			'Hypothyroidism: 0/2; expected E03.9, found E07.9',
			'Hyperlipidemia: 1/2; expected E78.5, found E78.00',
			'Otitis media: 1/2; expected H66.92, found H66.90',
			'Urinary tract infection: 0/2; expected "N39.0", found not attempted'
		]);
	});

	test('code-from-the-problem-list: the diabetes unspecific and second, the lipids and status code left out', () => {
		const result = gradeWith(lessonById('code-from-the-problem-list'), answers({ 'visit-codes': ['I10', 'E11.9'] }));
		expect(result.percent).toBeLessThan(50);
		expect(shortfalls(result)).toEqual([expect.stringMatching(/^The visit's diagnosis codes: .*expected E11\.65, I10, E78\.5, Z79\.84, found I10, E11\.9$/)]);
	});
});

describe('fix-what-the-scrubber-flags, on the clinic a learner gets', () => {
	const lesson = lessonById('fix-what-the-scrubber-flags');
	const cast = buildLessonCast(lesson.scenario);
	const patient = cast.chart.find((r): r is Patient & { id: string } => r.resourceType === 'Patient')!;
	const encounter = cast.chart.find((r): r is Encounter & { id: string } => r.resourceType === 'Encounter' && r.period?.start?.startsWith('2024-05-26') === true)!;
	const coverage = cast.chart.find((r): r is Coverage & { id: string } => r.resourceType === 'Coverage' && r.status === 'active');
	const conditions = cast.chart.filter((r): r is Condition => r.resourceType === 'Condition');
	const context: ClaimContext = {
		encounter: withWorkflowTag(encounter, SENT_TO_CODING),
		patient,
		...(coverage ? { coverage } : {}),
		billingProvider: { reference: 'Organization/org-clinic', display: 'The practice' },
		coder: { id: 'cd-mbeki', name: 'Thandi Mbeki' },
		created: '2024-06-03T14:00:00.000Z',
		status: 'active'
	};
	const worksheet = (codes: string[], pointers: string[]): CodingWorksheet => ({
		diagnoses: codes.map((code) => ({ code, title: catalog.find(code)?.title ?? '' })),
		lines: [{ system: 'cpt', code: '99213', units: 1, pointers }],
		queries: []
	});
	/** What submitting writes: the claim, and the encounter with the claim's billing diagnoses. */
	function submitted(sheet: CodingWorksheet): AttemptEvidence['claim'] {
		const claim = buildClaim(sheet, context);
		const coded = withBillingDiagnoses(context.encounter, claim, conditions);
		const after: Resource[] = [...cast.chart.filter((r) => r !== encounter), coded, claim];
		return { kind: 'record', before: cast.chart, after };
	}

	test('the visit is in the coding queue, the claim id is the one the solution writes, and the note supports the key', () => {
		expect(encounter.id).toBe('enc-000000-027');
		expect(isInCodingBacklog(encounter, { today: lesson.scenario.today, seed: lesson.scenario.seed })).toBe(true);
		const exercise = lesson.exercises['claim'];
		expect(exercise?.kind === 'record' && exercise.solution?.[0]).toMatchObject({ resourceType: 'Claim', id: claimIdFor(encounter.id) });
		expect(coverage).toBeDefined();
		const note = cast.chart.find((r): r is DocumentReference => r.resourceType === 'DocumentReference' && r.context?.encounter?.[0]?.reference === `Encounter/${encounter.id}`);
		const text = Buffer.from(note?.content[0]?.attachment.data ?? '', 'base64').toString('utf8');
		expect(text).toContain('Follow-up of type 2 diabetes');
		expect(text).toMatch(/ASSESSMENT\nE11\.65 .*\nI10 /);
		expect(text).toContain('Continue metformin');
	});

	test("the scrubber raises exactly the key's edits on the encounter form as marked, and none once each is fixed", () => {
		const scrub = (sheet: CodingWorksheet) =>
			scrubClaim(buildClaim(sheet, context), {
				patient: { sex: 'male', ageYears: ageInYears(patient.birthDate!, lesson.scenario.today) },
				checkDiagnosis: (code, facts) => validateIcdCode(catalog, code, facts)
			}).map((one) => one.code);
		const key = lesson.exercises['scrubber-edits'];
		expect(scrub(worksheet(['I10', 'E11'], []))).toEqual((key?.kind === 'answer' ? (key.key as string[]) : []).map((edit) => `claim.${edit}`));
		expect(scrub(worksheet(['E11.65', 'I10', 'Z79.84'], ['E11.65', 'I10', 'Z79.84']))).toEqual([]);
		// The careless fix clears the scrubber too: only the grading can tell it from the right one.
		expect(scrub(worksheet(['I10', 'E11.9'], ['I10']))).toEqual([]);
	});

	test('the claim the coding screen writes from the note scores 100 %', () => {
		const result = gradeWith(lesson, {
			...answers({ 'scrubber-edits': ['not-billable', 'missing-pointer'], 'specific-code': ['E11.65'] }),
			claim: submitted(worksheet(['E11.65', 'I10', 'Z79.84'], ['E11.65', 'I10', 'Z79.84']))
		});
		expect(shortfalls(result)).toEqual([]);
		expect(result.percent).toBe(100);
	});

	test('a claim sent with the hypertension first, an unspecific diabetes code and no status code scores 33 %, check by check', () => {
		const result = gradeWith(lesson, {
			...answers({ 'scrubber-edits': ['missing-pointer', 'no-coverage'], 'specific-code': ['E11.9'] }),
			claim: submitted(worksheet(['I10', 'E11.9'], ['I10']))
		});
		expect(result.percent).toBe(33);
		expect(result.passed).toBe(false);
		expect(shortfalls(result)).toEqual([
			'What the scrubber flagged: 0/2; expected "not-billable", "missing-pointer", found "missing-pointer", "no-coverage"',
			'The code that replaces E11: 1/2; expected E11.65, found E11.9',
			'Diagnosis A is the reason for the visit: 0/3; expected "E11.65", found "I10"',
			'The diabetes coded as specifically as the note allows: 0/2; expected "E11.65", found "I10", "E11.9"',
			'Long-term use of oral diabetes drugs: 0/1; expected "Z79.84", found "I10", "E11.9"',
			'The visit line points to the diabetes: 0/1; expected a value, found nothing'
		]);
	});

	test('a claim coded right but left as a draft loses only the submission', () => {
		const draft = { ...context, status: 'draft' as const };
		const claim = buildClaim(worksheet(['E11.65', 'I10', 'Z79.84'], ['E11.65']), draft);
		const result = gradeWith(lesson, {
			...answers({ 'scrubber-edits': ['not-billable', 'missing-pointer'], 'specific-code': ['E11.65'] }),
			claim: { kind: 'record', before: cast.chart, after: [...cast.chart, claim] }
		});
		expect(shortfalls(result)).toEqual(['The claim was submitted: 0/1; expected "active", found "draft"']);
	});
});
