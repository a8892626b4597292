import { describe, expect, test } from 'vitest';
import {
	accountingEntry,
	accountingOfDisclosures,
	accountingPeriodStart,
	allowedSections,
	checkAuthorization,
	isExpiredAt,
	type DisclosureRequest
} from './release-of-information';
import { lifeInsuranceRequest, signedAuthorization } from './__fixtures__/release-paperwork';

const authorization = signedAuthorization;

/** Asks for one section more than the authorization names; recipient and purpose typed differently. */
const request: DisclosureRequest = {
	...lifeInsuranceRequest,
	sections: ['labs', 'problems', 'notes'],
	recipient: 'Northwind  life',
	purpose: 'life insurance application'
};

describe('checkAuthorization', () => {
	test('valid for what it names; recipient and purpose compared as words', () => {
		const check = checkAuthorization(authorization, { ...request, sections: ['labs', 'problems'] });
		expect(check).toEqual({ valid: true, problems: [], covered: ['labs', 'problems'], uncovered: [] });
	});

	test('says which requested sections it covers and which it does not', () => {
		const check = checkAuthorization(authorization, request);
		expect([check.valid, check.problems, check.covered, check.uncovered]).toEqual([
			false,
			['section-not-covered'],
			['labs', 'problems'],
			['notes']
		]);
	});

	test('a date expiry lasts through that day', () => {
		expect(isExpiredAt(authorization, '2025-06-30T23:59:59.999Z')).toBe(false);
		expect(isExpiredAt(authorization, '2025-07-01T00:00:00Z')).toBe(true);
		expect(isExpiredAt({ expires: '2025-06-30T12:00:00Z' }, '2025-06-30T12:00:00Z')).toBe(true);
	});

	test('expired at the date of release', () => {
		expect(checkAuthorization(authorization, { ...request, sections: ['labs'], at: '2025-07-02T09:00:00Z' }).problems).toEqual(['expired']);
	});

	test('unsigned, or signed only after the release', () => {
		const { signedBy: _by, ...unsigned } = authorization;
		expect(checkAuthorization(unsigned, { ...request, sections: ['labs'] }).problems).toEqual(['unsigned']);
		expect(checkAuthorization({ ...authorization, signedOn: '2025-03-05' }, { ...request, sections: ['labs'] }).problems).toEqual([
			'unsigned'
		]);
	});

	test('a personal representative may sign', () => {
		expect(checkAuthorization({ ...authorization, signedBy: 'personal-representative' }, { ...request, sections: ['labs'] }).valid).toBe(true);
	});

	test('revoked on or before the release', () => {
		expect(checkAuthorization({ ...authorization, revokedOn: '2025-03-04' }, { ...request, sections: ['labs'] }).problems).toEqual(['revoked']);
		expect(checkAuthorization({ ...authorization, revokedOn: '2025-03-05' }, { ...request, sections: ['labs'] }).valid).toBe(true);
	});

	test('no readable expiration is a defect, not a crash', () => {
		expect(checkAuthorization({ ...authorization, expires: 'when done' }, { ...request, sections: ['labs'] }).problems).toEqual([
			'no-expiration'
		]);
	});

	test('another patient, another recipient, another purpose', () => {
		const check = checkAuthorization(authorization, { ...request, patient: 'p-other', sections: ['labs'], recipient: 'Acme', purpose: 'Marketing' });
		expect(check.problems).toEqual(['other-patient', 'recipient-differs', 'purpose-differs']);
	});
});

describe('allowedSections', () => {
	test('the overlap of request and authorization, in chart order', () => {
		expect(allowedSections({ ...request, sections: ['problems', 'notes', 'labs'] }, authorization)).toEqual(['problems', 'labs']);
	});

	test('nothing without a usable authorization', () => {
		expect(allowedSections(request, undefined)).toEqual([]);
		expect(allowedSections({ ...request, at: '2025-08-01T00:00:00Z' }, authorization)).toEqual([]);
		expect(allowedSections({ ...request, recipient: 'Someone else' }, authorization)).toEqual([]);
	});
});

describe('accounting of disclosures', () => {
	test('an entry has date, recipient, description, purpose; under authorization it is exempt', () => {
		expect(accountingEntry(request, ['problems', 'labs'], 'authorization', '1 Main St')).toEqual({
			patient: 'p-lopez',
			date: '2025-03-04T10:00:00Z',
			recipient: 'Northwind  life',
			recipientAddress: '1 Main St',
			description: 'Problems, Laboratory results',
			sections: ['problems', 'labs'],
			purpose: 'life insurance application',
			basis: 'authorization',
			accountable: false,
			request: 'roi-7'
		});
	});

	test('public health and impermissible disclosures are accountable; TPO and to the patient are not', () => {
		const accountable = (['public-health', 'impermissible', 'treatment-payment-operations', 'individual'] as const).map(
			(basis) => accountingEntry(request, ['labs'], basis).accountable
		);
		expect(accountable).toEqual([true, true, false, false]);
	});

	test('six years back, this patient only, accountable only, oldest first', () => {
		const entry = (at: string, basis: 'public-health' | 'authorization', patient = 'p-lopez') =>
			accountingEntry({ ...request, at, patient }, ['labs'], basis);
		const entries = [
			entry('2024-05-01T00:00:00Z', 'public-health'),
			entry('2018-01-01T00:00:00Z', 'public-health'),
			entry('2020-01-01T00:00:00Z', 'public-health'),
			entry('2023-01-01T00:00:00Z', 'authorization'),
			entry('2023-01-01T00:00:00Z', 'public-health', 'p-other')
		];
		expect(accountingPeriodStart('2025-03-04T10:00:00Z')).toBe('2019-03-04T10:00:00.000Z');
		expect(accountingOfDisclosures(entries, 'p-lopez', '2025-03-04T10:00:00Z').map((e) => e.date)).toEqual([
			'2020-01-01T00:00:00Z',
			'2024-05-01T00:00:00Z'
		]);
	});
});
