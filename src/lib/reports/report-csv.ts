/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
import type { ReportPatient } from './run-report';

export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const REPORT_CSV_HEADER = ['MRN', 'Name', 'Date of birth', 'Sex', 'Detail'] as const;

export function reportCsv(patients: readonly ReportPatient[]): string {
	return toCsv([REPORT_CSV_HEADER, ...patients.map((p) => [p.mrn, p.name, p.birthDate, p.sex, p.detail])]);
}
