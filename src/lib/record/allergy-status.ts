import type { AllergyIntolerance } from '@medplum/fhirtypes';

/**
 * "No known allergies" is a fact someone checked and recorded; "allergies not recorded" means
 * nobody asked. A banner must never show the second as the first.
 */
export const NO_KNOWN_ALLERGY_CODES = new Set(['716186003', '409137002', '428607008']);

export type AllergyStatus =
	| { kind: 'not-recorded' }
	| { kind: 'no-known-allergies'; recorded: AllergyIntolerance }
	| { kind: 'allergies'; allergies: AllergyIntolerance[] };

function isActive(allergy: AllergyIntolerance): boolean {
	const status = allergy.clinicalStatus?.coding?.[0]?.code;
	const verification = allergy.verificationStatus?.coding?.[0]?.code;
	return status !== 'inactive' && status !== 'resolved' && verification !== 'entered-in-error' && verification !== 'refuted';
}

export function isNoKnownAllergy(allergy: AllergyIntolerance): boolean {
	return (allergy.code?.coding ?? []).some((c) => NO_KNOWN_ALLERGY_CODES.has(c.code ?? ''));
}

export function allergyStatus(allergies: readonly AllergyIntolerance[]): AllergyStatus {
	const active = allergies.filter(isActive);
	const real = active.filter((a) => !isNoKnownAllergy(a));
	if (real.length) return { kind: 'allergies', allergies: real };
	const nka = active.find(isNoKnownAllergy);
	return nka ? { kind: 'no-known-allergies', recorded: nka } : { kind: 'not-recorded' };
}

/** The substance as a person reads it: "Penicillin G" rather than a code. */
export function allergySubstance(allergy: AllergyIntolerance): string {
	return allergy.code?.text ?? allergy.code?.coding?.[0]?.display ?? allergy.code?.coding?.[0]?.code ?? 'Unknown substance';
}

export function allergyReactions(allergy: AllergyIntolerance): string {
	return (allergy.reaction ?? [])
		.flatMap((r) => r.manifestation.map((m) => m.text ?? m.coding?.[0]?.display ?? ''))
		.filter(Boolean)
		.join(', ');
}
