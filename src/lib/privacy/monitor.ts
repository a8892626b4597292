/**
 * The privacy monitor: every rule over one attempt's audit log and session events, as one list of
 * findings read as a timeline (by time; same instant, in rule order). Pure and deterministic: the
 * same input gives the same findings in the same order.
 */
import { instantMs } from '$lib/session/instant';
import { checkBreakTheGlassReview } from './break-the-glass-review';
import { checkCredentialSharing } from './credential-sharing';
import { checkDisclosureWithoutAuthorization } from './disclosure-without-authorization';
import { checkExcessiveDisclosure } from './excessive-disclosure';
import { checkMinimumNecessary } from './minimum-necessary';
import { checkPasswordInRecord } from './password-in-record';
import type { PrivacyInput } from './privacy-input';
import type { PrivacyFinding } from './privacy-finding';
import { PRIVACY_RULE_IDS, type PrivacyRule } from './rule-texts';
import { checkSnooping } from './snooping';
import { checkUnlockedWorkstation } from './unlocked-workstation';
import { checkWrongPatient } from './wrong-patient';

export const PRIVACY_RULES: Readonly<Record<PrivacyRule, (input: PrivacyInput) => PrivacyFinding[]>> = {
	'unlocked-workstation': checkUnlockedWorkstation,
	snooping: checkSnooping,
	'minimum-necessary': checkMinimumNecessary,
	'wrong-patient': checkWrongPatient,
	'excessive-disclosure': checkExcessiveDisclosure,
	'disclosure-without-authorization': checkDisclosureWithoutAuthorization,
	'credential-sharing': checkCredentialSharing,
	'password-in-record': checkPasswordInRecord,
	'break-the-glass-review': checkBreakTheGlassReview
};

export function evaluatePrivacy(input: PrivacyInput): PrivacyFinding[] {
	const findings = PRIVACY_RULE_IDS.flatMap((rule) => PRIVACY_RULES[rule](input));
	// Stable: same-instant findings keep rule order, and each rule's own order.
	return findings.map((found) => ({ found, ms: instantMs(found.at) })).sort((a, b) => a.ms - b.ms).map(({ found }) => found);
}
