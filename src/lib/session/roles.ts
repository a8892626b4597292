/** The simulated workforce's roles, as a front office and clinic would staff them. */
export const ROLES = [
	'front-desk',
	'medical-assistant',
	'nurse',
	'physician',
	'coder',
	'privacy-officer'
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_TITLES: Record<Role, string> = {
	'front-desk': 'Front desk',
	'medical-assistant': 'Medical assistant',
	nurse: 'Nurse',
	physician: 'Physician',
	coder: 'Coder',
	'privacy-officer': 'Health-information / privacy officer'
};

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
