/**
 * Writes a lesson scenario's audit history (lessons/scenario-history.ts) when its clinic is set
 * up. The audit log is append-only, so history is written once per lesson: setting the clinic
 * up again (a reset) keeps the history already there instead of adding a second copy that
 * would double every time on screen in the access report.
 */
import { recordAudit } from '$lib/db/audit';
import type { ChartroomDatabase } from '$lib/db/database';
import type { HistoryView } from '$lib/lessons/scenario-history';

/** Stores the views (each end pointing at its view); returns how many views were written. */
export async function seedScenarioHistory(db: ChartroomDatabase, marker: string, views: readonly HistoryView[]): Promise<number> {
	if (views.length === 0) return 0;
	return db.transaction('rw', db.audit, async () => {
		const existing = await db.audit.filter((record) => record.attempt === marker).count();
		if (existing > 0) return 0;
		for (const { view, end } of views) {
			const ref = await recordAudit(db, view);
			await recordAudit(db, { ...end, ref });
		}
		return views.length;
	});
}
