import { expect, test } from 'vitest';
import { CARE_ASSIGNMENTS } from './care-team';
import { PRACTICE_STAFF, scenarioStaffMember } from './practice-staff';
import { ROLES } from './roles';

test('ids and passwords are unique, and every role is staffed', () => {
	const problems: string[] = [];
	const ids = PRACTICE_STAFF.map((member) => member.id);
	const passwords = PRACTICE_STAFF.map((member) => member.password);
	if (new Set(ids).size !== ids.length) problems.push('duplicate id');
	if (new Set(passwords).size !== passwords.length) problems.push('duplicate password');
	for (const role of ROLES) {
		if (!PRACTICE_STAFF.some((member) => member.role === role)) problems.push(`no ${role}`);
	}
	expect(problems).toEqual([]);
});

test('a scenario names a staff member by roster id, or by role (the roster\'s first of that role)', () => {
	expect(scenarioStaffMember(PRACTICE_STAFF, 'rn-brennan')?.name).toBe('Tom Brennan');
	expect(scenarioStaffMember(PRACTICE_STAFF, 'staff-nurse')?.id).toBe('rn-okafor');
	expect(scenarioStaffMember(PRACTICE_STAFF, 'staff-physician')?.id).toBe('md-whitfield');
	expect(scenarioStaffMember(PRACTICE_STAFF, 'staff-janitor')).toBeUndefined();
	expect(scenarioStaffMember(PRACTICE_STAFF, 'nurse')).toBeUndefined();
});

test('the physicians\' panels (care teams) are the clinicians the roster says are theirs', () => {
	const physicians = PRACTICE_STAFF.filter((member) => member.role === 'physician');
	expect(physicians.map((member) => CARE_ASSIGNMENTS[member.id])).toEqual(physicians.map((member) => ({ kind: 'panel', clinicians: [member.practitioner] })));
});
