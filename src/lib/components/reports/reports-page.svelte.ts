import { databaseConnection } from '$lib/app/database-connection.svelte';
import { ehrSession } from '$lib/app/ehr-session.svelte';
import { writeAudit } from '$lib/app/audit-trail';
import type { WorldRow } from '$lib/db/database';
import { builderTree, newBuilderRow, type BuilderKind, type BuilderRow } from '$lib/reports/report-builder';
import type { ReportDefinition } from '$lib/reports/report-criteria';
import { reportCsv } from '$lib/reports/report-csv';
import { outreachFor, recordOutreach, type OutreachOutcome, type RecallOutreach } from '$lib/reports/recall-outreach';
import { runReport, type ReportProgress, type ReportResult } from '$lib/reports/run-report';
import { deleteSavedReport, loadSavedReports, saveReport } from '$lib/reports/saved-reports';
import { STANDARD_REPORTS } from '$lib/reports/standard-reports';

export const BUILD_OWN = 'build';

/** The Reports screen's state: which report, the builder's rows, the last run and its outreach. */
export class ReportsPage {
	world = $state<WorldRow | undefined>();
	loaded = $state(false);
	saved = $state<ReportDefinition[]>([]);
	choice = $state<string>(STANDARD_REPORTS[0]?.id ?? BUILD_OWN);
	rows = $state<BuilderRow[]>([newBuilderRow(1, 'problem')]);
	combine = $state<'and' | 'or'>('and');
	saveName = $state('');
	running = $state(false);
	progress = $state<ReportProgress | undefined>();
	result = $state<ReportResult | undefined>();
	ranReport = $state<ReportDefinition | undefined>();
	outreach = $state<Map<string, RecallOutreach>>(new Map());
	error = $state<string | undefined>();
	message = $state<string | undefined>();
	#nextKey = 2;

	get reports(): ReportDefinition[] {
		return [...STANDARD_REPORTS, ...this.saved];
	}

	get selected(): ReportDefinition | undefined {
		return this.reports.find((r) => r.id === this.choice);
	}

	get building(): boolean {
		return this.choice === BUILD_OWN;
	}

	async load(): Promise<void> {
		const db = await databaseConnection.open();
		if (db) {
			this.world = await db.worlds.get('current');
			this.saved = await loadSavedReports(db);
		}
		this.loaded = true;
	}

	addRow(kind: BuilderKind): void {
		this.rows.push(newBuilderRow(this.#nextKey++, kind));
	}

	removeRow(key: number): void {
		this.rows = this.rows.filter((r) => r.key !== key);
	}

	builtReport(): ReportDefinition {
		const title = this.saveName.trim() || 'Custom report';
		return { id: `saved-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, title, root: builderTree(this.rows, this.combine) };
	}

	async save(): Promise<void> {
		const db = databaseConnection.db;
		if (!db || !this.saveName.trim() || this.rows.length === 0) return;
		const report = this.builtReport();
		this.saved = await saveReport(db, report);
		this.choice = report.id;
		this.message = `Saved “${report.title}”.`;
	}

	async deleteSelected(): Promise<void> {
		const db = databaseConnection.db;
		const report = this.selected;
		if (!db || !report?.id.startsWith('saved-')) return;
		this.saved = await deleteSavedReport(db, report.id);
		this.choice = STANDARD_REPORTS[0]?.id ?? BUILD_OWN;
		this.message = `Deleted “${report.title}”.`;
	}

	async run(): Promise<void> {
		const db = databaseConnection.db;
		const report = this.building ? this.builtReport() : this.selected;
		if (!db || !report || !this.world) return;
		if (this.building && this.rows.length === 0) {
			this.error = 'Add at least one criterion before running the report.';
			return;
		}
		this.running = true;
		this.error = undefined;
		this.message = undefined;
		this.progress = undefined;
		try {
			const result = await runReport(db, report.root, { today: this.world.today, onProgress: (p) => (this.progress = p) });
			this.outreach = report.recall ? await outreachFor(db, report.id) : new Map();
			this.result = result;
			this.ranReport = report;
			this.#audit('search', `report: ${report.title} (${result.count} patients)`);
		} catch (error) {
			this.error = `The report could not run: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
		} finally {
			this.running = false;
		}
	}

	async setOutreach(patient: string, outcome: OutreachOutcome): Promise<void> {
		const db = databaseConnection.db;
		const report = this.ranReport;
		if (!db || !report) return;
		const row = await recordOutreach(db, { report: report.id, patient, outcome, at: new Date().toISOString(), ...(ehrSession.user ? { by: ehrSession.user.id } : {}) });
		this.outreach = new Map(this.outreach).set(patient, row);
	}

	csvBlob(): Blob | undefined {
		return this.result ? new Blob([reportCsv(this.result.patients)], { type: 'text/csv;charset=utf-8' }) : undefined;
	}

	recordExport(): void {
		this.#audit('export', `report CSV: ${this.ranReport?.title ?? ''}`);
	}

	print(): void {
		this.#audit('print', `report: ${this.ranReport?.title ?? ''}`);
		window.print();
	}

	#audit(action: 'search' | 'export' | 'print', query: string): void {
		const user = ehrSession.user;
		if (!user) return;
		void writeAudit([{ at: new Date().toISOString(), user: user.id, role: user.role, workstation: ehrSession.workstation, action, outcome: 'success', query }]);
	}
}
