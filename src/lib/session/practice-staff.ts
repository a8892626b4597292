/**
 * The practice's staff: the one roster that learners sign in as, that the privacy monitor knows
 * (a co-worker's chart, a relative's surname, a password in a note) and that the clinic generator
 * staffs every generated clinic with (a scenario's `relativeOf` names someone on it). One staff
 * member per role, plus a second nurse and physician so that lessons can stage a colleague.
 * Practice passwords, handed out by lessons; they exist to be typed, guarded and (in the careless
 * scenarios) misused. Pure data: the generator imports it and stays deterministic.
 */
import type { Role } from './roles';
import type { StaffMember } from './staff';

export const PRACTICE_STAFF: readonly StaffMember[] = [
	{ id: 'fd-alvarez', name: 'Lucia Alvarez', role: 'front-desk', password: 'Harbor-Lights-17', workstation: 'front-1' },
	{ id: 'ma-chen', name: 'Kevin Chen', role: 'medical-assistant', password: 'Maple-Canoe-28', workstation: 'room-2' },
	{ id: 'rn-okafor', name: 'Grace Okafor', role: 'nurse', password: 'Lantern-Quartz-42', workstation: 'station-1' },
	{ id: 'rn-brennan', name: 'Tom Brennan', role: 'nurse', password: 'Copper-Meadow-55', workstation: 'station-1' },
	// The generated clinic's first two clinicians are theirs: Dr. Whitfield's panel is pr-01's.
	{ id: 'md-whitfield', name: 'Dana Whitfield', role: 'physician', password: 'Granite-Violin-61', workstation: 'room-2', practitioner: 'pr-01' },
	{ id: 'md-sato', name: 'Hiro Sato', role: 'physician', password: 'Cobalt-Orchard-73', workstation: 'room-3', practitioner: 'pr-02' },
	{ id: 'cd-mbeki', name: 'Thandi Mbeki', role: 'coder', password: 'Ledger-Willow-84', workstation: 'office-1' },
	{ id: 'po-ferreira', name: 'Ana Ferreira', role: 'privacy-officer', password: 'Beacon-Thistle-96', workstation: 'office-2' }
];

/** How a scenario may name a staff member by role alone: `staff-nurse` is the roster's first nurse. */
export function roleAlias(role: Role): string {
	return `staff-${role}`;
}

/**
 * The staff member a scenario names: by roster id (`rn-brennan`), or by role (`staff-nurse`, the
 * first of that role on the roster). Generic, so the generator can look up its own copy.
 */
export function scenarioStaffMember<T extends { id: string; role: Role }>(roster: readonly T[], id: string): T | undefined {
	return roster.find((member) => member.id === id) ?? roster.find((member) => roleAlias(member.role) === id);
}
