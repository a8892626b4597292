/**
 * Who comes to the simulated clinic: age bands, languages, payers, record depth. Demographics and
 * practice facts, not medicine; validated like the templates.
 */
import * as v from 'valibot';
import data from './population.json';
import { formatIssuePath } from './template-schema';

const Weight = v.pipe(v.number(), v.gtValue(0));
const Span = v.tuple([v.number(), v.number()]);

export const PopulationSchema = v.strictObject({
	source: v.array(v.string()),
	clinic: v.strictObject({
		name: v.string(),
		city: v.string(),
		state: v.string(),
		postalCode: v.string(),
		line: v.string(),
		phone: v.string(),
		utcOffset: v.pipe(v.string(), v.regex(/^[+-]\d{2}:\d{2}$/)),
		areaCodes: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{3}$/))), v.minLength(1)),
		zipPrefixes: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{3}$/))), v.minLength(1))
	}),
	/**
	 * Encounters span encounterYears; vitals and notes the last detailYears; labs and procedures
	 * the last resultYears. Before that, chronic follow-ups are kept at most every
	 * olderFollowUpMonths, as charts carried over from a previous system summarise them.
	 */
	history: v.strictObject({ encounterYears: Weight, detailYears: Weight, resultYears: Weight, olderFollowUpMonths: Weight }),
	/** Share of patients without an allergy whose chart says "no known allergies" (the rest: not recorded). */
	allergyRecording: v.strictObject({ noKnownAllergies: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
	ageBands: v.pipe(v.array(v.strictObject({ ageYears: Span, weight: Weight })), v.minLength(1)),
	languages: v.pipe(v.array(v.strictObject({ code: v.string(), display: v.string(), weight: Weight })), v.minLength(1)),
	payers: v.pipe(
		v.array(
			v.strictObject({
				id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
				name: v.string(),
				kind: v.picklist(['public', 'commercial', 'self-pay']),
				ageYears: Span,
				weight: Weight
			})
		),
		v.minLength(1)
	)
});

export type Population = v.InferOutput<typeof PopulationSchema>;
export type Payer = Population['payers'][number];

export function parsePopulation(input: unknown): Population {
	const result = v.safeParse(PopulationSchema, input, { abortEarly: false });
	if (!result.success) {
		const lines = result.issues.map((issue) => `population.json: ${formatIssuePath(issue.path)}: ${issue.message}`);
		throw new Error(lines.join('\n'));
	}
	return result.output;
}

export const POPULATION: Population = parsePopulation(data);
