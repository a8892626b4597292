/**
 * Every use of emergency access is reviewed (45 CFR 164.312(a)(2)(ii); 164.308(a)(1)(ii)(D)): an
 * info finding per break-the-glass record, so the learner sees that it was noticed.
 */
import type { PrivacyInput } from './privacy-input';
import { describeSections, privacyFinding, type PrivacyFinding } from './privacy-finding';
import { auditWhere, successful } from './timeline';

export function checkBreakTheGlassReview(input: PrivacyInput): PrivacyFinding[] {
	return successful(input.audit, ['break-glass']).map((record) =>
		privacyFinding('break-the-glass-review', 'review', {
			at: record.at,
			where: auditWhere(record),
			evidence: [record],
			values: { section: record.section === undefined ? 'the chart' : describeSections([record.section]) }
		})
	);
}
