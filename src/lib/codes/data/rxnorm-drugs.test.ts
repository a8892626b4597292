import { expect, test } from 'vitest';
import { RXNORM_DRUGS } from './rxnorm-drugs';

test('each RxCUI is digits and listed once', () => {
	expect(RXNORM_DRUGS.filter(({ rxcui }) => !/^\d{4,8}$/.test(rxcui))).toEqual([]);
	const codes = RXNORM_DRUGS.map((drug) => drug.rxcui);
	expect(new Set(codes).size).toBe(codes.length);
});

test('names are RxNorm clinical-drug names: ingredient, strength and dose form', () => {
	const wrong = RXNORM_DRUGS.filter(
		({ name }) => !/\d+(\.\d+)? (MG|MG\/ML|MG\/ACTUAT)\b/.test(name) || !/(Tablet|Capsule|Suspension|Inhaler|Injection)$/.test(name)
	);
	expect(wrong).toEqual([]);
});

test('about sixty drugs a primary-care clinic prescribes, each from a named source', () => {
	expect(RXNORM_DRUGS.length).toBeGreaterThanOrEqual(55);
	expect(RXNORM_DRUGS.filter(({ source }) => !['vsac', 'synthea', 'rxnav'].includes(source))).toEqual([]);
});

test('sertraline 50 MG is 312941; 312940 is the 25 MG tablet', () => {
	expect(RXNORM_DRUGS.find(({ rxcui }) => rxcui === '312941')?.name).toBe('sertraline 50 MG Oral Tablet');
	expect(RXNORM_DRUGS.find(({ rxcui }) => rxcui === '312940')?.name).toBe('sertraline 25 MG Oral Tablet');
});
