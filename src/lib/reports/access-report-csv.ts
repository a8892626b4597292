/** The access report as CSV, one audited event a row, in the words of the screen. */
import { formatDuration, isChartView, type AccessEntry } from '$lib/db/access-report';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import { ROLE_TITLES } from '$lib/session/roles';
import { sectionTitle } from '$lib/session/record-sections';
import { toCsv } from './report-csv';

export const ACCESS_CSV_HEADER = ['When', 'Staff member', 'Role', 'Workstation', 'Patient', 'Section', 'Action', 'Outcome', 'Time on screen', 'Reason'] as const;

export function staffLabel(id: string): string {
	return PRACTICE_STAFF.find((member) => member.id === id)?.name ?? id;
}

export function accessCsv(entries: readonly AccessEntry[], patients: Readonly<Record<string, string>> = {}): string {
	return toCsv([
		ACCESS_CSV_HEADER,
		...entries.map((entry) => [
			entry.at,
			staffLabel(entry.user),
			ROLE_TITLES[entry.role] ?? entry.role,
			entry.workstation,
			entry.patient === undefined ? '' : (patients[entry.patient] ?? entry.patient),
			entry.section === undefined ? '' : entry.section === 'summary' ? 'Summary' : sectionTitle(entry.section),
			entry.action === 'search' && entry.query ? `search “${entry.query}”` : entry.action,
			entry.outcome,
			isChartView(entry) ? formatDuration(entry.durationMs) : '',
			entry.reason ?? ''
		])
	]);
}
