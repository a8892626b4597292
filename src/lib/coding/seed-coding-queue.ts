import type { Encounter } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from '$lib/db/database';
import { putResources, resourcesOnDays, tablesToWrite } from '$lib/db/resources';
import { backlogStart, isInCodingBacklog } from './choose-for-coding';
import { isSentToCoding, SENT_TO_CODING, withWorkflowTag } from './workflow-tags';

/** The clinic (by its generation time) whose backlog has been put in the queue. */
export const CODING_BACKLOG_SETTING = 'coding.backlog-seeded-for';

/**
 * Puts the generated clinic's coding backlog in the queue: tags the chosen recent encounters as
 * sent to coding, once per generated clinic (a regenerated clinic gets its own backlog). The
 * staff who "sent" them did so before the simulation began, so this is not a learner's action
 * and writes no audit event. Returns how many encounters were tagged.
 */
export async function seedCodingQueue(db: ChartroomDatabase): Promise<number> {
	return db.transaction('rw', [...tablesToWrite(db, ['Encounter']), db.settings, db.worlds], async () => {
		const world = await db.worlds.get('current');
		if (!world) return 0;
		const done = await db.settings.get(CODING_BACKLOG_SETTING);
		if (done?.value === world.generatedAt) return 0;
		const scenario = { today: world.today, seed: world.seed, salt: typeof world.salt === 'string' ? world.salt : '' };
		// Visits of the backlog's days before today (today's are still in progress).
		const visits = await resourcesOnDays<Encounter>(db, 'Encounter', backlogStart(world.today), world.today);
		const tagged = visits
			.filter((encounter) => (encounter.period?.start ?? '') < world.today && !isSentToCoding(encounter) && isInCodingBacklog(encounter, scenario))
			.map((encounter) => withWorkflowTag(encounter, SENT_TO_CODING));
		await putResources(db, tagged);
		await db.settings.put({ key: CODING_BACKLOG_SETTING, value: world.generatedAt });
		return tagged.length;
	});
}
