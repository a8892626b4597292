import 'fake-indexeddb/auto';
import { beforeAll, expect, test } from 'vitest';
import type { AuditRecord } from '$lib/db/audit-record';
import type { ChartroomDatabase } from '$lib/db/database';
import { quotaFault } from '$lib/db/__fixtures__/quota-faults';
import { writeAudit } from './audit-trail';
import { databaseConnection } from './database-connection.svelte';
import { workSaving } from './work-saving.svelte';

const fault = quotaFault();
let db: ChartroomDatabase;

beforeAll(async () => {
	db = (await databaseConnection.open())!;
	// The tab's own connection, reopened with a disk that can be made to fill up.
	db.use(fault.middleware);
	db.close({ disableAutoOpen: false });
	await db.open();
});

const event = (action: AuditRecord['action']): AuditRecord => ({ at: '2026-11-23T10:00:00.000Z', user: 'ana', role: 'nurse', workstation: 'WS-1', action, outcome: 'success', patient: 'p1' });

test("one call's records are stored together, in order, or not at all; a full disk is reported, not thrown", async () => {
	expect(await writeAudit([event('view'), event('view-end')])).toEqual([1, 2]);

	fault.refuse(2);
	expect(await writeAudit([event('view'), event('print')])).toEqual([]);
	expect(workSaving.storageFull).toBe(true);
	expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['view', 'view-end']);

	expect(await writeAudit([event('lock')])).toEqual([3]);
	expect(workSaving.storageFull).toBe(false);
});
