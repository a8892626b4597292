/**
 * The cast a learner really gets: the lesson's scenario run through the synthetic generator,
 * its cast members (who come first in the cohort) turned into the values answer keys and
 * prose refer to (`{{walkin.birthDate}}`, `{walkin.name}`). Only the cast is generated, never
 * the whole cohort, so a lesson page can build it in a moment.
 */
import type { Patient, Resource } from '@medplum/fhirtypes';
import type { CastContext, CastMemberValues } from '../grading/template-values';
import { mrnOf } from '../record/identifiers';
import { ageInYears } from '../record/patient-display';
import { generateCohort, type CohortOptions } from '../synth/generate-cohort';
import type { PatientRecord } from '../synth/generate-patient';
import { castTemplateIds } from '../synth/scenario';
import { paperIntakeValues } from './paper-intake-values';
import type { Scenario } from './lesson-schema';
import { historyValues } from './scenario-history';

/** The scenario as the generator takes it: `perLearner` and `history` are the lesson's, not the generator's. */
export function generatorScenario(scenario: Scenario): Omit<Scenario, 'perLearner' | 'history'> {
	const { perLearner: _perLearner, history: _history, ...rest } = scenario;
	return rest;
}

/** The cast members' records, in the scenario's order; nothing else of the cohort is built. */
export function generateCastRecords(scenario: Scenario, options: Omit<CohortOptions, 'batchSize'> = {}): PatientRecord[] {
	const castSize = Object.keys(scenario.cast).length;
	if (castSize === 0) return [];
	const first = generateCohort(generatorScenario(scenario), { ...options, batchSize: castSize }).next();
	return first.done ? [] : first.value.records.filter((record) => record.castKey !== undefined);
}

function memberValues(key: string, record: PatientRecord, scenario: Scenario): CastMemberValues {
	const patient: Patient = record.patient;
	const name = patient.name?.find((one) => one.use === 'official') ?? patient.name?.[0];
	// The first given name is the one the lesson fixes and learners search by; a middle name stays in `patient`.
	const given = name?.given?.[0] ?? '';
	const family = name?.family ?? '';
	const birthDate = patient.birthDate ?? '';
	const address = patient.address?.[0];
	const line = address?.line?.join(', ') ?? '';
	const city = address?.city ?? '';
	const state = address?.state ?? '';
	const postalCode = address?.postalCode ?? '';
	const id = patient.id ?? key;
	const member = scenario.cast[key];
	const paper = paperIntakeValues(record.resources);
	return {
		id,
		reference: `Patient/${id}`,
		mrn: mrnOf(patient) ?? '',
		name: { text: [given, family].filter(Boolean).join(' '), given, family },
		birthDate,
		gender: patient.gender ?? '',
		age: birthDate === '' ? 0 : ageInYears(birthDate, scenario.today),
		phone: patient.telecom?.find((one) => one.system === 'phone')?.value ?? '',
		address: { text: line === '' ? '' : `${line}, ${city}, ${state} ${postalCode}`.trim(), line, city, state, postalCode },
		template: member === undefined ? '' : (castTemplateIds(member)[0] ?? ''),
		registered: record.registered,
		patient,
		...(paper ? { paper } : {})
	};
}

/** Records without a cast key, or with a key the scenario does not name, are left out. */
export function castContextFromRecords(scenario: Scenario, records: readonly PatientRecord[]): CastContext {
	const cast: Record<string, CastMemberValues> = {};
	for (const record of records) {
		const key = record.castKey;
		if (key === undefined || !Object.hasOwn(scenario.cast, key)) continue;
		cast[key] = memberValues(key, record, scenario);
	}
	const history = scenario.history ?? {};
	return { today: scenario.today, cast, ...(Object.keys(history).length === 0 ? {} : { history: historyValues(history) }) };
}

export function buildCastContext(scenario: Scenario, options: Omit<CohortOptions, 'batchSize'> = {}): CastContext {
	return castContextFromRecords(scenario, generateCastRecords(scenario, options));
}

/** What a lesson's story and keys refer to, and the chart its exercises start from. */
export interface LessonCast {
	context: CastContext;
	/** The registered cast members' whole charts, as generated: what the learner finds on opening them. */
	chart: Resource[];
}

export function castChart(records: readonly PatientRecord[]): Resource[] {
	return records.filter((record) => record.registered).flatMap((record) => [record.patient, ...record.resources]);
}

/** The cast, generated once: its values and its charts. */
export function buildLessonCast(scenario: Scenario, options: Omit<CohortOptions, 'batchSize'> = {}): LessonCast {
	const records = generateCastRecords(scenario, options);
	return { context: castContextFromRecords(scenario, records), chart: castChart(records) };
}
