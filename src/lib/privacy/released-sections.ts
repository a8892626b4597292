/**
 * What a print, export or disclosure let out. A record without a section released the whole chart
 * (the designated record set), not nothing.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import { CHART_SECTIONS } from '$lib/session/record-sections';

export const RELEASE_ACTIONS = ['print', 'export', 'disclose'] as const satisfies readonly AuditRecord['action'][];

export function releasedSections(record: AuditRecord): readonly string[] {
	return record.section === undefined ? CHART_SECTIONS : [record.section];
}
