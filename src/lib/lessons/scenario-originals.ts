/**
 * The records a lesson's clinic started with, rebuilt from its scenario. The generator is
 * deterministic and each patient depends only on the scenario and its place in the cohort
 * (its id, p-000123), so the original of a record the learner changed is rebuilt from that
 * one patient rather than copied aside before every edit; the clinic's practitioners and
 * appointment book are rebuilt only when one of them was touched.
 */
import type { Resource } from '@medplum/fhirtypes';
import { generatePatient } from '../synth/generate-patient';
import { generateWorld } from '../synth/generate-world';
import { createGenerationContext, type GenerateOptions } from '../synth/generation-context';
import type { Scenario } from '../synth/scenario';

/** A record the learner created, changed or deleted, with the patient it belongs to when known. */
export interface TouchedRecord {
	/** `Type/id` */
	reference: string;
	patient?: string;
}

const PATIENT_ID = /^p-(\d+)$/;

/** The cohort index of a generated patient id, or undefined for any other id. */
export function cohortIndexOf(patientId: string): number | undefined {
	const match = PATIENT_ID.exec(patientId);
	return match === null ? undefined : Number(match[1]);
}

function referenceOf(resource: Resource): string {
	return `${resource.resourceType}/${resource.id ?? ''}`;
}

function patientOf(touched: TouchedRecord): string | undefined {
	if (touched.patient !== undefined) return touched.patient;
	return touched.reference.startsWith('Patient/') ? touched.reference.slice('Patient/'.length) : undefined;
}

/** By reference, the original of every touched record that the scenario generated; new records are absent. */
export function scenarioOriginals(
	scenario: Scenario,
	touched: readonly TouchedRecord[],
	options: GenerateOptions = {}
): Map<string, Resource> {
	const wanted = new Set(touched.map((one) => one.reference));
	const originals = new Map<string, Resource>();
	if (wanted.size === 0) return originals;
	const context = createGenerationContext(scenario, options);
	const keep = (resources: readonly Resource[]) => {
		for (const resource of resources) if (wanted.has(referenceOf(resource))) originals.set(referenceOf(resource), resource);
	};
	const indexes = new Set(touched.flatMap((one) => {
		const index = cohortIndexOf(patientOf(one) ?? '');
		return index !== undefined && index < context.total ? [index] : [];
	}));
	for (const index of indexes) {
		const record = generatePatient(context, index);
		// A walk-in is not in the clinic until the learner registers them: nothing to restore.
		if (record.registered) keep([record.patient, ...record.resources]);
	}
	const missing = [...wanted].filter((reference) => !originals.has(reference));
	if (missing.some((reference) => reference.startsWith('Practitioner/') || reference.startsWith('Appointment/'))) {
		const world = generateWorld(scenario, options);
		keep([...world.practitioners, ...world.schedule.appointments]);
	}
	return originals;
}
