/**
 * Views of sections the task does not need (45 CFR 164.502(b), 164.514(d)(2)): the lesson says which
 * sections the task calls for (`needs:` in its front matter); each other section opened is one
 * finding per person, chart and section. Only the sections the learner chose are judged: a screen
 * that is not one section (the summary every chart opens on) is where the EHR put them, not a choice.
 */
import { isRecordSection, type RecordSection } from '$lib/session/record-sections';
import type { PrivacyInput } from './privacy-input';
import { describeSections, privacyFinding, type PrivacyFinding } from './privacy-finding';
import { auditWhere, groupRecords, successful } from './timeline';

/**
 * The task's sections as stored with a lesson's workspace (read back from storage, so not trusted):
 * undefined unless it is a list of known section names, which keeps the rule quiet rather than
 * flagging every view against a list it cannot read.
 */
export function taskSectionsOf(value: unknown): RecordSection[] | undefined {
	if (!Array.isArray(value) || value.length === 0 || !value.every(isRecordSection)) return undefined;
	return [...value];
}

export function checkMinimumNecessary(input: PrivacyInput): PrivacyFinding[] {
	const needed = input.taskSections;
	if (needed === undefined) return [];
	const beyond = successful(input.audit, ['view']).filter((view) => isRecordSection(view.section) && !needed.includes(view.section));
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
