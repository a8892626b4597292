/** Reports a learner built and named, kept in settings under `saved-reports`. */
import type { ChartroomDatabase } from '$lib/db/database';
import type { ReportDefinition } from './report-criteria';

export const SAVED_REPORTS_KEY = 'saved-reports';

function isDefinition(value: unknown): value is ReportDefinition {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return typeof v.id === 'string' && typeof v.title === 'string' && typeof v.root === 'object' && v.root !== null;
}

export async function loadSavedReports(db: ChartroomDatabase): Promise<ReportDefinition[]> {
	const row = await db.settings.get(SAVED_REPORTS_KEY);
	return Array.isArray(row?.value) ? row.value.filter(isDefinition) : [];
}

/** Save (or replace by title) a named report; returns the new list. */
export async function saveReport(db: ChartroomDatabase, report: ReportDefinition): Promise<ReportDefinition[]> {
	return db.transaction('rw', db.settings, async () => {
		const list = (await loadSavedReports(db)).filter((r) => r.id !== report.id);
		list.push(report);
		await db.settings.put({ key: SAVED_REPORTS_KEY, value: list });
		return list;
	});
}

export async function deleteSavedReport(db: ChartroomDatabase, id: string): Promise<ReportDefinition[]> {
	return db.transaction('rw', db.settings, async () => {
		const list = (await loadSavedReports(db)).filter((r) => r.id !== id);
		await db.settings.put({ key: SAVED_REPORTS_KEY, value: list });
		return list;
	});
}
