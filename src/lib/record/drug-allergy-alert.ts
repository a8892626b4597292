import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { ALLERGY_SUBSTANCES } from '$lib/codes/data/allergy-substances';
import { DRUG_ALLERGY_CLASSES, type DrugAllergyClass } from '$lib/codes/data/drug-allergy-classes';
import { finding, type Finding } from '$lib/findings/finding';
import { allergyReactions, allergyStatus, allergySubstance } from './allergy-status';
import { displayDate } from './patient-display';

/**
 * The drug-allergy check a prescriber meets before a prescription is saved: the drug against
 * every active allergy, by ingredient, by class and by known cross-reactivity. Alerts are
 * findings; the form makes the prescriber acknowledge them with a reason, or cancel.
 */

/**
 * Ingredients of an RxNorm clinical drug, from its normalized name: "amoxicillin 875 MG /
 * clavulanate 125 MG Oral Tablet" → amoxicillin, clavulanate; "24 HR metoprolol succinate …" →
 * metoprolol. RxNorm names start each ingredient with its ingredient name.
 */
export function drugIngredients(rxnormName: string): string[] {
	return rxnormName
		.toLowerCase()
		.split(' / ')
		.map((part) => part.replace(/^\d+ (hr|actuat) /, '').split(/[\s,]+/)[0] ?? '')
		.filter((word, index, all) => word !== '' && all.indexOf(word) === index);
}

function classesOfIngredient(ingredient: string): DrugAllergyClass[] {
	return DRUG_ALLERGY_CLASSES.filter((c) => c.ingredients.includes(ingredient));
}

const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter(Boolean);

/**
 * What an allergy is to, as ingredients and classes: a coded RxNorm ingredient, or the words of a
 * free-text entry ("Sulfa drugs" → the sulfonamide antibiotics; "amoxicillin" → amoxicillin).
 */
export function allergyTargets(allergy: AllergyIntolerance): { ingredients: Set<string>; classes: Set<DrugAllergyClass> } {
	const ingredients = new Set<string>();
	for (const coding of allergy.code?.coding ?? []) {
		const listed = ALLERGY_SUBSTANCES.find((s) => s.system === coding.system && s.code === coding.code);
		if (listed?.category === 'medication') ingredients.add(listed.display.toLowerCase());
	}
	const text = words(allergySubstance(allergy));
	const phrase = ` ${text.join(' ')} `;
	const classes = new Set<DrugAllergyClass>();
	for (const c of DRUG_ALLERGY_CLASSES) {
		for (const ingredient of c.ingredients) if (text.includes(ingredient)) ingredients.add(ingredient);
		if (c.aliases.some((alias) => phrase.includes(` ${alias} `))) classes.add(c);
	}
	for (const ingredient of ingredients) for (const c of classesOfIngredient(ingredient)) classes.add(c);
	return { ingredients, classes };
}

function describeAllergy(allergy: AllergyIntolerance): string {
	// "Anaphylaxis", not "Anaphylaxis (disorder)": SNOMED semantic tags mean nothing at the bedside.
	const reaction = allergyReactions(allergy).replace(/ \((disorder|finding)\)/g, '');
	const severity = allergy.reaction?.[0]?.severity;
	const details = [reaction, severity, allergy.criticality ? `criticality ${allergy.criticality}` : ''].filter(Boolean).join(', ');
	return `${allergySubstance(allergy)}${details ? ` (${details})` : ''}, recorded ${displayDate(allergy.recordedDate)}`;
}

export function drugAllergyAlerts(drug: { name: string; rxcui: string }, allergies: readonly AllergyIntolerance[]): Finding[] {
	const status = allergyStatus(allergies);
	if (status.kind !== 'allergies') return [];
	const ingredients = drugIngredients(drug.name);
	const alerts: Finding[] = [];
	for (const allergy of status.allergies) {
		const where = `AllergyIntolerance/${allergy.id ?? ''}`;
		const target = allergyTargets(allergy);
		const evidence = [{ allergy: where, drug: drug.rxcui }];
		const same = ingredients.find((i) => target.ingredients.has(i));
		if (same) {
			alerts.push(finding('error', 'drug-allergy.same-ingredient', where, `${drug.name} contains ${same}, and the patient is allergic to ${describeAllergy(allergy)}.`, { evidence }));
			continue;
		}
		const shared = ingredients.flatMap((i) => classesOfIngredient(i).filter((c) => target.classes.has(c)).map((c) => ({ ingredient: i, drugClass: c })))[0];
		if (shared) {
			alerts.push(
				finding('error', 'drug-allergy.same-class', where, `${shared.ingredient} is one of the ${shared.drugClass.label} (ATC ${shared.drugClass.atc}), and the patient is allergic to ${describeAllergy(allergy)}.`, { evidence })
			);
			continue;
		}
		const cross = ingredients
			.flatMap((i) => classesOfIngredient(i).map((c) => ({ ingredient: i, drugClass: c })))
			.flatMap(({ ingredient, drugClass }) =>
				[...target.classes].flatMap((allergyClass) => (allergyClass.crossReactive ?? []).filter((x) => x.with === drugClass.id).map((x) => ({ ingredient, drugClass, note: x.note })))
			)[0];
		if (cross) {
			alerts.push(
				finding('warning', 'drug-allergy.cross-reactive', where, `${cross.ingredient} is one of the ${cross.drugClass.label}, which can cross-react with the patient's allergy to ${describeAllergy(allergy)}.`, {
					hint: cross.note,
					evidence
				})
			);
		}
	}
	return alerts;
}
