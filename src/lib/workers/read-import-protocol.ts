import type { BackupFile, BackupPreview } from '$lib/db/backup-format';
import type { Finding } from '$lib/findings/finding';
import type { BundleImportPlan } from '$lib/record/bundle-import';

/** The page hands an untrusted file to the read-import Worker, which reads, parses and checks it. */
export type ReadImportRequest = { kind: 'backup' | 'bundle'; file: File };

export type ReadImportResult =
	| { ok: true; kind: 'backup'; backup: BackupFile; preview: BackupPreview }
	| { ok: true; kind: 'bundle'; plan: BundleImportPlan }
	| { ok: false; findings: Finding[] };
