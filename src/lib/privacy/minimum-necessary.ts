/**
 * Views of sections the task does not need (45 CFR 164.514(d)(2)): the lesson says which sections
 * the task calls for; each other section opened is one finding per person, chart and section.
 */
import type { PrivacyInput } from './privacy-input';
import { describeSections, privacyFinding, type PrivacyFinding } from './privacy-finding';
import { auditWhere, groupRecords, successful } from './timeline';

export function checkMinimumNecessary(input: PrivacyInput): PrivacyFinding[] {
	const needed = input.taskSections;
	if (needed === undefined) return [];
	const beyond = successful(input.audit, ['view']).filter((view) => view.section !== undefined && !needed.includes(view.section));
	return groupRecords(beyond, (view) => `${view.user}\u0000${view.patient ?? ''}\u0000${view.section}`).map((views) => {
		const [first] = views;
		return privacyFinding('minimum-necessary', 'beyond-task', {
			at: first.at,
			where: auditWhere(first),
			evidence: views,
			values: { section: describeSections([first.section ?? '']) }
		});
	});
}
