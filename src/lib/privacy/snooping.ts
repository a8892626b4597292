/**
 * Opening a chart with no care relationship and no stated reason. A reason given on or before the
 * view (on the view itself, on an earlier access to the same chart, or when breaking the glass)
 * explains it; one finding per person and chart, pointing at the first unexplained view. Worse
 * when the chart is one people are tempted to read: the viewer's own, a relative's, a co-worker's,
 * a co-worker's relative's, a well-known patient's.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import { familyNameOf, findStaff } from '$lib/session/staff';
import { sameName } from './patient-facts';
import type { PatientFacts, PrivacyInput } from './privacy-input';
import { privacyFinding, type PrivacyFinding } from './privacy-finding';
import type { RuleVariant } from './rule-texts';
import { auditWhere, groupRecords, sortedAudit } from './timeline';

/**
 * The most telling circumstance first: oneself, one's own family (recorded as such, or sharing the
 * viewer's family name), a colleague, a colleague's recorded family, a public figure, then someone
 * who merely shares a colleague's family name. The viewer and colleagues are looked up on the roster.
 */
export function snoopingVariant(viewer: string, facts: PatientFacts | undefined, input: PrivacyInput): RuleVariant<'snooping'> {
	if (facts === undefined) return 'plain';
	if (facts.staffMemberId === viewer) return 'self';
	const roster = input.staff ?? [];
	const staffMember = findStaff(roster, viewer);
	if (facts.relativeOfStaff === viewer || (staffMember !== undefined && sameName(familyNameOf(staffMember), facts.family))) return 'relative';
	if (facts.staffMemberId !== undefined) return 'co-worker';
	if (facts.relativeOfStaff !== undefined) return 'co-worker-relative';
	if (facts.vip === true) return 'vip';
	// A shared family name alone is weaker than the VIP mark, so it comes after it.
	return roster.some((member) => member.id !== viewer && sameName(familyNameOf(member), facts.family)) ? 'co-worker-relative' : 'plain';
}

const hasReason = (record: AuditRecord) => (record.reason ?? '').trim() !== '';

export function checkSnooping(input: PrivacyInput): PrivacyFinding[] {
	const explained = new Set<string>();
	const unexplained: AuditRecord[] = [];
	for (const record of sortedAudit(input.audit)) {
		if (record.patient === undefined || record.outcome !== 'success') continue;
		const key = `${record.user}\u0000${record.patient}`;
		if (hasReason(record) || record.action === 'break-glass') explained.add(key);
		if (record.action !== 'view' || explained.has(key)) continue;
		if ((input.careTeams?.[record.patient] ?? []).includes(record.user)) continue;
		unexplained.push(record);
	}
	return groupRecords(unexplained, (record) => `${record.user}\u0000${record.patient}`).map((views) => {
		const [first] = views;
		const variant = snoopingVariant(first.user, input.patients?.[first.patient ?? ''], input);
		return privacyFinding('snooping', variant, { at: first.at, where: auditWhere(first), evidence: views });
	});
}
