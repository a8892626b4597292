import { expect, test } from 'vitest';
import { PRACTICE_STAFF } from './practice-staff';
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
