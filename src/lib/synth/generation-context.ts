/** What every patient of one scenario shares: dates, templates, clinic staff, streams' roots. */
import { addYears, parseDay, type DayNumber } from './dates';
import { generatePractitioners, type ClinicStaff } from './generate-practitioners';
import { loadTemplates, type TemplateRegistry } from './load-templates';
import { POPULATION, type Population } from './population';
import { hashSeed, SeededFaker } from './random';
import { parseScenario, type Scenario } from './scenario';
import type { Template } from './template-schema';

export interface GenerationContext {
	scenario: Scenario;
	registry: TemplateRegistry;
	population: Population;
	today: DayNumber;
	/** The last day that may hold history: the day before today. */
	lastDay: DayNumber;
	/** Every resource's meta.lastUpdated: the scenario's today at midnight, never the wall clock. */
	lastUpdated: string;
	utcOffset: string;
	seed: string;
	salt: string;
	staff: ClinicStaff;
	faker: SeededFaker;
	castKeys: readonly string[];
	total: number;
	/** Adds a salted offset to MRNs so each learner sees other numbers. */
	mrnOffset: number;
	wellness: readonly Template[];
	/** Templates a random patient may get, by prevalence. */
	pool: readonly Template[];
	/** Earliest day of recorded encounters, vitals/notes, and results. */
	encounterStart: DayNumber;
	detailStart: DayNumber;
	resultStart: DayNumber;
}

export interface GenerateOptions {
	templates?: TemplateRegistry;
	population?: Population;
}

export function createGenerationContext(input: Scenario | unknown, options: GenerateOptions = {}): GenerationContext {
	const registry = options.templates ?? loadTemplates();
	const population = options.population ?? POPULATION;
	const scenario = parseScenario(input, registry);
	const today = parseDay(scenario.today);
	const castKeys = Object.keys(scenario.cast ?? {});
	const { history } = population;
	const yearsBack = (years: number) => addYears(today, -Math.floor(years)) - Math.round((years % 1) * 365);
	return {
		scenario,
		registry,
		population,
		today,
		lastDay: today - 1,
		lastUpdated: `${scenario.today}T00:00:00${population.clinic.utcOffset}`,
		utcOffset: population.clinic.utcOffset,
		seed: String(scenario.seed),
		salt: scenario.salt ?? '',
		staff: generatePractitioners(scenario, population),
		faker: new SeededFaker(),
		castKeys,
		total: Math.max(scenario.cohort, castKeys.length),
		mrnOffset: hashSeed(scenario.seed, scenario.salt ?? '', 'mrn')[0] % 100_000_000,
		wellness: registry.list.filter((t) => t.kind === 'wellness'),
		pool: registry.list.filter((t) => t.kind !== 'wellness' && t.prevalence > 0),
		encounterStart: yearsBack(history.encounterYears),
		detailStart: yearsBack(history.detailYears),
		resultStart: yearsBack(history.resultYears)
	};
}

/** `p-000123`: ids follow the patient's place in the cohort. */
export function patientId(index: number): string {
	return `p-${String(index).padStart(6, '0')}`;
}

/** An 8-digit MRN, unique per index: an affine permutation of the index (48271 is coprime to 10^8). */
export function medicalRecordNumber(context: GenerationContext, index: number): string {
	return String((index * 48271 + context.mrnOffset + 1) % 100_000_000).padStart(8, '0');
}
