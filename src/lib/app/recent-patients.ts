import type { ChartroomDatabase } from '$lib/db/database';

const MAX_RECENT = 10;
const keyFor = (userId: string) => `recent-patients:${userId}`;

/** The charts a staff member opened lately, newest first: the EHR's "recent patients" list. */
export async function recentPatientIds(db: ChartroomDatabase, userId: string): Promise<string[]> {
	const row = await db.settings.get(keyFor(userId));
	return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

export async function rememberPatient(db: ChartroomDatabase, userId: string, patientId: string): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const ids = await recentPatientIds(db, userId);
		await db.settings.put({ key: keyFor(userId), value: [patientId, ...ids.filter((id) => id !== patientId)].slice(0, MAX_RECENT) });
	});
}
