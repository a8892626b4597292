import { backupTables, collectBackup, restoreBackup } from '$lib/db/backup';
import { serialiseBackup, type BackupFile, type BackupPreview } from '$lib/db/backup-format';
import type { ChartroomDatabase } from '$lib/db/database';
import { finding, type Finding } from '$lib/findings/finding';
import { unsavedDrafts } from './autosaver';
import { clinicGeneration } from './clinic-generation.svelte';
import { databaseConnection } from './database-connection.svelte';
import { downloadFile } from './download';
import { readImportFile } from './read-import';
import { workSaving } from './work-saving.svelte';

/** The settings row that remembers when the learner last exported a backup. */
export const LAST_BACKUP_KEY = 'last-backup-at';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'importing' | 'done' | 'refused';

/** "Nov 23, 2026, 10:00 AM", or "never". */
export function backupDate(iso: string | undefined): string {
	return iso === undefined ? 'never' : new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Settings → Back up your progress: export everything as one file, and import such a file after
 * showing what it holds. A backup is the learner's own copy of their progress, not a release of
 * the simulated EHR's records, so it writes no audit event (a lesson's conduct checks never see it).
 */
class Backups {
	lastBackupAt = $state<string | undefined>();
	exporting = $state(false);
	exportMessage = $state('');
	phase = $state<ImportPhase>('idle');
	fileName = $state('');
	preview = $state<BackupPreview | undefined>();
	findings = $state<Finding[]>([]);
	importMessage = $state('');
	#chosen: BackupFile | undefined;

	async refresh(): Promise<void> {
		const db = await this.#database();
		const row = await db?.settings.get(LAST_BACKUP_KEY).catch(() => undefined);
		this.lastBackupAt = typeof row?.value === 'string' ? row.value : undefined;
	}

	/**
	 * Works when the disk is full, which is when it matters most: the file is made from what is
	 * stored plus what is typed and not yet saved, and only then is its date recorded (if it can be).
	 */
	async exportAll(): Promise<void> {
		const db = await this.#database();
		if (db === undefined) {
			this.exportMessage = 'Nothing can be exported: this tab cannot read your saved work (see the message at the top of the page).';
			return;
		}
		this.exporting = true;
		this.exportMessage = '';
		try {
			const exportedAt = new Date().toISOString();
			const contents = await collectBackup(db, { extraRows: { drafts: unsavedDrafts(), settings: [{ key: LAST_BACKUP_KEY, value: exportedAt }] } });
			const fileName = `chartroom-backup-${exportedAt.slice(0, 10)}.json`;
			downloadFile(fileName, await serialiseBackup(contents, exportedAt), 'application/json');
			this.lastBackupAt = exportedAt;
			const records = contents.resources.length;
			const attempts = contents.tables.attempts?.length ?? 0;
			this.exportMessage = `Saved ${fileName}: ${attempts} lesson attempt${attempts === 1 ? '' : 's'} and ${records.toLocaleString('en-US')} clinic record${records === 1 ? '' : 's'}.`;
			await workSaving.write(db, [db.settings], () => db.settings.put({ key: LAST_BACKUP_KEY, value: exportedAt })).catch(() => {
				// Storage full: the file holds the date; this browser will remember it after the next import.
			});
		} catch (error) {
			this.exportMessage = `The backup could not be made: ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.exporting = false;
		}
	}

	/** Reads and checks a chosen file in a Worker; nothing changes until `confirmImport`. */
	async choose(file: File): Promise<void> {
		this.#chosen = undefined;
		this.preview = undefined;
		this.findings = [];
		this.importMessage = '';
		this.fileName = file.name;
		this.phase = 'reading';
		const read = await readImportFile({ kind: 'backup', file });
		if (!read.ok || read.kind !== 'backup') {
			this.findings = read.ok ? [] : read.findings;
			this.phase = 'refused';
			return;
		}
		this.#chosen = read.backup;
		this.preview = read.preview;
		this.phase = 'preview';
	}

	/** Replaces this browser's progress with the chosen backup's, in one transaction. */
	async confirmImport(): Promise<void> {
		const backup = this.#chosen;
		const db = await this.#database();
		if (backup === undefined || db === undefined) return;
		this.phase = 'importing';
		try {
			const summary = await workSaving.write(db, backupTables(db), () => restoreBackup(db, backup.contents));
			this.phase = 'done';
			this.importMessage = `Imported the backup of ${backupDate(backup.exportedAt)}: ${summary.rows.toLocaleString('en-US')} progress rows and ${summary.resources.toLocaleString('en-US')} clinic records.`;
			clinicGeneration.version += 1;
			await this.refresh();
		} catch (error) {
			this.phase = 'refused';
			this.findings = [finding('error', 'backup.not-imported', this.fileName, `Nothing was imported; your progress is as it was. ${error instanceof Error ? error.message : String(error)}`)];
		} finally {
			this.#chosen = undefined;
		}
	}

	cancel(): void {
		this.#chosen = undefined;
		this.preview = undefined;
		this.phase = 'idle';
	}

	async #database(): Promise<ChartroomDatabase | undefined> {
		await databaseConnection.open();
		return databaseConnection.db;
	}
}

export const backups = new Backups();
