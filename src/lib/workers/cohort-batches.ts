import type { Resource } from '@medplum/fhirtypes';
import type { WorldRow } from '$lib/db/database';
import { generateCohort, generateWorld, type PatientRecord, type Scenario } from '$lib/synth';

/**
 * Patients per batch when a clinic is generated: large enough that a batch's writing overlaps the
 * next one's generation, small enough for a progress step every second or two. The bench uses it too.
 */
export const GENERATION_BATCH_SIZE = 200;

/**
 * Turn a scenario into what the database stores: the clinic's world row (scenario, clinic,
 * payers, the people who walk in unregistered) and lazy batches of FHIR resources, the
 * clinic's practitioners and appointment book first.
 */
export function cohortBatches(
	scenario: Scenario,
	batchSize: number,
	generatedAt: string
): { world: WorldRow; batches: Iterable<{ resources: Resource[]; patients: number }> } {
	const clinic = generateWorld(scenario);
	const walkIns: PatientRecord[] = [];
	const world: WorldRow = {
		id: 'current',
		seed: scenario.seed,
		cohort: scenario.cohort,
		today: scenario.today,
		salt: scenario.salt,
		generatedAt,
		organization: clinic.organization,
		payers: clinic.payers,
		practitionerRoles: clinic.practitionerRoles,
		schedules: clinic.schedule.schedules,
		slots: clinic.schedule.slots,
		walkIns
	};
	function* batches() {
		yield { resources: [...clinic.practitioners, ...clinic.schedule.appointments], patients: 0 };
		for (const batch of generateCohort(scenario, { batchSize })) {
			const resources: Resource[] = [];
			let patients = 0;
			for (const record of batch.records) {
				// Someone who has not registered yet is not in the EHR: lessons hand their details over on paper.
				if (!record.registered) {
					walkIns.push(record);
					continue;
				}
				resources.push(record.patient, ...record.resources);
				patients += 1;
			}
			yield { resources, patients };
		}
	}
	return { world, batches: batches() };
}
