/**
 * What a cast member's scanned intake form says, as values an answer key can name:
 * `{{patient.paper.allergy.code}}`, `{{patient.paper.phone}}`. The form is the one the generator
 * put in the chart (scenario `paperIntake:`); a key written against these stays right for every
 * learner's variant of the paper. The allergy and medication are the last the paper lists: the
 * ones written on purpose when the form carries that difference.
 */
import type { DocumentReference, Resource } from '@medplum/fhirtypes';
import { ALLERGY_REACTIONS, ALLERGY_SUBSTANCES, substanceLabel } from '../codes/data/allergy-substances';
import { paperValues } from '../paper/intake-document';

export interface PaperIntakeValues {
	/** The phone number written on the paper. */
	phone: string;
	allergy: { substance: string; code: string; reaction: string; reactionCode: string; severity: string };
	medication: { name: string; rxcui: string };
	/** What the paper says differently from the chart, e.g. "allergy-not-in-chart, new-phone". */
	differences: string;
}

const codeOf = <T extends { code: string; display: string }>(list: readonly T[], label: string): string =>
	list.find((one) => substanceLabel(one).toLowerCase() === label.toLowerCase())?.code ?? '';

/** The values of the chart's scanned intake form, or undefined when the chart holds none. */
export function paperIntakeValues(resources: readonly Resource[]): PaperIntakeValues | undefined {
	const paper = resources
		.filter((r): r is DocumentReference => r.resourceType === 'DocumentReference')
		.map(paperValues)
		.find((values) => values !== undefined);
	if (paper === undefined) return undefined;
	const allergy = paper.allergies.at(-1);
	const medication = paper.medications.at(-1);
	return {
		phone: paper.demographics.phone,
		allergy: {
			substance: allergy?.substance ?? '',
			code: allergy ? codeOf(ALLERGY_SUBSTANCES, allergy.substance) : '',
			reaction: allergy?.reaction ?? '',
			reactionCode: allergy ? codeOf(ALLERGY_REACTIONS, allergy.reaction) : '',
			severity: allergy?.severity ?? ''
		},
		medication: { name: medication?.name ?? '', rxcui: medication?.rxcui ?? '' },
		differences: paper.differences.join(', ')
	};
}
