import { describe, expect, test } from 'vitest';
import { generateCohort } from '../synth/generate-cohort';
import { generateWorld } from '../synth/generate-world';
import { cohortIndexOf, scenarioOriginals } from './scenario-originals';

const scenario = {
	seed: 31,
	cohort: 12,
	today: '2024-06-03',
	cast: { walkin: { template: 'healthy-adult', registered: false }, regular: { template: 'type-2-diabetes' } }
};
const stored = [...generateCohort(scenario, { batchSize: 100 })].flatMap((batch) => batch.records);

describe('scenarioOriginals', () => {
	test('rebuilds touched records of any patient exactly as the clinic stored them', () => {
		const fifth = stored[5]!;
		const observation = fifth.resources.find((resource) => resource.resourceType === 'Observation')!;
		const originals = scenarioOriginals(scenario, [
			{ reference: `Patient/${fifth.patient.id}` },
			{ reference: `Observation/${observation.id}`, patient: fifth.patient.id },
			{ reference: 'AllergyIntolerance/new-one', patient: fifth.patient.id }
		]);
		expect([...originals.keys()]).toEqual([`Patient/${fifth.patient.id}`, `Observation/${observation.id}`]);
		expect(originals.get(`Patient/${fifth.patient.id}`)).toEqual(fifth.patient);
		expect(originals.get(`Observation/${observation.id}`)).toEqual(observation);
	});

	test('a walk-in the learner registers has no original, even under the generated id', () => {
		const walkin = stored.find((record) => record.castKey === 'walkin')!;
		expect(walkin.registered).toBe(false);
		expect(scenarioOriginals(scenario, [{ reference: `Patient/${walkin.patient.id}` }]).size).toBe(0);
	});

	test('practitioners and appointments come from the rebuilt world', () => {
		const world = generateWorld(scenario);
		const appointment = world.schedule.appointments[0]!;
		const originals = scenarioOriginals(scenario, [{ reference: `Appointment/${appointment.id}` }]);
		expect(originals.get(`Appointment/${appointment.id}`)).toEqual(appointment);
	});

	test('ids the generator did not make are left alone', () => {
		expect(cohortIndexOf('p-000123')).toBe(123);
		expect(cohortIndexOf('imported-7')).toBeUndefined();
		expect(scenarioOriginals(scenario, [{ reference: 'Patient/p-009999' }, { reference: 'Patient/imported-7' }]).size).toBe(0);
	});
});
