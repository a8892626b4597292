import { ChartroomDatabase } from '$lib/db/database';
import { replaceWorld, WorldReplacementCancelled } from '$lib/db/replace-world';
import { cohortBatches, GENERATION_BATCH_SIZE } from './cohort-batches';
import type { GenerateClinicEvent, GenerateClinicRequest } from './generate-clinic-protocol';

// Cast rather than referencing the webworker lib, whose types clash with the DOM's.
const scope = self as unknown as {
	postMessage(message: GenerateClinicEvent): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<GenerateClinicRequest>) => void): void;
};

let cancelled = false;

scope.addEventListener('message', (event) => {
	const request = event.data;
	if (request.type === 'cancel') {
		cancelled = true;
		return;
	}
	cancelled = false;
	void generate(request.scenario, request.batchSize);
});

async function generate(scenario: Extract<GenerateClinicRequest, { type: 'generate' }>['scenario'], batchSize = GENERATION_BATCH_SIZE) {
	const db = new ChartroomDatabase();
	const started = performance.now();
	try {
		const { world, batches } = cohortBatches(scenario, batchSize, new Date().toISOString());
		const total = scenario.cohort;
		const result = await replaceWorld(db, world, batches, {
			onProgress: (stored) => scope.postMessage({ type: 'progress', stored, total }),
			// Cancel messages arrive between batches, while the transaction waits on IndexedDB.
			isCancelled: () => cancelled
		});
		scope.postMessage({ type: 'done', patients: result.patients, resources: result.resources, ms: performance.now() - started });
	} catch (error) {
		if (error instanceof WorldReplacementCancelled || (error as { inner?: unknown }).inner instanceof WorldReplacementCancelled)
			scope.postMessage({ type: 'cancelled' });
		else scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	} finally {
		db.close();
	}
}
