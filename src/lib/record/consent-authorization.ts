/**
 * A HIPAA authorization (45 CFR 164.508) as a FHIR R4 Consent: scope `patient-privacy`, category
 * LOINC 64292-6 (release of information consent), what it covers as provision classes in
 * Chartroom's record-section system, the recipient as the provision's actor, the purpose, the
 * expiry as the provision period's end, the signature as who signed and when, a revocation as an
 * inactive consent. Read both ways, so the release desk records what it checks.
 */
import type { Consent } from '@medplum/fhirtypes';
import type { Authorization } from '$lib/privacy/release-of-information';
import { isRecordSection, RECORD_SECTIONS, type RecordSection } from '$lib/session/record-sections';

export const RECORD_SECTION_SYSTEM = 'urn:chartroom:record-section';
const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const LOINC = 'http://loinc.org';
const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const SIGNED_BY = 'urn:chartroom:consent-signed-by';
const REVOKED_ON = 'urn:chartroom:extension:revoked-on';

/** Is this Consent a release-of-information authorization? */
export function isReleaseAuthorization(consent: Consent): boolean {
	return (
		(consent.scope.coding ?? []).some((coding) => coding.system === CONSENT_SCOPE && coding.code === 'patient-privacy') &&
		consent.category.some((category) => (category.coding ?? []).some((coding) => coding.system === LOINC && coding.code === '64292-6'))
	);
}

export function consentToAuthorization(consent: Consent): Authorization | undefined {
	const patient = consent.patient?.reference?.replace(/^Patient\//, '');
	if (consent.id === undefined || patient === undefined || !isReleaseAuthorization(consent)) return undefined;
	const provision = consent.provision;
	const sections = (provision?.class ?? []).filter((coding) => coding.system === RECORD_SECTION_SYSTEM).map((coding) => coding.code).filter(isRecordSection);
	const signedBy = consent.performer?.[0]?.extension?.find((extension) => extension.url === SIGNED_BY)?.valueCode;
	const authorization: Authorization = {
		id: consent.id,
		patient,
		sections: RECORD_SECTIONS.filter((section) => sections.includes(section)),
		expires: provision?.period?.end ?? '',
		purpose: provision?.purpose?.[0]?.display ?? '',
		recipient: provision?.actor?.find((actor) => actor.role.coding?.some((coding) => coding.code === 'IRCP'))?.reference.display ?? ''
	};
	if (signedBy === 'patient' || signedBy === 'personal-representative') authorization.signedBy = signedBy;
	if (consent.dateTime !== undefined) authorization.signedOn = consent.dateTime;
	const revoked = consent.extension?.find((extension) => extension.url === REVOKED_ON)?.valueDateTime;
	if (revoked !== undefined) authorization.revokedOn = revoked;
	return authorization;
}

export function authorizationToConsent(authorization: Authorization): Consent {
	const consent: Consent = {
		resourceType: 'Consent',
		id: authorization.id,
		status: authorization.revokedOn === undefined ? 'active' : 'inactive',
		scope: { coding: [{ system: CONSENT_SCOPE, code: 'patient-privacy', display: 'Privacy Consent' }] },
		category: [{ coding: [{ system: LOINC, code: '64292-6', display: 'Release of information consent' }] }],
		patient: { reference: `Patient/${authorization.patient}` },
		provision: {
			type: 'permit',
			...(authorization.expires ? { period: { end: authorization.expires } } : {}),
			actor: [
				{
					role: { coding: [{ system: PARTICIPANT_TYPE, code: 'IRCP', display: 'information recipient' }] },
					reference: { display: authorization.recipient }
				}
			],
			purpose: [{ system: 'urn:chartroom:disclosure-purpose', code: 'stated', display: authorization.purpose }],
			class: authorization.sections.map((section: RecordSection) => ({ system: RECORD_SECTION_SYSTEM, code: section }))
		}
	};
	if (authorization.signedOn !== undefined) consent.dateTime = authorization.signedOn;
	if (authorization.signedBy !== undefined) {
		consent.performer = [{ reference: `Patient/${authorization.patient}`, extension: [{ url: SIGNED_BY, valueCode: authorization.signedBy }] }];
	}
	if (authorization.revokedOn !== undefined) consent.extension = [{ url: REVOKED_ON, valueDateTime: authorization.revokedOn }];
	return consent;
}
