import * as v from 'valibot';
import type { Resource } from '@medplum/fhirtypes';
import { finding, type Finding } from '$lib/findings/finding';
import { parseUntrustedJson } from '$lib/record/safe-json';
import { RESOURCE_TYPES, isStoredResourceType } from './resource-types';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

/**
 * The backup file: everything a learner has done in Chartroom, in one JSON file they can carry
 * to another browser. Pure (no Dexie, no DOM): the Worker that reads an imported file and the
 * page that writes one share it.
 *
 * {"format":"chartroom-backup","formatVersion":1,"exportedAt":"…","checksum":{"algorithm":"SHA-256","value":"…"},"contents":{…}}
 *
 * The checksum is SHA-256 over `JSON.stringify(contents)`. JSON text that `JSON.stringify`
 * wrote parses and re-serialises to the same text, so a reader re-serialises what it parsed
 * and compares: an edited or truncated file is refused, whatever its white space.
 *
 * Why not dexie-export-import's format: its import clears tables in transactions of their own
 * before it writes (a failure there half-applies), keeps its transaction open across file
 * reads, carries no checksum, and stores raw rows whose index fields belong to one schema
 * version. Here resources travel as FHIR resources and get their index fields from the
 * importing build (`rowsByType`), and the import is one transaction.
 */

export const BACKUP_FORMAT = 'chartroom-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Tables not carried: the imported full code set is a public file the learner can load again (and
 * large); the latest results are derived from the record, and rebuilt as it is restored.
 */
export const TABLES_NOT_BACKED_UP: ReadonlySet<string> = new Set(['codeSets', 'latestResults']);

const LATEST_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
const RESOURCE_TABLES: ReadonlySet<string> = new Set(RESOURCE_TYPES);

/** The learner's tables a backup carries row by row, with their primary key (`auto`: the database numbers rows). */
export const BACKUP_TABLES: Readonly<Record<string, { key: string; auto: boolean }>> = Object.fromEntries(
	Object.entries(LATEST_SCHEMA)
		.filter(([name, spec]) => spec !== null && !RESOURCE_TABLES.has(name) && !TABLES_NOT_BACKED_UP.has(name))
		.map(([name, spec]) => {
			const first = spec!.split(',')[0]!.trim();
			return [name, { key: first.replace(/^\+\+|^&/, ''), auto: first.startsWith('++') }];
		})
);

export type BackupRow = Record<string, unknown>;

export interface BackupContents {
	/** The database schema version of the Chartroom that wrote the file. */
	schemaVersion: number;
	/** Progress, drafts, settings, flags, audit log…: rows per table. */
	tables: Record<string, BackupRow[]>;
	/** Every stored FHIR resource: the clinic as the learner left it, their own records included. */
	resources: Resource[];
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	formatVersion: typeof BACKUP_FORMAT_VERSION;
	exportedAt: string;
	checksum: { algorithm: 'SHA-256'; value: string };
	contents: BackupContents;
}

/** What the learner is shown before an import: when the file was made and what it holds. */
export interface BackupPreview {
	exportedAt: string;
	schemaVersion: number;
	/** Rows per table and resources per type, largest first; empty ones left out. */
	counts: { name: string; rows: number }[];
	total: number;
}

export type BackupReadResult = { ok: true; backup: BackupFile; preview: BackupPreview } | { ok: false; findings: Finding[] };

export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The file's text. The contents are written once, and the checksum is of exactly that text. */
export async function serialiseBackup(contents: BackupContents, exportedAt: string): Promise<string> {
	const text = JSON.stringify(contents);
	const checksum = await sha256Hex(text);
	return `{"format":"${BACKUP_FORMAT}","formatVersion":${BACKUP_FORMAT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"checksum":{"algorithm":"SHA-256","value":"${checksum}"},"contents":${text}}`;
}

export function previewBackup(backup: BackupFile): BackupPreview {
	const { contents } = backup;
	const perType = new Map<string, number>();
	for (const resource of contents.resources) perType.set(resource.resourceType, (perType.get(resource.resourceType) ?? 0) + 1);
	const counts = [...Object.entries(contents.tables).map(([name, rows]) => ({ name, rows: rows.length })), ...[...perType].map(([name, rows]) => ({ name, rows }))]
		.filter((count) => count.rows > 0)
		.sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
	return { exportedAt: backup.exportedAt, schemaVersion: contents.schemaVersion, counts, total: counts.reduce((sum, count) => sum + count.rows, 0) };
}

const EnvelopeSchema = v.object({
	format: v.literal(BACKUP_FORMAT, `is not "${BACKUP_FORMAT}": this is not a Chartroom backup`),
	formatVersion: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
	exportedAt: v.pipe(v.string('must be a date and time'), v.isoTimestamp('must be an ISO 8601 date and time')),
	checksum: v.object({
		algorithm: v.literal('SHA-256', 'must be "SHA-256"'),
		value: v.pipe(v.string('must be a text'), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal digits'))
	}),
	contents: v.unknown()
});

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const RowSchema = v.looseObject({});
const ContentsSchema = v.strictObject({
	schemaVersion: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
	tables: v.record(v.string(), v.array(RowSchema, 'must be a list of rows'), 'must be an object of tables'),
	resources: v.array(
		v.looseObject({
			resourceType: v.custom<string>(isStoredResourceType, 'is not a resource type Chartroom keeps'),
			id: v.pipe(v.string('must be a text'), v.regex(FHIR_ID, 'must be a FHIR id: 1–64 letters, digits, "-" or "."'))
		}),
		'must be a list of FHIR resources'
	)
});

/** `contents.tables.attempts[3].id`, from a schema issue's path. */
function pathOf(issue: v.BaseIssue<unknown>, prefix: string): string {
	let path = prefix;
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
	}
	return path;
}

