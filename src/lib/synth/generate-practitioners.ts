/**
 * The clinic's people: clinicians who appear on records (FHIR Practitioner + PractitionerRole),
 * seeded by the scenario's seed only, and the staff a learner signs in as: the practice roster
 * (session/practice-staff), passed in, so a scenario's `relativeOf` names someone the learner can
 * sign in as and the privacy monitor knows. Every learner of a lesson meets the same colleagues.
 */
import type { Organization, Practitioner, PractitionerRole } from '@medplum/fhirtypes';
import { PRACTICE_STAFF } from '../session/practice-staff';
import { ROLE_TITLES, type Role } from '../session/roles';
import { familyNameOf, givenNameOf, type StaffMember as RosterMember } from '../session/staff';
import { POPULATION, type Population } from './population';
import { Random, SeededFaker } from './random';
import type { Scenario } from './scenario';
import { HL7 } from './systems';

export interface StaffMember {
	id: string;
	role: Role;
	title: string;
	name: { given: string; family: string };
	display: string;
	/** The practice password the learner signs in with. */
	password: string;
	/** The physician's Practitioner id. */
	practitionerId?: string;
}

export interface Clinician {
	id: string;
	display: string;
	seesChildren: boolean;
	seesAdults: boolean;
}

export interface ClinicStaff {
	organization: Organization;
	payers: Organization[];
	practitioners: Practitioner[];
	practitionerRoles: PractitionerRole[];
	clinicians: Clinician[];
	staff: StaffMember[];
}

const CLINICIANS = [
	{ degree: 'MD', degreeDisplay: 'Doctor of Medicine', taxonomy: '207Q00000X', specialty: 'Family Medicine', children: true, adults: true },
	{ degree: 'MD', degreeDisplay: 'Doctor of Medicine', taxonomy: '207R00000X', specialty: 'Internal Medicine', children: false, adults: true },
	{ degree: 'MD', degreeDisplay: 'Doctor of Medicine', taxonomy: '208000000X', specialty: 'Pediatrics', children: true, adults: false },
	{ degree: 'DO', degreeDisplay: 'Doctor of Osteopathy', taxonomy: '207Q00000X', specialty: 'Family Medicine', children: true, adults: true },
	{ degree: 'NP', degreeDisplay: 'Nurse practitioner', taxonomy: '363LF0000X', specialty: 'Nurse Practitioner, Family', children: true, adults: true },
	{ degree: 'NP', degreeDisplay: 'Nurse practitioner', taxonomy: '363LA2200X', specialty: 'Nurse Practitioner, Adult Health', children: false, adults: true }
] as const;

/** Luhn check digit over the NPI with its 80840 prefix (the NPI standard's check). */
export function npiCheckDigit(firstNine: string): number {
	const digits = `80840${firstNine}`.split('').map(Number);
	let sum = 0;
	for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
		let d = digits[i] as number;
		if (double) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return (10 - (sum % 10)) % 10;
}

/** An NPI-shaped number with a valid check digit. Real NPIs start with 1 or 2; ours with 9, so none is real. */
function syntheticNpi(random: Random): string {
	const firstNine = `9${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
	return `${firstNine}${npiCheckDigit(firstNine)}`;
}

export function payerOrganizationId(payerId: string): string {
	return `org-${payerId}`;
}

export const CLINIC_ORGANIZATION_ID = 'org-clinic';

/** A roster member as the generated clinic lists them. */
function clinicStaffMember(member: RosterMember): StaffMember {
	return {
		id: member.id,
		role: member.role,
		title: ROLE_TITLES[member.role],
		name: { given: givenNameOf(member), family: familyNameOf(member) },
		display: member.name,
		password: member.password,
		...(member.practitioner ? { practitionerId: member.practitioner } : {})
	};
}

export function generatePractitioners(
	scenario: Pick<Scenario, 'seed' | 'today'>,
	population: Population = POPULATION,
	roster: readonly RosterMember[] = PRACTICE_STAFF
): ClinicStaff {
	const random = new Random(scenario.seed, 'clinic-staff');
	const faker = new SeededFaker().useRandom(random);
	const lastUpdated = `${scenario.today}T00:00:00${population.clinic.utcOffset}`;
	const meta = { lastUpdated };
	// No clinician shares a staff member's family name: a shared name means family to the privacy monitor.
	const usedFamilies = new Set<string>(roster.map(familyNameOf));
	const drawName = (sex: 'female' | 'male') => {
		let family = faker.person.lastName();
		while (usedFamilies.has(family)) family = faker.person.lastName();
		usedFamilies.add(family);
		return { given: faker.person.firstName(sex), family };
	};

	const practitioners: Practitioner[] = [];
	const practitionerRoles: PractitionerRole[] = [];
	const clinicians: Clinician[] = [];
	CLINICIANS.forEach((spec, i) => {
		const id = `pr-${String(i + 1).padStart(2, '0')}`;
		const sex = random.chance(0.5) ? 'female' : 'male';
		const name = drawName(sex);
		const prefix = spec.degree === 'NP' ? [] : ['Dr.'];
		const display = `${prefix.length ? 'Dr. ' : ''}${name.given} ${name.family}, ${spec.degree}`;
		practitioners.push({
			resourceType: 'Practitioner',
			id,
			meta,
			identifier: [{ system: HL7.npi, value: syntheticNpi(random) }],
			active: true,
			name: [{ use: 'official', family: name.family, given: [name.given], prefix, suffix: [spec.degree], text: display }],
			gender: sex,
			telecom: [{ system: 'phone', value: population.clinic.phone, use: 'work' }],
			qualification: [{ code: { coding: [{ system: HL7.degree, code: spec.degree, display: spec.degreeDisplay }], text: spec.degree } }]
		});
		practitionerRoles.push({
			resourceType: 'PractitionerRole',
			id: `prrole-${String(i + 1).padStart(2, '0')}`,
			meta,
			active: true,
			practitioner: { reference: `Practitioner/${id}`, display },
			organization: { reference: `Organization/${CLINIC_ORGANIZATION_ID}`, display: population.clinic.name },
			specialty: [{ coding: [{ system: HL7.taxonomy, code: spec.taxonomy, display: spec.specialty }], text: spec.specialty }]
		});
		clinicians.push({ id, display, seesChildren: spec.children, seesAdults: spec.adults });
	});

	const staff = roster.map(clinicStaffMember);

	const { clinic } = population;
	const organization: Organization = {
		resourceType: 'Organization',
		id: CLINIC_ORGANIZATION_ID,
		meta,
		active: true,
		name: clinic.name,
		telecom: [{ system: 'phone', value: clinic.phone, use: 'work' }],
		address: [{ use: 'work', line: [clinic.line], city: clinic.city, state: clinic.state, postalCode: clinic.postalCode, country: 'US' }]
	};
	const payerIds = new Set<string>();
	const payers: Organization[] = [];
	for (const payer of population.payers) {
		if (payer.kind === 'self-pay' || payerIds.has(payer.id)) continue;
		payerIds.add(payer.id);
		payers.push({
			resourceType: 'Organization',
			id: payerOrganizationId(payer.id),
			meta,
			active: true,
			type: [{ coding: [{ system: HL7.organizationType, code: 'pay', display: 'Payer' }] }],
			name: payer.name
		});
	}
	return { organization, payers, practitioners, practitionerRoles, clinicians, staff };
}
