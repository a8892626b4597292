import { describe, expect, test } from 'vitest';
import { CONTEXT } from './__fixtures__/coding-case';
import { buildClaim, claimIdFor, dateOfService, worksheetFromClaim } from './build-claim';
import { addQuery, type CodingWorksheet } from './coding-worksheet';

const WORKSHEET: CodingWorksheet = {
	diagnoses: [
		{ code: 'E11.9', title: 'Type 2 diabetes mellitus without complications' },
		{ code: 'I10', title: 'Essential (primary) hypertension' },
		{ code: 'Z23', title: 'Encounter for immunization' }
	],
	lines: [
		{ system: 'cpt', code: '99214', units: 1, pointers: ['E11.9', 'I10'] },
		{ system: 'cvx', code: '150', units: 1, pointers: ['Z23'] },
		{ system: 'hcpcs', code: 'G0008', units: 1, pointers: ['Z23'] }
	],
	queries: []
};

describe('buildClaim', () => {
	const claim = buildClaim(WORKSHEET, CONTEXT);

	test('is a professional claim for the encounter, with an id derived from it', () => {
		expect(claim).toMatchObject({
			resourceType: 'Claim',
			id: 'claim-enc-7-3',
			status: 'draft',
			use: 'claim',
			type: { coding: [{ code: 'professional' }] },
			patient: { reference: 'Patient/p-000007' },
			created: '2024-10-15T14:00:00.000Z',
			insurer: { reference: 'Organization/org-bluelake' },
			provider: { reference: 'Organization/org-clinic' },
			insurance: [{ sequence: 1, focal: true, coverage: { reference: 'Coverage/cov-7' } }],
			careTeam: [{ sequence: 1, provider: { reference: 'Practitioner/pr-2' } }]
		});
		expect(claimIdFor('enc-7-3')).toBe(claim.id);
	});

	test('lists the diagnoses in the coder\'s order, the first marked principal', () => {
		expect(claim.diagnosis?.map((d) => [d.sequence, d.diagnosisCodeableConcept?.coding?.[0]?.code, d.type?.[0]?.coding?.[0]?.code])).toEqual([
			[1, 'E11.9', 'principal'],
			[2, 'I10', undefined],
			[3, 'Z23', undefined]
		]);
	});

	test('turns each line\'s pointers into diagnosis sequence numbers and prices it from the fee schedule', () => {
		expect(claim.item?.map((i) => [i.productOrService.coding?.[0]?.code, i.diagnosisSequence, i.servicedDate, i.net?.value])).toEqual([
			['99214', [1, 2], '2024-10-01', 175],
			['150', [3], '2024-10-01', 35],
			['G0008', [3], '2024-10-01', 28]
		]);
		expect(claim.total).toEqual({ value: 238, currency: 'USD' });
	});

	test('never writes a CPT description: a CPT line carries the number only', () => {
		expect(claim.item?.[0]?.productOrService).toEqual({ coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '99214' }] });
	});

	test('a line whose code has no fee gets no charge and counts nothing toward the total', () => {
		const unpriced = buildClaim({ ...WORKSHEET, lines: [{ system: 'cpt', code: '99499', units: 1, pointers: ['E11.9'] }] }, CONTEXT);
		expect(unpriced.item?.[0]?.net).toBeUndefined();
		expect(unpriced.total?.value).toBe(0);
	});

	test('without coverage the claim has no insurer and no insurance', () => {
		const { coverage: _none, ...withoutCoverage } = CONTEXT;
		const selfPay = buildClaim(WORKSHEET, withoutCoverage);
		expect(selfPay.insurance).toEqual([]);
		expect(selfPay.insurer).toBeUndefined();
	});
});

describe('worksheetFromClaim', () => {
	test('gives back the worksheet the claim was built from, queries included', () => {
		const asked = addQuery(WORKSHEET, {
			question: 'Was the flu vaccine given today?',
			askedAt: '2024-10-15T14:05:00.000Z',
			askedBy: 'cd-mbeki',
			to: { reference: 'Practitioner/pr-2', display: 'Dana Whitfield, MD' }
		});
		if (!asked.ok) throw new Error(asked.message);
		expect(worksheetFromClaim(buildClaim(asked.worksheet, CONTEXT))).toEqual(asked.worksheet);
	});

	test('drops pointers to a diagnosis sequence that is not on the claim', () => {
		const claim = buildClaim(WORKSHEET, CONTEXT);
		claim.item![0]!.diagnosisSequence = [1, 9];
		expect(worksheetFromClaim(claim).lines[0]!.pointers).toEqual(['E11.9']);
	});
});

test('dateOfService is the clinic\'s local date of the encounter start', () => {
	expect(dateOfService({ period: { start: '2024-10-01T23:30:00-05:00' } })).toBe('2024-10-01');
	expect(dateOfService({})).toBeUndefined();
});