const MAX_FINDINGS = 20;

function issueFindings(issues: readonly v.BaseIssue<unknown>[], file: string, prefix: string): Finding[] {
	const findings = issues.slice(0, MAX_FINDINGS).map((issue) => {
		const where = pathOf(issue, prefix);
		return finding('error', 'backup.invalid', `${file}: ${where}`, `${where} ${issue.message}.`);
	});
	if (issues.length > MAX_FINDINGS) findings.push(finding('error', 'backup.invalid', file, `…and ${issues.length - MAX_FINDINGS} more problems.`));
	return findings;
}

/** Rows the importing database could not key, tables it does not know, a resource listed twice. */
function contentFindings(contents: BackupContents, file: string): Finding[] {
	const findings: Finding[] = [];
	const refuse = (where: string, message: string) => findings.push(finding('error', 'backup.invalid', `${file}: ${where}`, message));
	for (const [name, rows] of Object.entries(contents.tables)) {
		const table = BACKUP_TABLES[name];
		if (table === undefined) {
			refuse(`contents.tables.${name}`, `contents.tables.${name} is not a table Chartroom keeps.`);
			continue;
		}
		const seen = new Set<unknown>();
		rows.forEach((row, index) => {
			const key = row[table.key];
			if (key === undefined && table.auto) return;
			if ((typeof key !== 'string' || key === '') && typeof key !== 'number') refuse(`contents.tables.${name}[${index}].${table.key}`, `This row has no ${table.key}, which every ${name} row needs.`);
			else if (seen.has(key)) refuse(`contents.tables.${name}[${index}].${table.key}`, `${table.key} "${key}" appears twice in ${name}.`);
			seen.add(key);
		});
	}
	const resources = new Set<string>();
	contents.resources.forEach((resource, index) => {
		const reference = `${resource.resourceType}/${resource.id}`;
		if (resources.has(reference)) refuse(`contents.resources[${index}]`, `${reference} appears twice.`);
		resources.add(reference);
	});
	return findings.slice(0, MAX_FINDINGS);
}

/**
 * Read an untrusted backup file's text: refused whole, with findings that say what is wrong
 * and where, unless it is JSON without prototype keys, a Chartroom backup of a format and schema
 * this build reads, unchanged since export (checksum), with every row keyed.
 */
export async function readBackup(text: string, file: string): Promise<BackupReadResult> {
	const parsed = parseUntrustedJson(text, file);
	if (!parsed.ok) return { ok: false, findings: [parsed.finding] };

	const envelope = v.safeParse(EnvelopeSchema, parsed.value);
	if (!envelope.success) {
		const notBackup = typeof parsed.value !== 'object' || parsed.value === null || (parsed.value as BackupRow).format !== BACKUP_FORMAT;
		if (notBackup) return { ok: false, findings: [finding('error', 'backup.not-a-backup', file, 'This is not a Chartroom backup: it has no "format": "chartroom-backup". Choose a file made with "Export all progress".')] };
		return { ok: false, findings: issueFindings(envelope.issues, file, '') };
	}
	const { formatVersion, checksum } = envelope.output;
	if (formatVersion > BACKUP_FORMAT_VERSION) {
		return { ok: false, findings: [finding('error', 'backup.newer-format', `${file}: formatVersion`, `This backup was made by a newer Chartroom (backup format ${formatVersion}; this one reads format ${BACKUP_FORMAT_VERSION}). Update Chartroom, then import it.`)] };
	}
	const actual = await sha256Hex(JSON.stringify(envelope.output.contents));
	if (actual !== checksum.value) {
		return { ok: false, findings: [finding('error', 'backup.checksum-mismatch', `${file}: checksum`, 'This file was changed or damaged after it was exported: its SHA-256 checksum does not match its contents. Nothing was imported; export the backup again from the original browser.')] };
	}

	const contents = v.safeParse(ContentsSchema, envelope.output.contents);
	if (!contents.success) return { ok: false, findings: issueFindings(contents.issues, file, 'contents') };
	const backup = { ...envelope.output, contents: contents.output as unknown as BackupContents } as BackupFile;
	if (backup.contents.schemaVersion > CURRENT_SCHEMA_VERSION) {
		return { ok: false, findings: [finding('error', 'backup.newer-schema', `${file}: contents.schemaVersion`, `This backup was made by a newer Chartroom (database version ${backup.contents.schemaVersion}; this one has version ${CURRENT_SCHEMA_VERSION}). Update Chartroom, then import it.`)] };
	}
	const problems = contentFindings(backup.contents, file);
	if (problems.length) return { ok: false, findings: problems };
	return { ok: true, backup, preview: previewBackup(backup) };
}
