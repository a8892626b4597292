import { readBackup } from '$lib/db/backup-format';
import { finding } from '$lib/findings/finding';
import { planBundleImport } from '$lib/record/bundle-import';
import { parseUntrustedJson, sizeFinding } from '$lib/record/safe-json';
import type { ReadImportRequest, ReadImportResult } from './read-import-protocol';

// Reading, parsing and checking an imported file can take seconds for a large one: here it
// never freezes the page, and a hostile file's objects never exist in the page's realm.
const scope = self as unknown as {
	postMessage(message: ReadImportResult): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<ReadImportRequest>) => void): void;
};

async function read({ kind, file }: ReadImportRequest): Promise<ReadImportResult> {
	// The page checked the size already; a Worker trusts no caller.
	const tooLarge = sizeFinding(file.name, file.size);
	if (tooLarge) return { ok: false, findings: [tooLarge] };
	const text = await file.text();
	if (kind === 'backup') {
		const result = await readBackup(text, file.name);
		return result.ok ? { ok: true, kind, backup: result.backup, preview: result.preview } : result;
	}
	const parsed = parseUntrustedJson(text, file.name);
	if (!parsed.ok) return { ok: false, findings: [parsed.finding] };
	const plan = planBundleImport(parsed.value, file.name);
	return plan.resources.length ? { ok: true, kind, plan } : { ok: false, findings: plan.findings };
}

scope.addEventListener('message', (event) => {
	read(event.data).then(scope.postMessage, (error: unknown) =>
		scope.postMessage({ ok: false, findings: [finding('error', 'import.unreadable', event.data.file.name, `The file could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`)] })
	);
});
