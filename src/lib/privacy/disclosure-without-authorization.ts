/**
 * A disclosure with no valid authorization behind it (45 CFR 164.508): none on file for the
 * patient, or none that is signed, unrevoked, unexpired on the day and covering what went out.
 * The finding names the defect of the closest authorization (the one with fewest defects).
 */
import type { AuditRecord } from '$lib/db/audit-record';
import type { PrivacyInput } from './privacy-input';
import { describeSections, privacyFinding, type PrivacyFinding } from './privacy-finding';
import { checkAuthorization, type AuthorizationCheck, type AuthorizationProblem } from './release-of-information';
import { releasedSections } from './released-sections';
import type { RuleVariant } from './rule-texts';
import { auditWhere, successful } from './timeline';

/** The defects this rule can see; recipient and purpose are not in the audit log, and the patient always matches. */
type Defect = Extract<RuleVariant<'disclosure-without-authorization'>, AuthorizationProblem>;

const DEFECTS: readonly Defect[] = ['unsigned', 'revoked', 'no-expiration', 'expired', 'section-not-covered'];

function isDefect(problem: AuthorizationProblem): problem is Defect {
	return (DEFECTS as readonly string[]).includes(problem);
}

function closest(checks: readonly AuthorizationCheck[]): AuthorizationCheck | undefined {
	return checks.reduce<AuthorizationCheck | undefined>(
		(best, check) => (best === undefined || check.problems.length < best.problems.length ? check : best),
		undefined
	);
}

function judge(record: AuditRecord & { patient: string }, input: PrivacyInput): PrivacyFinding | undefined {
	const sections = releasedSections(record);
	const checks = (input.authorizations ?? [])
		.filter((authorization) => authorization.patient === record.patient)
		.map((authorization) => checkAuthorization(authorization, { patient: record.patient, sections, at: record.at }));
	if (checks.some((check) => check.valid)) return undefined;
	const best = closest(checks);
	const variant = best?.problems.find(isDefect) ?? 'none';
	const shown = variant === 'section-not-covered' && best !== undefined ? best.uncovered : sections;
	return privacyFinding('disclosure-without-authorization', variant, {
		at: record.at,
		where: auditWhere(record),
		evidence: [record],
		values: { sections: describeSections(shown) }
	});
}

export function checkDisclosureWithoutAuthorization(input: PrivacyInput): PrivacyFinding[] {
	return successful(input.audit, ['disclose'])
		.filter((record): record is AuditRecord & { patient: string } => record.patient !== undefined)
		.flatMap((record) => judge(record, input) ?? []);
}
