import { describe, expect, test } from 'vitest';
import type { CareRelations } from '$lib/record/care-relations';
import { CARE_ASSIGNMENTS, careTeam, hasCareRelationship } from './care-team';
import { PRACTICE_STAFF } from './practice-staff';

const TODAY = '2024-06-03';
const none: CareRelations = { primaryCare: [], booked: [], seen: [] };

describe('careTeam', () => {
	test('a patient on today\'s book with Dr. Sato\'s colleague: front desk and rooming staff, not the physicians', () => {
		const relations: CareRelations = { ...none, primaryCare: ['pr-04'], booked: [{ practitioners: ['pr-03'], day: TODAY }] };
		expect(careTeam(relations, TODAY)).toEqual(['fd-alvarez', 'ma-chen', 'rn-okafor', 'rn-brennan']);
	});

	test('a physician cares for their panel, their bookings and the patients they saw, whenever', () => {
		expect(careTeam({ ...none, primaryCare: ['pr-01'] }, TODAY)).toEqual(['md-whitfield']);
		expect(careTeam({ ...none, booked: [{ practitioners: ['pr-02'], day: '2024-07-01' }] }, TODAY)).toContain('md-sato');
		expect(careTeam({ ...none, seen: [{ practitioners: ['pr-02'], day: '2019-01-10' }] }, TODAY)).toEqual(['md-sato']);
	});

	test('a visit of the last 30 days ties rooming staff and the coder; an older one does not', () => {
		const recent: CareRelations = { ...none, seen: [{ practitioners: ['pr-05'], day: '2024-05-04' }] };
		expect(careTeam(recent, TODAY)).toEqual(['ma-chen', 'rn-okafor', 'rn-brennan', 'cd-mbeki']);
		const old: CareRelations = { ...none, seen: [{ practitioners: ['pr-05'], day: '2024-05-03' }] };
		expect(careTeam(old, TODAY)).toEqual([]);
	});

	test('a past appointment no longer ties the front desk', () => {
		expect(careTeam({ ...none, booked: [{ practitioners: ['pr-03'], day: '2024-06-02' }] }, TODAY)).toEqual([]);
	});

	test('the privacy officer has no care relationship with anyone; an unassigned staff member neither', () => {
		const everything: CareRelations = { primaryCare: ['pr-01', 'pr-02'], booked: [{ practitioners: ['pr-01'], day: TODAY }], seen: [{ practitioners: ['pr-02'], day: TODAY }] };
		expect(careTeam(everything, TODAY)).not.toContain('po-ferreira');
		expect(hasCareRelationship(undefined, everything, TODAY)).toBe(false);
	});

	test('an imported patient with no provider, appointment or visit is on no one\'s care team', () => {
		expect(careTeam(none, TODAY)).toEqual([]);
	});

	test('every member of the practice roster has an assignment', () => {
		expect(PRACTICE_STAFF.filter((member) => CARE_ASSIGNMENTS[member.id] === undefined)).toEqual([]);
	});
});
