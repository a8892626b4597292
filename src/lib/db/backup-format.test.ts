import { describe, expect, test } from 'vitest';
import { BACKUP_TABLES, readBackup, serialiseBackup, sha256Hex, type BackupContents } from './backup-format';
import { CURRENT_SCHEMA_VERSION } from './schema';

const contents: BackupContents = {
	schemaVersion: CURRENT_SCHEMA_VERSION,
	tables: {
		attempts: [{ id: 'a1', lesson: 'quiz', startedAt: '2026-11-20T09:00:00.000Z', submittedAt: '2026-11-20T09:12:00.000Z', percent: 75, answers: { q1: 'I10' } }],
		drafts: [{ key: 'lesson:quiz:q2', updatedAt: '2026-11-21T10:00:00.000Z', value: 'E11' }],
		settings: [{ key: 'last-backup-at', value: '2026-11-23T10:00:00.000Z' }],
		audit: [
			{ seq: 1, at: '2026-11-20T09:01:00.000Z', user: 'ana', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success' },
			{ seq: 2, at: '2026-11-20T09:02:00.000Z', user: 'ana', role: 'nurse', workstation: 'WS-1', action: 'lock', outcome: 'success' }
		]
	},
	resources: [
		{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Quill' }] },
		{ resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'Heart rate' }, subject: { reference: 'Patient/p1' } },
		{ resourceType: 'Observation', id: 'o2', status: 'final', code: { text: 'Heart rate' }, subject: { reference: 'Patient/p1' } }
	]
};
const EXPORTED_AT = '2026-11-23T10:00:00.000Z';

async function refusal(text: string) {
	const read = await readBackup(text, 'backup.json');
	if (read.ok) throw new Error('expected the file to be refused');
	return read.findings.map((f) => [f.code, f.where, f.message]);
}

/** A file whose contents were replaced, with a checksum that matches them: what a buggy or hand-made exporter would write. */
async function withContents(changed: unknown): Promise<string> {
	const text = JSON.stringify(changed);
	return `{"format":"chartroom-backup","formatVersion":1,"exportedAt":"${EXPORTED_AT}","checksum":{"algorithm":"SHA-256","value":"${await sha256Hex(text)}"},"contents":${text}}`;
}

describe('the backup file', () => {
	test('carries its format, version, date and a SHA-256 checksum of exactly its contents', async () => {
		const text = await serialiseBackup(contents, EXPORTED_AT);
		const file = JSON.parse(text) as Record<string, unknown>;
		expect(file).toMatchObject({ format: 'chartroom-backup', formatVersion: 1, exportedAt: EXPORTED_AT, checksum: { algorithm: 'SHA-256' } });
		expect((file.checksum as { value: string }).value).toBe(await sha256Hex(JSON.stringify(contents)));
	});

	test('reads back whole, with a preview of what it holds and when it was made', async () => {
		const read = await readBackup(await serialiseBackup(contents, EXPORTED_AT), 'backup.json');
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.backup.contents).toEqual(contents);
		expect(read.preview).toEqual({
			exportedAt: EXPORTED_AT,
			schemaVersion: CURRENT_SCHEMA_VERSION,
			counts: [
				{ name: 'audit', rows: 2 },
				{ name: 'Observation', rows: 2 },
				{ name: 'attempts', rows: 1 },
				{ name: 'drafts', rows: 1 },
				{ name: 'Patient', rows: 1 },
				{ name: 'settings', rows: 1 }
			],
			total: 8
		});
	});

	test('pretty-printed by hand but unchanged, it still reads: the checksum is of the data, not the spacing', async () => {
		const pretty = JSON.stringify(JSON.parse(await serialiseBackup(contents, EXPORTED_AT)), null, 2);
		expect((await readBackup(pretty, 'backup.json')).ok).toBe(true);
	});

	test('the learner tables it carries are the schema’s, without the reloadable code set', () => {
		expect(BACKUP_TABLES).toMatchObject({ attempts: { key: 'id', auto: false }, drafts: { key: 'key', auto: false }, audit: { key: 'seq', auto: true }, flags: { key: 'id', auto: false } });
		expect(Object.keys(BACKUP_TABLES)).not.toContain('codeSets');
		expect(Object.keys(BACKUP_TABLES)).not.toContain('Patient');
	});
});

