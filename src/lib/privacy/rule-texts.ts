/**
 * What the privacy monitor says, as data: for each rule the regulation it rests on, why it
 * matters, and for each way of breaking it a severity, a message for the learner and a hint.
 * The rules hold no prose. `{name}` marks a value the rule fills in (see `TEXT_VALUES`).
 */
import type { Severity } from '$lib/findings/finding';

export interface VariantText {
	severity: Severity;
	message: string;
	hint: string;
}

export interface RuleText {
	regulation: string;
	why: string;
	variants: Readonly<Record<string, VariantText>>;
}

/** The only values a message may ask for. */
export const TEXT_VALUES = ['minutes', 'sections', 'section'] as const;

export const RULE_TEXTS = {
	'unlocked-workstation': {
		regulation:
			'45 CFR 164.312(a)(2)(iii) automatic logoff; 164.310(b)–(c) workstation use and security; ONC 45 CFR 170.315(d)(5) automatic access time-out',
		why: 'An open, unlocked chart can be read by anyone passing by, and whatever they do is recorded under your name.',
		variants: {
			idle: {
				severity: 'error',
				message: 'A chart stayed open and unlocked for more than {minutes} minutes with no one at the keyboard.',
				hint: 'Lock the screen whenever you step away, even for a moment.'
			},
			left: {
				severity: 'error',
				message: 'You left the workstation with a chart open and the screen unlocked.',
				hint: 'Lock the screen (or sign out) before you turn away from it.'
			}
		}
	},
	snooping: {
		regulation: '45 CFR 164.502(a) uses only as permitted; 164.530(e) sanctions; ONC 45 CFR 170.315(d)(2) auditable events',
		why:
			'You may open a chart only to do your job for that patient. Every view is recorded, audits look for exactly this, and curiosity costs people their jobs.',
		variants: {
			plain: {
				severity: 'warning',
				message: 'You opened the chart of a patient you are not caring for, and gave no reason.',
				hint: 'Open only the charts of your patients; if you must open another, state why when asked.'
			},
			vip: {
				severity: 'error',
				message: 'You opened the chart of a well-known patient you are not caring for, and gave no reason.',
				hint: 'Well-known patients\' charts are watched closely. Open one only for your work, and say why.'
			},
			'co-worker': {
				severity: 'error',
				message: 'You opened a co-worker\'s chart without a care relationship or a reason.',
				hint: 'A colleague is a patient like any other: their chart is not yours to read.'
			},
			'co-worker-relative': {
				severity: 'error',
				message:
					'You opened the chart of a patient who may be a co-worker\'s relative (recorded as family of staff, or sharing a co-worker\'s family name), without a care relationship or a reason.',
				hint: 'A colleague\'s family are patients like any other: their charts are not yours to read, however worried or curious you are.'
			},
			relative: {
				severity: 'error',
				message: 'You opened the chart of a patient who shares your family name, without a care relationship or a reason.',
				hint: 'Never look up family members; they can ask for their records like any patient.'
			},
			self: {
				severity: 'error',
				message: 'You opened your own chart through the EHR.',
				hint: 'Ask for your own records through the patient portal or the records office, like any patient.'
			}
		}
	},
	'minimum-necessary': {
		regulation: '45 CFR 164.502(b) and 164.514(d)(2) minimum necessary (workforce access)',
		why: 'Seeing more than the task needs exposes information for no benefit to the patient.',
		variants: {
			'beyond-task': {
				severity: 'warning',
				message: 'You opened {section}, which this task does not need.',
				hint: 'Open only the parts of the chart your task calls for.'
			}
		}
	},
	'wrong-patient': {
		regulation: 'The Joint Commission NPSG.01.01.01 (two patient identifiers); 45 CFR 164.312(c)(1) integrity',
		why:
			'When names look alike, charting on the wrong one puts one patient\'s information in another\'s chart: a safety error and a privacy breach at once.',
		variants: {
			unverified: {
				severity: 'error',
				message: 'You charted on a patient picked from a search with similar names, without confirming who it was.',
				hint: 'Check two identifiers (full name and date of birth) on the demographics before you chart.'
			}
		}
	},
	'excessive-disclosure': {
		regulation: '45 CFR 164.502(b), 164.514(d)(3)–(4) minimum necessary for disclosures and requests',
		why: 'Whatever leaves the clinic cannot be called back; release only what the request needs.',
		variants: {
			'beyond-request': {
				severity: 'error',
				message: 'You released {sections}, which the request did not need.',
				hint: 'Compare each section with the request before printing, exporting or sending.'
			}
		}
	},
	'disclosure-without-authorization': {
		regulation:
			'45 CFR 164.508(a)(1), (b)(2), (c) valid authorization; 164.528 accounting of disclosures (an impermissible disclosure must be listed)',
		why: 'Outside treatment, payment and operations, only the patient\'s valid, signed authorization lets a chart leave the clinic.',
		variants: {
			none: {
				severity: 'error',
				message: 'You released {sections} with no authorization from the patient on file.',
				hint: 'Find the signed authorization before releasing anything.'
			},
			unsigned: {
				severity: 'error',
				message: 'You released {sections} under an authorization that was not signed.',
				hint: 'An authorization is valid only when signed and dated by the patient or their representative.'
			},
			revoked: {
				severity: 'error',
				message: 'You released {sections} under an authorization the patient had revoked.',
				hint: 'Check for a revocation before each release.'
			},
			'no-expiration': {
				severity: 'error',
				message: 'You released {sections} under an authorization with no expiration date.',
				hint: 'An authorization must state when it expires; without that it is defective.'
			},
			expired: {
				severity: 'error',
				message: 'You released {sections} under an authorization that had expired.',
				hint: 'Compare the expiration date with today\'s date before releasing.'
			},
			'section-not-covered': {
				severity: 'error',
				message: 'You released {sections}, which the patient\'s authorization does not cover.',
				hint: 'Release only the information the authorization describes.'
			}
		}
	},
	'credential-sharing': {
		regulation: '45 CFR 164.312(a)(2)(i) unique user identification; 164.312(d) person or entity authentication; ONC 45 CFR 170.315(d)(1)',
		why:
			'The audit log can only say who did what if every person works under their own sign-in; a shared sign-in makes you answerable for someone else\'s actions.',
		variants: {
			'not-assigned': {
				severity: 'error',
				message: 'You worked under a staff member\'s sign-in that is not yours.',
				hint: 'Sign in only as yourself, even when a colleague offers their sign-in.'
			},
			'shared-workstation': {
				severity: 'error',
				message: 'A second staff member worked at this workstation while someone else was still signed in.',
				hint: 'Sign out before someone else uses the workstation; never work under another person\'s session.'
			}
		}
	},
	'password-in-record': {
		regulation: '45 CFR 164.308(a)(5)(ii)(D) password management; 164.312(d) person or entity authentication',
		why: 'A password written into a chart can be read by everyone who opens it, for as long as the record is kept.',
		variants: {
			'known-password': {
				severity: 'error',
				message: 'You wrote a staff member\'s password into the record.',
				hint: 'Never write a password anywhere in a chart; tell the privacy officer so it can be changed.'
			},
			'password-like': {
				severity: 'warning',
				message: 'What you wrote looks like a password.',
				hint: 'Keep passwords out of the record, even ones for other systems.'
			}
		}
	},
	'break-the-glass-review': {
		regulation: '45 CFR 164.312(a)(2)(ii) emergency access procedure; 164.308(a)(1)(ii)(D) information system activity review; ONC 45 CFR 170.315(d)(6)',
		why: 'Emergency access is allowed so care is never blocked, and every use is reviewed afterwards to keep it for emergencies.',
		variants: {
			review: {
				severity: 'info',
				message: 'You used emergency access (break-the-glass) on {section}. It will be reviewed.',
				hint: 'Be ready to explain the emergency; document it in the chart.'
			}
		}
	}
} as const satisfies Readonly<Record<string, RuleText>>;

export type PrivacyRule = keyof typeof RULE_TEXTS;

export type RuleVariant<R extends PrivacyRule> = keyof (typeof RULE_TEXTS)[R]['variants'] & string;

export const PRIVACY_RULE_IDS = Object.keys(RULE_TEXTS) as PrivacyRule[];
