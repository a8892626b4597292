/**
 * The simulated workforce. Passwords are practice passwords on a training tool with synthetic
 * patients: stored as typed so that lessons can hand them out and the privacy monitor can spot
 * one written into a note. Nothing here protects real secrets.
 */
import type { Role } from './roles';

export interface StaffMember {
	id: string;
	/** Display name, e.g. "Dana Whitfield". */
	name: string;
	/** Family name when the last word of `name` is not it ("Rosa de la Cruz"). */
	family?: string;
	role: Role;
	password: string;
	/** The workstation this person normally signs in at. */
	workstation?: string;
	/** A clinician's FHIR Practitioner id in the generated clinic: their panel, book and visits. */
	practitioner?: string;
}

/**
 * Compares every character whatever the lengths, so that the time taken does not tell how much
 * of the password was right. Case-sensitive, nothing trimmed: a password is exactly what was set.
 */
export function verifyPassword(staff: Pick<StaffMember, 'password'>, typed: string): boolean {
	const expected = staff.password;
	const length = Math.max(expected.length, typed.length);
	let difference = expected.length ^ typed.length;
	for (let index = 0; index < length; index++) {
		const a = index < expected.length ? expected.charCodeAt(index) : 0;
		const b = index < typed.length ? typed.charCodeAt(index) : 0;
		difference |= a ^ b;
	}
	return difference === 0;
}

export function findStaff(roster: readonly StaffMember[], id: string): StaffMember | undefined {
	return roster.find((member) => member.id === id);
}

/** The family name, for spotting a relative's chart (same surname). */
export function familyNameOf(staff: Pick<StaffMember, 'name' | 'family'>): string {
	return staff.family ?? staff.name.trim().split(/\s+/).at(-1) ?? '';
}

/** The given name: what comes before the family name ("Rosa" of "Rosa de la Cruz"). */
export function givenNameOf(staff: Pick<StaffMember, 'name' | 'family'>): string {
	const name = staff.name.trim();
	const family = familyNameOf(staff);
	return (name.endsWith(family) ? name.slice(0, name.length - family.length) : name).trim();
}