describe('a backup file is refused whole, saying what is wrong and where', () => {
	test('one changed value: the checksum does not match', async () => {
		const text = (await serialiseBackup(contents, EXPORTED_AT)).replace('"percent":75', '"percent":100');
		expect(await refusal(text)).toEqual([
			['backup.checksum-mismatch', 'backup.json: checksum', 'This file was changed or damaged after it was exported: its SHA-256 checksum does not match its contents. Nothing was imported; export the backup again from the original browser.']
		]);
	});

	test('a truncated file is not JSON', async () => {
		const text = await serialiseBackup(contents, EXPORTED_AT);
		expect((await refusal(text.slice(0, text.length / 2)))[0]![0]).toBe('import.not-json');
	});

	test('{"__proto__": {"polluted": 1}} is refused and pollutes nothing', async () => {
		expect(await refusal('{"__proto__": {"polluted": 1}}')).toEqual([
			['import.forbidden-key', 'backup.json: __proto__', 'This file contains the key "__proto__", which no Chartroom file has and which could alter the app itself. Nothing was imported.']
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a prototype key hidden in a row is refused before the checksum is even read', async () => {
		const text = (await serialiseBackup(contents, EXPORTED_AT)).replace('"answers":{', '"answers":{"constructor":{"prototype":{"polluted":1}},');
		expect((await refusal(text))[0]!.slice(0, 2)).toEqual(['import.forbidden-key', 'backup.json: contents.tables.attempts[0].answers.constructor']);
	});

	test('another kind of file (a FHIR bundle) is not a backup', async () => {
		expect(await refusal('{"resourceType": "Bundle", "entry": []}')).toEqual([
			['backup.not-a-backup', 'backup.json', 'This is not a Chartroom backup: it has no "format": "chartroom-backup". Choose a file made with "Export all progress".']
		]);
	});

	test('a newer backup format or database version names both versions', async () => {
		const newerFormat = (await serialiseBackup(contents, EXPORTED_AT)).replace('"formatVersion":1', '"formatVersion":2');
		expect((await refusal(newerFormat))[0]).toEqual([
			'backup.newer-format',
			'backup.json: formatVersion',
			'This backup was made by a newer Chartroom (backup format 2; this one reads format 1). Update Chartroom, then import it.'
		]);
		const newerSchema = await serialiseBackup({ ...contents, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, EXPORTED_AT);
		expect((await refusal(newerSchema))[0]!.slice(0, 2)).toEqual(['backup.newer-schema', 'backup.json: contents.schemaVersion']);
	});

	test('a missing checksum or date is named by its field', async () => {
		const file = JSON.parse(await serialiseBackup(contents, EXPORTED_AT)) as Record<string, unknown>;
		delete file.checksum;
		file.exportedAt = 'yesterday';
		expect((await refusal(JSON.stringify(file))).map(([code, where]) => [code, where])).toEqual([
			['backup.invalid', 'backup.json: exportedAt'],
			['backup.invalid', 'backup.json: checksum']
		]);
	});

	test('rows the database could not store: no key, a key twice, an unknown table, a resource type not kept', async () => {
		const broken = {
			...contents,
			tables: { ...contents.tables, attempts: [{ lesson: 'quiz' }], drafts: [contents.tables.drafts![0], contents.tables.drafts![0]], scratch: [{ id: 1 }] }
		};
		expect(await refusal(await withContents(broken))).toEqual([
			['backup.invalid', 'backup.json: contents.tables.attempts[0].id', 'This row has no id, which every attempts row needs.'],
			['backup.invalid', 'backup.json: contents.tables.drafts[1].key', 'key "lesson:quiz:q2" appears twice in drafts.'],
			['backup.invalid', 'backup.json: contents.tables.scratch', 'contents.tables.scratch is not a table Chartroom keeps.']
		]);
		const basic = { ...contents, resources: [{ resourceType: 'Basic', id: 'b1' }] };
		expect(await refusal(await withContents(basic))).toEqual([
			['backup.invalid', 'backup.json: contents.resources[0].resourceType', 'contents.resources[0].resourceType is not a resource type Chartroom keeps.']
		]);
	});
});
