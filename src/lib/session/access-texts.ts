/**
 * What the simulated EHR tells a staff member when it decides an access, as data: the access
 * rules in `permissions.ts` hold no prose.
 */
import type { Severity } from '$lib/findings/finding';

export const ACCESS_DECISION_CODES = [
	'access.not-permitted',
	'access.break-glass-required',
	'access.reason-required',
	'access.break-glass',
	'access.audit-purpose',
	'access.export-not-permitted'
] as const;

export type AccessDecisionCode = (typeof ACCESS_DECISION_CODES)[number];

export const ACCESS_TEXTS: Record<AccessDecisionCode, { severity: Severity; message: string; hint: string }> = {
	'access.not-permitted': {
		severity: 'error',
		message: 'Your role does not allow this part of the chart.',
		hint: 'Ask a colleague whose role covers it; every role sees only what its work needs.'
	},
	'access.break-glass-required': {
		severity: 'warning',
		message: 'Your role does not normally open this part of the chart. In an emergency you may break the glass.',
		hint: 'Break the glass only to treat the patient now; give the reason. Every use is reviewed.'
	},
	'access.reason-required': {
		severity: 'info',
		message: 'You are not on this patient\'s care team. Say why you need the chart before it opens.',
		hint: 'A reason is recorded with your access and read in the privacy officer\'s audit.'
	},
	'access.break-glass': {
		severity: 'warning',
		message: 'Emergency access granted. This access is recorded and will be reviewed.',
		hint: 'Open only what the emergency needs and document why in the chart.'
	},
	'access.audit-purpose': {
		severity: 'info',
		message: 'Opened for a release-of-information or audit purpose; recorded as such.',
		hint: 'Use what you open for the investigation or release only.'
	},
	'access.export-not-permitted': {
		severity: 'error',
		message: 'Your role may not export a whole chart.',
		hint: 'A copy of a chart leaves the clinic through the privacy officer\'s release of information, or with the treating physician.'
	}
};
