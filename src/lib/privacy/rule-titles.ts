/** A short name for each privacy rule, as a flag's heading shows it; every rule must have one. */
import type { PrivacyRule } from './rule-texts';

export const RULE_TITLES: Readonly<Record<PrivacyRule, string>> = {
	'unlocked-workstation': 'Workstation left unlocked',
	snooping: 'Chart opened without a care relationship or reason',
	'minimum-necessary': 'More of the chart than the task needs',
	'wrong-patient': 'Charting without confirming the patient',
	'excessive-disclosure': 'Released more than the request needs',
	'disclosure-without-authorization': 'Released without a valid authorization',
	'credential-sharing': 'Working under someone else\'s sign-in',
	'password-in-record': 'A password in the record',
	'break-the-glass-review': 'Emergency access, to be reviewed'
};

export function ruleTitle(rule: string): string {
	return (RULE_TITLES as Readonly<Record<string, string>>)[rule] ?? rule;
}
