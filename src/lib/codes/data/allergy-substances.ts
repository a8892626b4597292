/**
 * What a patient can be allergic to, as the allergy form offers it: drug ingredients by RxNorm
 * ingredient RxCUI (how US EHRs code drug allergies, ONC USCDI "Allergies and Intolerances"), foods
 * and other substances by SNOMED CT substance code. Anything else is recorded as free text.
 *
 * Sources: RxNorm (NLM; ingredient RxCUIs as in RxNav; 70618 penicillin and 10180
 * sulfamethoxazole are also the codes Chartroom's generator writes), SNOMED CT International
 * (substance hierarchy; used on synthetic records under the NLM licence). Reactions are the SNOMED
 * CT findings and disorders most drug and food allergy records carry.
 */
import { RXNORM_SYSTEM } from './rxnorm-drugs';

export const SNOMED_SYSTEM = 'http://snomed.info/sct';

export type AllergyCategory = 'medication' | 'food' | 'environment' | 'biologic';

export interface AllergySubstance {
	system: typeof RXNORM_SYSTEM | typeof SNOMED_SYSTEM;
	code: string;
	/** RxNorm ingredient name, or the SNOMED CT preferred term. */
	display: string;
	category: AllergyCategory;
}

export const ALLERGY_SUBSTANCES: readonly AllergySubstance[] = [
	{ system: RXNORM_SYSTEM, code: '70618', display: 'penicillin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '723', display: 'amoxicillin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '733', display: 'ampicillin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '2231', display: 'cephalexin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '10180', display: 'sulfamethoxazole', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '18631', display: 'azithromycin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '2551', display: 'ciprofloxacin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '2670', display: 'codeine', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '7052', display: 'morphine', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '1191', display: 'aspirin', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '5640', display: 'ibuprofen', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '7258', display: 'naproxen', category: 'medication' },
	{ system: RXNORM_SYSTEM, code: '29046', display: 'lisinopril', category: 'medication' },
	{ system: SNOMED_SYSTEM, code: '256349002', display: 'Peanut - dietary (substance)', category: 'food' },
	{ system: SNOMED_SYSTEM, code: '102263004', display: 'Eggs (edible) (substance)', category: 'food' },
	{ system: SNOMED_SYSTEM, code: '111088007', display: 'Latex (substance)', category: 'environment' },
	{ system: SNOMED_SYSTEM, code: '288328004', display: 'Bee venom (substance)', category: 'environment' }
];

export interface AllergyReaction {
	code: string;
	display: string;
}

export const ALLERGY_REACTIONS: readonly AllergyReaction[] = [
	{ code: '271807003', display: 'Eruption of skin (disorder)' },
	{ code: '247472004', display: 'Wheal (finding)' },
	{ code: '126485001', display: 'Urticaria (disorder)' },
	{ code: '418290006', display: 'Itching (finding)' },
	{ code: '402387002', display: 'Allergic angioedema (disorder)' },
	{ code: '267036007', display: 'Dyspnea (finding)' },
	{ code: '56018004', display: 'Wheezing (finding)' },
	{ code: '422587007', display: 'Nausea (finding)' },
	{ code: '62315008', display: 'Diarrhea (finding)' },
	{ code: '39579001', display: 'Anaphylaxis (disorder)' }
];

/** "Peanut - dietary (substance)" → "Peanut - dietary": the term without its SNOMED semantic tag. */
export function substanceLabel(substance: Pick<AllergySubstance, 'display'>): string {
	return substance.display.replace(/ \((substance|finding|disorder)\)$/, '');
}
