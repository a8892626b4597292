import { describe, expect, test } from 'vitest';
import { auditTrail } from './__fixtures__/audit-trail';
import { signedAuthorization } from './__fixtures__/release-paperwork';
import { checkDisclosureWithoutAuthorization } from './disclosure-without-authorization';
import type { Authorization } from './release-of-information';

/** A disclosure of Mrs. Lopez's chart on 4 March 2025 at 09:00. */
function disclose(section: string | undefined) {
	const trail = auditTrail({ user: 'po-ferreira', role: 'privacy-officer', workstation: 'office-2' });
	trail.add(0, 'view', { patient: 'p-lopez', section: 'labs', reason: 'ROI request roi-7' });
	trail.add(60, 'disclose', section === undefined ? { patient: 'p-lopez' } : { patient: 'p-lopez', section });
	return trail.records;
}

function judged(section: string | undefined, authorizations: readonly Authorization[]) {
	return checkDisclosureWithoutAuthorization({ audit: disclose(section), authorizations }).map((f) => [f.code, f.where, f.message]);
}

describe('disclosure without authorization', () => {
	test('a valid, signed authorization covering the section: no flag', () => {
		expect(judged('labs', [signedAuthorization])).toEqual([]);
	});

	test('no authorization on file', () => {
		expect(judged('labs', [])).toEqual([
			['privacy.disclosure-without-authorization', 'audit#2', 'You released laboratory results with no authorization from the patient on file.']
		]);
	});

	test("another patient's authorization is no authorization", () => {
		expect(judged('labs', [{ ...signedAuthorization, patient: 'p-other' }])[0]?.[2]).toContain('no authorization');
	});

	test('expired before the day of the disclosure', () => {
		expect(judged('labs', [{ ...signedAuthorization, expires: '2025-03-03' }])).toEqual([
			['privacy.disclosure-without-authorization', 'audit#2', 'You released laboratory results under an authorization that had expired.']
		]);
	});

	test('expiring that very day still covers it', () => {
		expect(judged('labs', [{ ...signedAuthorization, expires: '2025-03-04' }])).toEqual([]);
	});

	test('not covering the section', () => {
		expect(judged('notes', [signedAuthorization])).toEqual([
			['privacy.disclosure-without-authorization', 'audit#2', "You released notes, which the patient's authorization does not cover."]
		]);
	});

	test('the whole chart under an authorization for three sections names what it did not cover', () => {
		const [found] = judged(undefined, [signedAuthorization]);
		expect(found?.[2]).toMatch(/^You released demographics, insurance, scheduling, allergies, vital signs, /);
		expect(found?.[2]).not.toMatch(/problems|laboratory|medications/);
	});

	test('unsigned and revoked', () => {
		const { signedBy: _signer, ...unsigned } = signedAuthorization;
		expect(judged('labs', [unsigned])[0]?.[2]).toBe('You released laboratory results under an authorization that was not signed.');
		expect(judged('labs', [{ ...signedAuthorization, revokedOn: '2025-03-02' }])[0]?.[2]).toBe(
			'You released laboratory results under an authorization the patient had revoked.'
		);
	});

	test('the closest authorization names the defect; any valid one is enough', () => {
		const expiredAndNarrow = { ...signedAuthorization, id: 'old', sections: ['vitals' as const], expires: '2024-01-01' };
		const expired = { ...signedAuthorization, id: 'lapsed', expires: '2025-01-01' };
		expect(judged('labs', [expiredAndNarrow, expired])[0]?.[2]).toContain('had expired');
		expect(judged('labs', [expiredAndNarrow, signedAuthorization])).toEqual([]);
	});

	test('prints and exports are not disclosures under this rule', () => {
		const trail = auditTrail({ user: 'md-whitfield', role: 'physician', workstation: 'room-2' });
		trail.add(0, 'print', { patient: 'p-lopez', section: 'labs' });
		expect(checkDisclosureWithoutAuthorization({ audit: trail.records, authorizations: [] })).toEqual([]);
	});
});
