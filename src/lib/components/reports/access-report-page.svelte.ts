/**
 * The access-audit screen's state: the privacy officer's filters, the last report and its CSV.
 * Running the report reads the audit log about patients, so the run itself is audited too
 * (with its purpose), and so is the export.
 */
import type { Patient } from '@medplum/fhirtypes';
import { writeAudit } from '$lib/app/audit-trail';
import { databaseConnection } from '$lib/app/database-connection.svelte';
import { downloadFile } from '$lib/app/download';
import { ehrSession } from '$lib/app/ehr-session.svelte';
import type { AuditRecord } from '$lib/db/audit-record';
import { accessReport, auditedPatients, type AccessReport, type AccessReportFilter, type AccessReportKind } from '$lib/db/access-report';
import { getResource } from '$lib/db/resources';
import { mrnOf } from '$lib/record/identifiers';
import { displayName } from '$lib/record/patient-display';
import { accessCsv } from '$lib/reports/access-report-csv';
import { can } from '$lib/session/permissions';

const DAY_MS = 86_400_000;

function localDay(ms: number): string {
	const date = new Date(ms);
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The purpose recorded with every run, as the role's policy asks. */
export const AUDIT_PURPOSE = 'Access audit report';

export class AccessReportPage {
	/** Patient id → "Name (MRN …)" for every patient in the audit log. */
	patients = $state<Record<string, string>>({});
	patient = $state('');
	user = $state('');
	from = $state(localDay(Date.now() - 7 * DAY_MS));
	to = $state(localDay(Date.now()));
	kind = $state<AccessReportKind>('access');
	report = $state<AccessReport | undefined>();
	running = $state(false);
	error = $state('');

	/** Only the health-information / privacy officer reads the access audit (`audit: view`). */
	get allowed(): boolean {
		const user = ehrSession.user;
		return ehrSession.signedIn && user !== undefined && can(user.role, 'audit', 'view');
	}

	async load(): Promise<void> {
		const db = await databaseConnection.open();
		if (db === undefined) return;
		const ids = await auditedPatients(db);
		const found = await Promise.all(ids.map((id) => getResource<Patient>(db, 'Patient', id)));
		const labels: Record<string, string> = {};
		ids.forEach((id, index) => {
			const patient = found[index];
			labels[id] = patient ? `${displayName(patient)} (MRN ${mrnOf(patient) ?? '—'})` : `Patient ${id} (no longer in the clinic)`;
		});
		this.patients = labels;
	}

	get filter(): AccessReportFilter {
		const filter: AccessReportFilter = { kind: this.kind };
		if (this.patient) filter.patient = this.patient;
		if (this.user) filter.user = this.user;
		if (this.from) filter.from = new Date(`${this.from}T00:00:00`).toISOString();
		if (this.to) filter.to = new Date(`${this.to}T23:59:59.999`).toISOString();
		return filter;
	}

	#auditRecord(action: AuditRecord['action']): AuditRecord | undefined {
		const staff = ehrSession.user;
		if (staff === undefined) return undefined;
		const record: AuditRecord = { at: new Date().toISOString(), user: staff.id, role: staff.role, workstation: ehrSession.workstation, action, outcome: 'success', section: 'audit', reason: AUDIT_PURPOSE };
		if (this.patient) record.patient = this.patient;
		if (ehrSession.state.attempt !== undefined) record.attempt = ehrSession.state.attempt;
		return record;
	}

	async run(): Promise<void> {
		if (!this.allowed) return;
		if (this.from && this.to && this.from > this.to) {
			this.error = 'The start date is after the end date. Swap them or pick another range.';
			return;
		}
		this.error = '';
		const db = await databaseConnection.open();
		if (db === undefined) {
			this.error = 'The audit log cannot be read in this browser (storage unavailable).';
			return;
		}
		this.running = true;
		try {
			const record = this.#auditRecord('view');
			if (record) await writeAudit([record]);
			this.report = await accessReport(db, this.filter);
		} finally {
			this.running = false;
		}
	}

	async exportCsv(): Promise<void> {
		const report = this.report;
		if (report === undefined || !this.allowed) return;
		const record = this.#auditRecord('export');
		if (record) await writeAudit([record]);
		const name = `access-report-${this.from || 'start'}-to-${this.to || 'now'}.csv`;
		downloadFile(name, accessCsv(report.entries, this.patients), 'text/csv');
	}
}
