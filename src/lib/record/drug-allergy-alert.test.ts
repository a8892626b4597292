import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { RXNORM_DRUGS } from '$lib/codes/data/rxnorm-drugs';
import { DRUG_ALLERGY_CLASSES } from '$lib/codes/data/drug-allergy-classes';
import { drugAllergyAlerts, drugIngredients } from './drug-allergy-alert';

const drug = (rxcui: string) => RXNORM_DRUGS.find((d) => d.rxcui === rxcui)!;
const AMOXICILLIN = drug('308191');
const AUGMENTIN = drug('617296');
const CEPHALEXIN = drug('309114');
const AZITHROMYCIN = drug('308460');
const BACTRIM = drug('198335');

function allergy(id: string, code: AllergyIntolerance['code'], extra: Partial<AllergyIntolerance> = {}): AllergyIntolerance {
	return {
		resourceType: 'AllergyIntolerance',
		id,
		patient: { reference: 'Patient/p1' },
		clinicalStatus: { coding: [{ code: 'active' }] },
		recordedDate: '2024-03-02',
		code,
		...extra
	};
}
const penicillin = allergy('a1', { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '70618', display: 'penicillin' }] }, {
	criticality: 'high',
	reaction: [{ manifestation: [{ coding: [{ display: 'Anaphylaxis (disorder)' }] }], severity: 'severe' }]
});

describe('drugIngredients', () => {
	it('reads each ingredient from an RxNorm clinical-drug name', () => {
		expect(drugIngredients(AUGMENTIN.name)).toEqual(['amoxicillin', 'clavulanate']);
		expect(drugIngredients('24 HR metoprolol succinate 50 MG Extended Release Oral Tablet')).toEqual(['metoprolol']);
		expect(drugIngredients('200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler')).toEqual(['albuterol']);
		expect(drugIngredients(BACTRIM.name)).toEqual(['sulfamethoxazole', 'trimethoprim']);
		expect(drugIngredients('nitrofurantoin, macrocrystals 25 MG / nitrofurantoin, monohydrate 75 MG Oral Capsule')).toEqual(['nitrofurantoin']);
	});

	it('every antibiotic the clinic prescribes belongs to a class, but for a few that stand alone', () => {
		const classed = new Set(DRUG_ALLERGY_CLASSES.flatMap((c) => c.ingredients));
		const antibiotics = RXNORM_DRUGS.filter((d) => d.drugClass === 'antibiotic');
		const unclassed = [...new Set(antibiotics.flatMap((d) => drugIngredients(d.name)))].filter((i) => !classed.has(i));
		// These stand alone: an allergy to them is matched by name only.
		expect(unclassed).toEqual(['clavulanate', 'trimethoprim', 'nitrofurantoin', 'metronidazole', 'clindamycin']);
	});
});

describe('drugAllergyAlerts', () => {
	it('amoxicillin against a penicillin allergy: same class, with the reaction and when it was recorded', () => {
		const [alert, ...rest] = drugAllergyAlerts(AMOXICILLIN, [penicillin]);
		expect(rest).toEqual([]);
		expect(alert).toMatchObject({ severity: 'error', code: 'drug-allergy.same-class', where: 'AllergyIntolerance/a1' });
		expect(alert!.message).toBe(
			'amoxicillin is one of the penicillins (ATC J01C), and the patient is allergic to penicillin (Anaphylaxis, severe, criticality high), recorded 03/02/2024.'
		);
	});

	it('the same ingredient is named as such, also inside a combination drug', () => {
		const amoxAllergy = allergy('a2', { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '723', display: 'amoxicillin' }] });
		expect(drugAllergyAlerts(AUGMENTIN, [amoxAllergy]).map((a) => a.code)).toEqual(['drug-allergy.same-ingredient']);
	});

	it('a cephalosporin against a penicillin allergy is a cross-reactivity warning with the reason', () => {
		const [alert] = drugAllergyAlerts(CEPHALEXIN, [penicillin]);
		expect(alert).toMatchObject({ severity: 'warning', code: 'drug-allergy.cross-reactive' });
		expect(alert!.hint).toBe('About 1–2 % of patients with a penicillin allergy react to a cephalosporin; check what the reaction was.');
	});

	it('free-text allergies match by class word or ingredient name', () => {
		const sulfa = allergy('a3', { text: 'Sulfa drugs' });
		expect(drugAllergyAlerts(BACTRIM, [sulfa]).map((a) => a.code)).toEqual(['drug-allergy.same-class']);
		const typed = allergy('a4', { text: 'Azithromycin' });
		expect(drugAllergyAlerts(AZITHROMYCIN, [typed]).map((a) => a.code)).toEqual(['drug-allergy.same-ingredient']);
	});

	it('no alert for an unrelated drug, an inactive allergy or "no known allergies"', () => {
		expect(drugAllergyAlerts(AZITHROMYCIN, [penicillin])).toEqual([]);
		expect(drugAllergyAlerts(AMOXICILLIN, [{ ...penicillin, clinicalStatus: { coding: [{ code: 'resolved' }] } }])).toEqual([]);
		const nka = allergy('n1', { coding: [{ system: 'http://snomed.info/sct', code: '716186003' }] });
		expect(drugAllergyAlerts(AMOXICILLIN, [nka])).toEqual([]);
	});

	it('a peanut allergy does not alert on any drug', () => {
		const peanut = allergy('f1', { coding: [{ system: 'http://snomed.info/sct', code: '256349002', display: 'Peanut - dietary (substance)' }], text: 'Peanut - dietary' });
		expect(RXNORM_DRUGS.flatMap((d) => drugAllergyAlerts(d, [peanut]))).toEqual([]);
	});
});
