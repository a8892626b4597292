/**
 * Care-team assignment: which staff member has a care relationship with which patient. Derived,
 * not stored: the simulated clinic assigns work the way a small practice does, from the
 * appointment book, the visits and each physician's panel, so every generated or imported clinic
 * has care teams without anyone keeping a list, and the same clinic always gives the same teams.
 * Opening a chart outside one's care relationships asks for a reason (`decideAccess`).
 */
import type { CareRelations } from '$lib/record/care-relations';
import { PRACTICE_STAFF } from './practice-staff';
import type { StaffMember } from './staff';

/** How a staff member comes to care for a patient. */
export type CareBasis =
	/** A physician: their panel (primary care), their appointments and the patients they have seen. */
	| { kind: 'panel'; clinicians: readonly string[] }
	/** Rooming staff: anyone on the book from today on, and anyone seen lately (results, follow-up calls). */
	| { kind: 'rooming' }
	/** The front desk: anyone on the book from today on (check-in, insurance, reminders). */
	| { kind: 'check-in' }
	/** The coder: visits of the last weeks, the coding queue. */
	| { kind: 'coding-queue' }
	/** No treating relationship at all: every chart opened needs a stated purpose. */
	| { kind: 'none' };

/**
 * The practice roster's assignments. The two physicians stand for the generated clinic's first two
 * clinicians (`pr-01`, `pr-02`): their panels, books and visits are theirs. Everyone else works
 * for the whole clinic. A staff member missing here has no care relationship with anyone.
 */
export const CARE_ASSIGNMENTS: Readonly<Record<string, CareBasis>> = {
	'fd-alvarez': { kind: 'check-in' },
	'ma-chen': { kind: 'rooming' },
	'rn-okafor': { kind: 'rooming' },
	'rn-brennan': { kind: 'rooming' },
	'md-whitfield': { kind: 'panel', clinicians: ['pr-01'] },
	'md-sato': { kind: 'panel', clinicians: ['pr-02'] },
	'cd-mbeki': { kind: 'coding-queue' },
	'po-ferreira': { kind: 'none' }
};

/** How far back a visit still ties rooming staff and the coder to the patient. */
export const RECENT_VISIT_DAYS = 30;

const DAY_MS = 86_400_000;

function dayMs(day: string): number {
	return Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
}

function isRecent(day: string, today: string): boolean {
	const age = (dayMs(today) - dayMs(day)) / DAY_MS;
	return age >= 0 && age <= RECENT_VISIT_DAYS;
}

function isUpcoming(day: string, today: string): boolean {
	return dayMs(day) >= dayMs(today);
}

export function hasCareRelationship(basis: CareBasis | undefined, relations: CareRelations, today: string): boolean {
	switch (basis?.kind) {
		case 'panel': {
			const mine = (ids: readonly string[]) => ids.some((id) => basis.clinicians.includes(id));
			return (
				mine(relations.primaryCare) ||
				relations.booked.some((contact) => mine(contact.practitioners)) ||
				relations.seen.some((contact) => mine(contact.practitioners))
			);
		}
		case 'rooming':
			return relations.booked.some((contact) => isUpcoming(contact.day, today)) || relations.seen.some((contact) => isRecent(contact.day, today));
		case 'check-in':
			return relations.booked.some((contact) => isUpcoming(contact.day, today));
		case 'coding-queue':
			return relations.seen.some((contact) => isRecent(contact.day, today));
		default:
			return false;
	}
}

/** Ids of the staff with a care relationship to the patient, in roster order. */
export function careTeam(
	relations: CareRelations,
	today: string,
	roster: readonly Pick<StaffMember, 'id'>[] = PRACTICE_STAFF,
	assignments: Readonly<Record<string, CareBasis>> = CARE_ASSIGNMENTS
): string[] {
	return roster.filter((member) => hasCareRelationship(assignments[member.id], relations, today)).map((member) => member.id);
}
