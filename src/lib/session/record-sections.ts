/**
 * The chart as the simulated EHR divides it, and what a staff member can do to each part.
 * Access rules, audit records (`AuditRecord.section`) and privacy findings all name sections
 * with these words, so a role matrix, an audit report and a flag talk about the same thing.
 */
/**
 * Each section with its title and whether it holds clinical information: what emergency access
 * (break-the-glass) may open and what treatment needs. Demographics, insurance and scheduling are
 * administrative; documents are scanned paperwork; billing and the audit are the clinic's own.
 */
const SECTIONS = {
	demographics: { title: 'Demographics', clinical: false },
	insurance: { title: 'Insurance', clinical: false },
	scheduling: { title: 'Scheduling', clinical: false },
	problems: { title: 'Problems', clinical: true },
	allergies: { title: 'Allergies', clinical: true },
	medications: { title: 'Medications', clinical: true },
	vitals: { title: 'Vital signs', clinical: true },
	labs: { title: 'Laboratory results', clinical: true },
	immunizations: { title: 'Immunizations', clinical: true },
	notes: { title: 'Notes', clinical: true },
	encounters: { title: 'Encounters', clinical: true },
	orders: { title: 'Orders', clinical: true },
	documents: { title: 'Scanned documents', clinical: false },
	billing: { title: 'Billing and coding', clinical: false },
	audit: { title: 'Access audit', clinical: false }
} as const satisfies Record<string, { title: string; clinical: boolean }>;

export type RecordSection = keyof typeof SECTIONS;

/** In chart order: the order screens, reports and released copies list them. */
export const RECORD_SECTIONS = Object.keys(SECTIONS) as readonly RecordSection[];

export const SECTION_TITLES: Readonly<Record<RecordSection, string>> = Object.fromEntries(
	RECORD_SECTIONS.map((section) => [section, SECTIONS[section].title])
) as Record<RecordSection, string>;

export const CLINICAL_SECTIONS: readonly RecordSection[] = RECORD_SECTIONS.filter((section) => SECTIONS[section].clinical);

/**
 * The patient's designated record set (45 CFR 164.501): what a release of the "whole chart"
 * contains. The access audit is the clinic's own log about the chart, not part of it.
 */
export const CHART_SECTIONS: readonly RecordSection[] = RECORD_SECTIONS.filter((section) => section !== 'audit');

/**
 * `prescribe` (a MedicationRequest) and `sign` (authenticating a note) are separate from
 * `create`: a medical assistant records a medication history but never orders a drug.
 */
export const RECORD_ACTIONS = ['view', 'create', 'update', 'print', 'export', 'disclose', 'prescribe', 'sign'] as const;

export type RecordAction = (typeof RECORD_ACTIONS)[number];

export function isRecordSection(value: unknown): value is RecordSection {
	return typeof value === 'string' && Object.hasOwn(SECTIONS, value);
}

export function isRecordAction(value: unknown): value is RecordAction {
	return typeof value === 'string' && (RECORD_ACTIONS as readonly string[]).includes(value);
}

/** The title for a known section; an unknown word (from an imported audit log) as it is. */
export function sectionTitle(section: string): string {
	return isRecordSection(section) ? SECTION_TITLES[section] : section;
}

export function isClinicalSection(section: string): boolean {
	return isRecordSection(section) && SECTIONS[section].clinical;
}
