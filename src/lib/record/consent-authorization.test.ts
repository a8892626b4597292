import { expect, test } from 'vitest';
import type { Authorization } from '$lib/privacy/release-of-information';
import { authorizationToConsent, consentToAuthorization, isReleaseAuthorization } from './consent-authorization';

const signed: Authorization = {
	id: 'auth-1',
	patient: 'p1',
	sections: ['immunizations'],
	expires: '2025-12-31',
	purpose: 'School enrolment',
	recipient: 'Lincoln Elementary School',
	signedBy: 'personal-representative',
	signedOn: '2025-03-01'
};

test('an authorization survives the round trip through a FHIR Consent', () => {
	const consent = authorizationToConsent(signed);
	expect(consent.resourceType).toBe('Consent');
	expect(isReleaseAuthorization(consent)).toBe(true);
	expect(consent.provision?.class).toEqual([{ system: 'urn:chartroom:record-section', code: 'immunizations' }]);
	expect(consentToAuthorization(consent)).toEqual(signed);
});

test('unsigned, undated and revoked authorizations keep their defects', () => {
	const { signedBy: _by, signedOn: _on, ...unsigned } = signed;
	const revoked = { ...unsigned, expires: '', revokedOn: '2025-03-02' };
	const consent = authorizationToConsent(revoked);
	expect(consent.status).toBe('inactive');
	expect(consentToAuthorization(consent)).toEqual(revoked);
});

test('a consent of another kind is not an authorization to release', () => {
	const consent = { ...authorizationToConsent(signed), category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }] };
	expect(consentToAuthorization(consent)).toBeUndefined();
});
