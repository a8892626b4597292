import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { accessCsv } from '$lib/reports/access-report-csv';
import type { AuditRecord } from './audit-record';
import { recordAudit } from './audit';
import type { Role } from '$lib/session/roles';
import { ChartroomDatabase } from './database';
import { accessReport, auditedPatients, formatDuration } from './access-report';

let db: ChartroomDatabase;
beforeEach(async () => {
	db = new ChartroomDatabase(`access-report-${Math.random().toString(36).slice(2)}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const day = (date: string, time: string) => `${date}T${time}.000Z`;
const chen = { user: 'ma-chen', role: 'medical-assistant' as const, workstation: 'room-2' };
const sato = { user: 'md-sato', role: 'physician' as const, workstation: 'room-3' };

async function write(record: Omit<AuditRecord, 'outcome'> & { outcome?: AuditRecord['outcome'] }): Promise<number> {
	return recordAudit(db, { outcome: 'success', ...record });
}

/** A view and its end, as the chart writes them: the end carries the start and the time on screen. */
async function viewFor(actor: { user: string; role: Role; workstation: string }, at: string, patient: string, section: string, durationMs?: number, reason?: string) {
	const seq = await write({ ...actor, at, action: 'view', patient, section, ...(reason ? { reason } : {}) });
	if (durationMs !== undefined) await write({ ...actor, at, action: 'view-end', patient, section, durationMs, ref: seq });
	return seq;
}

/** A week at the clinic around a well-known patient, vip-1. */
async function week() {
	await write({ ...chen, at: day('2025-03-03', '08:00:00'), action: 'login' });
	await viewFor(chen, day('2025-03-03', '09:00:00'), 'vip-1', 'summary', 125_000);
	await viewFor(chen, day('2025-03-03', '09:02:05'), 'vip-1', 'medications', 40_000);
	await viewFor(sato, day('2025-03-05', '14:00:00'), 'vip-1', 'notes', 300_000, 'Covering for Dr. Whitfield');
	await viewFor(sato, day('2025-03-05', '14:10:00'), 'p-2', 'summary');
	await write({ ...sato, at: day('2025-03-05', '14:20:00'), action: 'break-glass', patient: 'p-3', reason: 'Collapsed in the lobby' });
	await write({ user: 'fd-alvarez', role: 'front-desk', workstation: 'front-1', at: day('2025-03-06', '10:00:00'), action: 'view', outcome: 'refused', patient: 'vip-1', section: 'notes' });
	await write({ user: 'rn-okafor', role: 'nurse', workstation: 'station-1', at: day('2025-03-06', '11:00:00'), action: 'login', outcome: 'failure' });
	await viewFor(chen, day('2025-03-12', '09:00:00'), 'vip-1', 'summary', 10_000);
}

describe('accessReport', () => {
	test('who looked at the VIP\'s chart last week, for how long, from which terminal', async () => {
		await week();
		const report = await accessReport(db, { patient: 'vip-1', from: day('2025-03-03', '00:00:00'), to: day('2025-03-09', '23:59:59'), kind: 'access' });
		expect(report.entries.map((entry) => [entry.user, entry.workstation, entry.section, entry.durationMs, entry.reason])).toEqual([
			['ma-chen', 'room-2', 'summary', 125_000, undefined],
			['ma-chen', 'room-2', 'medications', 40_000, undefined],
			['md-sato', 'room-3', 'notes', 300_000, 'Covering for Dr. Whitfield']
		]);
		expect(report.byPatient).toEqual([
			{ key: 'vip-1', views: 3, totalMs: 465_000, first: day('2025-03-03', '09:00:00'), last: day('2025-03-05', '14:00:00'), others: ['ma-chen', 'md-sato'], workstations: ['room-2', 'room-3'] }
		]);
		expect(report.byUser.map((row) => [row.key, row.views, row.totalMs, row.workstations])).toEqual([
			['ma-chen', 2, 165_000, ['room-2']],
			['md-sato', 1, 300_000, ['room-3']]
		]);
	});

	test('what one staff member opened, with a view not yet closed shown as such', async () => {
		await week();
		const report = await accessReport(db, { user: 'md-sato', kind: 'access' });
		expect(report.byUser[0]?.others).toEqual(['vip-1', 'p-2']);
		expect(report.entries.map((entry) => formatDuration(entry.durationMs))).toEqual(['5 min 00 s', 'not closed']);
	});

	test('the events a privacy officer reviews: emergency access, refusals, failed sign-ins', async () => {
		await week();
		const kinds = async (kind: 'break-glass' | 'refused' | 'failed-sign-in') => (await accessReport(db, { kind })).entries.map((entry) => `${entry.user} ${entry.action} ${entry.patient ?? ''}`.trim());
		expect(await kinds('break-glass')).toEqual(['md-sato break-glass p-3']);
		expect(await kinds('refused')).toEqual(['fd-alvarez view vip-1']);
		expect(await kinds('failed-sign-in')).toEqual(['rn-okafor login']);
	});

	test('every event in a date range, view ends folded into their views', async () => {
		await week();
		const report = await accessReport(db, { from: day('2025-03-05', '00:00:00'), to: day('2025-03-05', '23:59:59') });
		expect(report.entries.map((entry) => entry.action)).toEqual(['view', 'view', 'break-glass']);
	});

	test('the patients the audit log knows, for the report\'s filter', async () => {
		await week();
		expect((await auditedPatients(db)).sort()).toEqual(['p-2', 'p-3', 'vip-1']);
	});

	test('CSV: one row an event, readable labels, the reason quoted when it needs to be', async () => {
		await week();
		const { entries } = await accessReport(db, { patient: 'vip-1', kind: 'access', to: day('2025-03-09', '23:59:59') });
		const lines = accessCsv(entries, { 'vip-1': 'Hale, Marla (MRN 7)' }).split('\r\n');
		expect(lines[0]).toBe('When,Staff member,Role,Workstation,Patient,Section,Action,Outcome,Time on screen,Reason');
		expect(lines[1]).toBe('2025-03-03T09:00:00.000Z,Kevin Chen,Medical assistant,room-2,"Hale, Marla (MRN 7)",Summary,view,success,2 min 05 s,');
		expect(lines[3]).toBe('2025-03-05T14:00:00.000Z,Hiro Sato,Physician,room-3,"Hale, Marla (MRN 7)",Notes,view,success,5 min 00 s,Covering for Dr. Whitfield');
		expect(lines).toHaveLength(5);
	});
});

test('a run of the report about a patient is listed among all events, not as a chart view', async () => {
	await write({ user: 'po-ferreira', role: 'privacy-officer', workstation: 'office-2', at: day('2025-03-07', '09:00:00'), action: 'view', patient: 'vip-1', section: 'audit', reason: 'Access audit report' });
	expect((await accessReport(db, { patient: 'vip-1', kind: 'access' })).entries).toEqual([]);
	expect((await accessReport(db, { patient: 'vip-1' })).entries.map((entry) => entry.section)).toEqual(['audit']);
	expect((await accessReport(db, { patient: 'vip-1' })).byPatient).toEqual([]);
});
