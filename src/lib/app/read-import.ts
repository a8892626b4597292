import { sizeFinding } from '$lib/record/safe-json';
import type { ReadImportRequest, ReadImportResult } from '$lib/workers/read-import-protocol';

/**
 * Read an untrusted file (a backup, a FHIR bundle) in a Worker. The size is checked first, here,
 * before a byte is read: a 60 MB file is refused at once and the tab never reads it.
 */
export function readImportFile(request: ReadImportRequest): Promise<ReadImportResult> {
	const tooLarge = sizeFinding(request.file.name, request.file.size);
	if (tooLarge) return Promise.resolve({ ok: false, findings: [tooLarge] });
	return new Promise((resolve) => {
		const worker = new Worker(new URL('../workers/read-import.worker.ts', import.meta.url), { type: 'module' });
		const finish = (result: ReadImportResult) => {
			worker.terminate();
			resolve(result);
		};
		worker.addEventListener('message', (event: MessageEvent<ReadImportResult>) => finish(event.data));
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			finish({ ok: false, findings: [{ severity: 'error', code: 'import.unreadable', where: request.file.name, message: `The file could not be read: ${event.message || 'the reader stopped'}. Nothing was imported.` }] });
		});
		worker.postMessage(request);
	});
}
