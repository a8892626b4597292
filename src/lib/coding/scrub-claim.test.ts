import { describe, expect, test } from 'vitest';
import { ICD10CM_CURATED_SET } from '$lib/codes/data/icd10cm-curated';
import { Icd10cmCatalog } from '$lib/codes/icd10cm-catalog';
import { validateIcdCode, type PatientFacts } from '$lib/codes/validate-code';
import { CONTEXT } from './__fixtures__/coding-case';
import { buildClaim } from './build-claim';
import { addQuery, type CodingWorksheet, type ServiceLineDraft } from './coding-worksheet';
import { scrubClaim, type ScrubContext } from './scrub-claim';

const catalog = new Icd10cmCatalog(ICD10CM_CURATED_SET);
const title = (code: string) => catalog.find(code)?.title ?? '';

function context(patient: PatientFacts = { sex: 'female', ageYears: 63 }): ScrubContext {
	return { patient, checkDiagnosis: (code, facts) => validateIcdCode(catalog, code, facts) };
}

function worksheet(codes: string[], lines: ServiceLineDraft[]): CodingWorksheet {
	return { diagnoses: codes.map((code) => ({ code, title: title(code) })), lines, queries: [] };
}

const visit = (pointers: string[]): ServiceLineDraft => ({ system: 'cpt', code: '99213', units: 1, pointers });

/** [code, where] of each finding: what the tests pin. */
function scrub(ws: CodingWorksheet, ctx = context(), claimContext = CONTEXT) {
	return scrubClaim(buildClaim(ws, claimContext), ctx).map((f) => [f.code, f.where]);
}

describe('a clean claim', () => {
	test('has no findings', () => {
		const ws = worksheet(['E11.9', 'I10', 'Z23'], [
			visit(['E11.9', 'I10']),
			{ system: 'cvx', code: '150', units: 1, pointers: ['Z23'] },
			{ system: 'hcpcs', code: 'G0008', units: 1, pointers: ['Z23'] }
		]);
		expect(scrubClaim(buildClaim(ws, CONTEXT), context())).toEqual([]);
	});
});

describe('diagnoses', () => {
	test('no diagnosis at all: no primary diagnosis, and the line has nothing to point to', () => {
		expect(scrub(worksheet([], [visit([])]))).toEqual([
			['claim.no-primary-diagnosis', 'Claim.diagnosis'],
			['claim.missing-pointer', 'Claim.item[0].diagnosisSequence']
		]);
	});

	test('a header code is not billable: the message names the letter and an example code', () => {
		const [found] = scrubClaim(buildClaim(worksheet(['E11'], [visit(['E11'])]), CONTEXT), context());
		expect(found).toEqual({
			severity: 'error',
			code: 'claim.not-billable',
			where: 'Claim.diagnosis[0]',
			message: 'Diagnosis A: E11 is a category: it needs more characters (e.g. E11.9).',
			hint: 'E11 Type 2 diabetes mellitus: pick the code under it that the documentation supports.'
		});
	});

	test('a pregnancy code on a male patient is a sex conflict', () => {
		const ws = worksheet(['I10', 'O24.410'], [visit(['I10', 'O24.410'])]);
		const findings = scrubClaim(buildClaim(ws, CONTEXT), context({ sex: 'male', ageYears: 40 }));
		expect(findings.map((f) => [f.severity, f.code, f.where])).toEqual([['error', 'claim.sex-conflict', 'Claim.diagnosis[1]']]);
		expect(findings[0]!.message).toBe(
			'Diagnosis B: O24.410 (Gestational diabetes mellitus in pregnancy, diet controlled) is a maternity code, for female patients; this patient is recorded as male.'
		);
	});

	test('a child health examination on an adult is an age conflict', () => {
		expect(scrub(worksheet(['Z00.129'], [visit(['Z00.129'])]), context({ sex: 'female', ageYears: 45 }))).toEqual([
			['claim.age-conflict', 'Claim.diagnosis[0]']
		]);
	});

	test('a perinatal code on an older child stays a warning: it may still be present (Guidelines I.C.16.a.4)', () => {
		const findings = scrubClaim(buildClaim(worksheet(['P07.38'], [visit(['P07.38'])]), CONTEXT), context({ sex: 'male', ageYears: 3 }));
		expect(findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'claim.age-conflict']]);
	});

	test('a code that is not in the code set is refused', () => {
		expect(scrub(worksheet(['E11.99'], [visit(['E11.99'])]))).toEqual([['claim.invalid-code', 'Claim.diagnosis[0]']]);
	});

	test('an external cause code cannot be listed first', () => {
		expect(scrub(worksheet(['W01.0XXA', 'S93.401A'], [visit(['S93.401A'])]))).toEqual([['claim.external-cause-first', 'Claim.diagnosis[0]']]);
		expect(scrub(worksheet(['S93.401A', 'W01.0XXA'], [visit(['S93.401A'])]))).toEqual([]);
	});

	test('the same diagnosis twice is flagged on the repeat', () => {
		const ws = worksheet(['I10', 'I10'], [visit(['I10'])]);
		expect(scrub(ws)).toEqual([['claim.duplicate-diagnosis', 'Claim.diagnosis[1]']]);
	});
});

