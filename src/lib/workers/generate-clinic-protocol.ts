import type { Scenario } from '$lib/synth/scenario';

/** Messages between the page and the clinic-generation Worker. */
export type GenerateClinicRequest = { type: 'generate'; scenario: Scenario; batchSize?: number } | { type: 'cancel' };

export type GenerateClinicEvent =
	| { type: 'progress'; stored: number; total: number }
	| { type: 'done'; patients: number; resources: number; ms: number }
	| { type: 'cancelled' }
	| { type: 'error'; message: string };
