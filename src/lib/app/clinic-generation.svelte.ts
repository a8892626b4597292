import type { Scenario } from '$lib/synth/scenario';
import type { GenerateClinicEvent, GenerateClinicRequest } from '$lib/workers/generate-clinic-protocol';

export type GenerationPhase = 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/**
 * Generating a clinic runs in a Worker (thousands of patients would freeze the page) and
 * reports progress here; the page shows a progress bar and a cancel button.
 */
class ClinicGeneration {
	phase = $state<GenerationPhase>('idle');
	stored = $state(0);
	total = $state(0);
	message = $state('');
	/** Bumped after each finished generation, so lists know to reload. */
	version = $state(0);
	#worker: Worker | undefined;

	get percent(): number {
		return this.total ? Math.round((this.stored / this.total) * 100) : 0;
	}

	start(scenario: Scenario): Promise<GenerationPhase> {
		this.#worker?.terminate();
		const worker = new Worker(new URL('../workers/generate-clinic.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		this.phase = 'running';
		this.stored = 0;
		this.total = scenario.cohort;
		this.message = '';
		return new Promise((resolve) => {
			worker.onmessage = (event: MessageEvent<GenerateClinicEvent>) => {
				const message = event.data;
				if (message.type === 'progress') {
					this.stored = message.stored;
					this.total = message.total;
					return;
				}
				if (message.type === 'done') {
					this.phase = 'done';
					this.message = `Generated ${message.patients.toLocaleString('en-US')} patients (${message.resources.toLocaleString('en-US')} records) in ${(message.ms / 1000).toFixed(1)} s.`;
					this.version += 1;
				} else if (message.type === 'cancelled') {
					this.phase = 'cancelled';
					this.message = 'Generation cancelled. The previous clinic is unchanged.';
				} else {
					this.phase = 'failed';
					this.message = `Generation failed: ${message.message}. The previous clinic is unchanged.`;
				}
				worker.terminate();
				this.#worker = undefined;
				resolve(this.phase);
			};
			worker.onerror = (event) => {
				this.phase = 'failed';
				this.message = `Generation failed: ${event.message}. The previous clinic is unchanged.`;
				worker.terminate();
				resolve(this.phase);
			};
			worker.postMessage({ type: 'generate', scenario } satisfies GenerateClinicRequest);
		});
	}

	cancel(): void {
		if (this.phase !== 'running') return;
		this.phase = 'cancelling';
		this.#worker?.postMessage({ type: 'cancel' } satisfies GenerateClinicRequest);
	}
}

export const clinicGeneration = new ClinicGeneration();