describe('service lines', () => {
	test('a line without a pointer is flagged at its pointer field', () => {
		const ws = worksheet(['I10'], [visit(['I10']), { system: 'hcpcs', code: 'J1885', units: 2, pointers: [] }]);
		const findings = scrubClaim(buildClaim(ws, CONTEXT), context());
		expect(findings.map((f) => [f.code, f.where])).toEqual([['claim.missing-pointer', 'Claim.item[1].diagnosisSequence']]);
		expect(findings[0]!.message).toBe('Line 2 (HCPCS J1885) has no diagnosis pointer: a payer cannot tell why the service was given.');
	});

	test('no lines at all bills nothing', () => {
		expect(scrub(worksheet(['I10'], []))).toEqual([['claim.no-service-lines', 'Claim.item']]);
	});

	test('the same service twice on one date is a duplicate line', () => {
		const ws = worksheet(['I10', 'E11.9'], [visit(['I10']), visit(['E11.9'])]);
		expect(scrub(ws)).toEqual([
			['claim.duplicate-line', 'Claim.item[1]'],
			['claim.multiple-em', 'Claim.item[1]']
		]);
	});

	test('two different E/M visits on one day are a warning, not a duplicate', () => {
		const ws = worksheet(['Z00.00', 'I10'], [{ system: 'cpt', code: '99396', units: 1, pointers: ['Z00.00'] }, visit(['I10'])]);
		const findings = scrubClaim(buildClaim(ws, CONTEXT), context());
		expect(findings.map((f) => [f.severity, f.code, f.where])).toEqual([['warning', 'claim.multiple-em', 'Claim.item[1]']]);
	});

	test('a code the fee schedule does not price has no charge', () => {
		expect(scrub(worksheet(['I10'], [{ system: 'cpt', code: '99499', units: 1, pointers: ['I10'] }]))).toEqual([['claim.no-charge', 'Claim.item[0].net']]);
	});

	test('more than four pointers on a line, or a pointer to no diagnosis, are refused', () => {
		const codes = ['I10', 'E11.9', 'Z23', 'J06.9', 'E78.5'];
		const claim = buildClaim(worksheet(codes, [visit(codes)]), CONTEXT);
		expect(scrubClaim(claim, context()).map((f) => f.code)).toEqual(['claim.too-many-pointers']);
		claim.item![0]!.diagnosisSequence = [7];
		expect(scrubClaim(claim, context()).map((f) => f.code)).toEqual(['claim.pointer-unknown']);
	});

	test('a vaccine without its administration, and an administration without a vaccine, are warnings', () => {
		const product = { system: 'cvx' as const, code: '150', units: 1, pointers: ['Z23'] };
		const administration = { system: 'cpt' as const, code: '90471', units: 1, pointers: ['Z23'] };
		expect(scrub(worksheet(['Z23'], [product]))).toEqual([['claim.vaccine-without-administration', 'Claim.item[0]']]);
		expect(scrub(worksheet(['Z23'], [administration]))).toEqual([['claim.administration-without-vaccine', 'Claim.item[0]']]);
	});
});

describe('the claim as a whole', () => {
	test('no coverage means no payer to send it to', () => {
		const { coverage: _none, ...uninsured } = CONTEXT;
		expect(scrub(worksheet(['I10'], [visit(['I10'])]), context(), uninsured)).toEqual([['claim.no-coverage', 'Claim.insurance']]);
	});

	test('an open query to the provider holds the claim', () => {
		const asked = addQuery(worksheet(['I10'], [visit(['I10'])]), { question: 'Which level?', askedAt: '2024-10-15T14:00:00Z', askedBy: 'cd-mbeki' });
		if (!asked.ok) throw new Error(asked.message);
		expect(scrub(asked.worksheet)).toEqual([['claim.open-query', 'Claim.extension']]);
	});

	test('errors come before warnings', () => {
		const ws = worksheet(['E11'], [{ system: 'cvx', code: '150', units: 1, pointers: [] }]);
		expect(scrubClaim(buildClaim(ws, CONTEXT), context()).map((f) => f.severity)).toEqual(['error', 'error', 'warning']);
	});
});
