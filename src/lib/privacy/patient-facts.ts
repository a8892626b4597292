/**
 * What makes a chart more tempting to open than most, read from the Patient and the practice's
 * roster: a well-known patient (VIP), someone who works here (same given and family name as a
 * staff member), or a staff member's family (the generator's relative-of-staff mark).
 */
import type { Patient } from '@medplum/fhirtypes';
import { PRACTICE_STAFF, scenarioStaffMember } from '$lib/session/practice-staff';
import { familyNameOf, givenNameOf, type StaffMember } from '$lib/session/staff';
import { CHARTROOM } from '$lib/synth/systems';
import type { PatientFacts } from './privacy-input';

/** Names compared as people read them: case and accents aside ("Álvarez" is "Alvarez"). */
export function foldName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.trim()
		.toLowerCase();
}

export function sameName(a: string, b: string): boolean {
	return foldName(a) !== '' && foldName(a) === foldName(b);
}

/** The staff member this patient is, by official (or first) name: given and family both match. */
export function staffMemberOf(patient: Patient, roster: readonly StaffMember[] = PRACTICE_STAFF): StaffMember | undefined {
	const name = patient.name?.find((one) => one.use === 'official') ?? patient.name?.[0];
	const family = name?.family ?? '';
	const givens = name?.given ?? [];
	return roster.find((member) => sameName(familyNameOf(member), family) && givens.some((given) => sameName(givenNameOf(member).split(/\s+/)[0] ?? '', given)));
}

export function patientFacts(patient: Patient, roster: readonly StaffMember[] = PRACTICE_STAFF): PatientFacts {
	const vip =
		(patient.extension ?? []).some((extension) => extension.url === CHARTROOM.vipExtension && extension.valueBoolean === true) ||
		(patient.meta?.tag ?? []).some((tag) => tag.system === CHARTROOM.flag && tag.code === 'vip');
	const facts: PatientFacts = { family: patient.name?.[0]?.family ?? '' };
	if (vip) facts.vip = true;
	const colleague = staffMemberOf(patient, roster);
	if (colleague !== undefined) facts.staffMemberId = colleague.id;
	// Clinics generated before the roster was shared name the relative's staff member by role (`staff-nurse`).
	const marked = (patient.extension ?? []).find((extension) => extension.url === CHARTROOM.relativeOfStaffExtension)?.valueString;
	const relativeOf = marked === undefined ? undefined : scenarioStaffMember(roster, marked);
	if (relativeOf !== undefined) facts.relativeOfStaff = relativeOf.id;
	return facts;
}
