/**
 * What each tab of the chart screen shows, in the words of the role matrix, so the screen can
 * hide what a role may not see and refuse (with the reason) an attempt to reach it anyway.
 */
import { finding } from '$lib/findings/finding';
import { ACCESS_TEXTS } from '$lib/session/access-texts';
import { can, decideAccess, type AccessDecision } from '$lib/session/permissions';
import { isRecordSection, type RecordSection } from '$lib/session/record-sections';
import type { Role } from '$lib/session/roles';

/**
 * Tabs that show more than one section, or a section under another name. A tab whose id is a
 * section shows that section; any other tab is unknown and stays hidden (fail closed): a new tab
 * must say here what it shows before anyone sees it.
 */
const COMPOSITE_TABS: Readonly<Record<string, readonly RecordSection[]>> = {
	summary: ['problems', 'allergies', 'medications', 'vitals', 'labs', 'encounters']
};

export function tabSections(tab: string): readonly RecordSection[] {
	return COMPOSITE_TABS[tab] ?? (isRecordSection(tab) ? [tab] : []);
}

/** A role sees a tab when it may view every section the tab shows. */
export function roleSeesTab(role: Role, tab: string): boolean {
	const sections = tabSections(tab);
	return sections.length > 0 && sections.every((section) => can(role, section, 'view'));
}

/** Alt+Shift+letter jumps to a tab (keyboard users move faster than with the arrow keys). */
export const TAB_SHORTCUTS: Readonly<Record<string, string>> = {
	KeyS: 'summary',
	KeyD: 'demographics',
	KeyP: 'problems',
	KeyA: 'allergies',
	KeyM: 'medications',
	KeyV: 'vitals',
	KeyL: 'labs',
	KeyI: 'immunizations',
	KeyN: 'notes',
	KeyE: 'encounters',
	KeyO: 'orders',
	KeyC: 'documents'
};

export function shortcutTab(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): string | undefined {
	if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
	return TAB_SHORTCUTS[event.code];
}

/**
 * The access decision for reaching one tab of a chart already opened: the care relationship was
 * settled when the chart opened (so the care team is the viewer), what is left is the role matrix.
 * The first section the role may not view decides. An unknown tab is refused as not permitted.
 */
export function decideTab(staff: { id: string; role: Role }, patient: string, tab: string): AccessDecision & { section?: RecordSection } {
	const sections = tabSections(tab);
	const section = sections.find((one) => !can(staff.role, one, 'view')) ?? sections[0];
	if (section === undefined) {
		const text = ACCESS_TEXTS['access.not-permitted'];
		return { allowed: false, finding: finding(text.severity, 'access.not-permitted', `Patient/${patient}#${tab}`, text.message, { hint: text.hint }) };
	}
	return { ...decideAccess({ staff, patient, section, action: 'view', careTeam: [staff.id] }), section };
}
