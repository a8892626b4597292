/** The Patient resource (identity, MRN, contact, flags) and the insurance Coverage. */
import type { Coverage, Extension, Organization, Patient, Practitioner } from '@medplum/fhirtypes';
import { ageInYears, formatDay } from './dates';
import { CLINIC_ORGANIZATION_ID, payerOrganizationId } from './generate-practitioners';
import type { GenerationContext } from './generation-context';
import { concept, constantConcept, reference } from './fhir-helpers';

const MRN_TYPE = constantConcept(HL7.identifierType, 'MR', 'Medical record number', 'MRN');
const EMERGENCY_CONTACT = constantConcept(HL7.contactRole, 'C', 'Emergency Contact');
const SELF_PAY = constantConcept(HL7.coverageSelfPay, 'pay', 'PAY', 'Self-pay');
const RELATIONSHIP = {
	self: constantConcept(HL7.subscriberRelationship, 'self', 'Self'),
	child: constantConcept(HL7.subscriberRelationship, 'child', 'Child'),
	spouse: constantConcept(HL7.subscriberRelationship, 'spouse', 'Spouse')
};
const PLAN_CLASS = constantConcept(HL7.coverageClass, 'plan', 'Plan');
import type { PatientPlan } from './plan-patient';
import { CHARTROOM, HL7 } from './systems';

export function patientDisplay(plan: PatientPlan): string {
	return `${plan.identity.name.given} ${plan.identity.name.family}`;
}

export function buildPatient(context: GenerationContext, plan: PatientPlan): Patient {
	const { identity } = plan;
	const tags = [
		...(plan.castKey ? [{ system: CHARTROOM.cast, code: plan.castKey, display: `Cast member ${plan.castKey}` }] : []),
		...(plan.vip ? [{ system: CHARTROOM.flag, code: 'vip', display: 'VIP' }] : []),
		...(plan.relativeOf ? [{ system: CHARTROOM.flag, code: 'relative-of-staff', display: 'Relative of staff' }] : []),
		...(!plan.registered ? [{ system: CHARTROOM.flag, code: 'unregistered', display: 'Walk-in, not yet registered' }] : [])
	];
	const extension: Extension[] = [
		...(plan.vip ? [{ url: CHARTROOM.vipExtension, valueBoolean: true }] : []),
		...(plan.relativeOf ? [{ url: CHARTROOM.relativeOfStaffExtension, valueString: plan.relativeOf.id }] : [])
	];
	const given = identity.name.middle ? [identity.name.given, identity.name.middle] : [identity.name.given];
	return {
		resourceType: 'Patient',
		id: plan.id,
		meta: { lastUpdated: context.lastUpdated, ...(tags.length ? { tag: tags } : {}) },
		...(extension.length ? { extension } : {}),
		...(plan.mrn
			? {
					identifier: [
						{
							use: 'usual',
							type: MRN_TYPE,
							system: CHARTROOM.mrn,
							value: plan.mrn
						}
					]
				}
			: {}),
		active: true,
		name: [{ use: 'official', family: identity.name.family, given }],
		telecom: [
			{ system: 'phone', value: identity.phone, use: plan.index % 3 === 0 ? 'home' : 'mobile' },
			...(identity.email ? [{ system: 'email' as const, value: identity.email, use: 'home' as const }] : [])
		],
		gender: plan.sex,
		birthDate: formatDay(identity.birth),
		address: [
			{
				use: 'home',
				type: 'both',
				line: [identity.address.line],
				city: identity.address.city,
				state: identity.address.state,
				postalCode: identity.address.postalCode,
				country: 'US'
			}
		],
		communication: [
			{
				language: concept([{ system: HL7.language, code: identity.language.code, display: identity.language.display }]),
				preferred: true
			}
		],
		contact: [
			{
				relationship: [
					EMERGENCY_CONTACT,
					concept([{ system: HL7.roleCode, code: identity.contact.relationship.code, display: identity.contact.relationship.display }])
				],
				name: { family: identity.contact.name.family, given: [identity.contact.name.given] },
				telecom: [{ system: 'phone', value: identity.contact.phone }]
			}
		],
		generalPractitioner: [reference<Practitioner>('Practitioner', plan.clinician.id, plan.clinician.display)],
		managingOrganization: reference<Organization>('Organization', CLINIC_ORGANIZATION_ID, context.population.clinic.name)
	};
}

export function buildCoverage(context: GenerationContext, plan: PatientPlan, id: string): Coverage {
	const age = ageInYears(plan.identity.birth, context.today);
	const random = plan.clinical.fork('coverage');
	const payers = context.population.payers.filter((p) => age >= p.ageYears[0] && age <= p.ageYears[1]);
	const payer = random.weighted(payers, (p) => p.weight);
	const patientRef = reference<Patient>('Patient', plan.id, patientDisplay(plan));
	const relationship = age < 18 ? 'child' : payer.kind === 'commercial' && random.chance(0.2) ? 'spouse' : 'self';
	const subscriber =
		relationship === 'self' ? patientRef : { display: `${plan.identity.contact.name.given} ${plan.identity.contact.name.family}` };
	const memberId = `${payer.id.slice(0, 3).toUpperCase()}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
	const start = Math.max(plan.historyStart, plan.identity.birth);
	const selfPay = payer.kind === 'self-pay';
	return {
		resourceType: 'Coverage',
		id,
		meta: { lastUpdated: context.lastUpdated },
		status: 'active',
		type: selfPay
			? SELF_PAY
			: concept([
					payer.kind === 'public'
						? { system: HL7.actCode, code: 'PUBLICPOL', display: 'public healthcare' }
						: { system: HL7.actCode, code: 'EHCPOL', display: 'extended healthcare' }
				], payer.name),
		...(selfPay ? {} : { identifier: [{ system: `${CHARTROOM.memberId}:${payer.id}`, value: memberId }], subscriberId: memberId }),
		subscriber,
		beneficiary: patientRef,
		relationship: RELATIONSHIP[relationship],
		period: { start: formatDay(start) },
		payor: [selfPay ? patientRef : reference<Organization>('Organization', payerOrganizationId(payer.id), payer.name)],
		...(selfPay
			? {}
			: { class: [{ type: PLAN_CLASS, value: payer.id.toUpperCase(), name: payer.name }] })
	};
}
