/**
 * Comparing what FHIRPath finds in the learner's records with a key value. FHIRPath returns
 * plain strings and numbers but also whole Quantities, Codings and CodeableConcepts; a key
 * says `equals: 72.5` or `equals: E11.9`, so each kind is compared by what it means.
 */
import type { RecordCheck, RecordValue } from '../lessons/lesson-schema';
import { describeValue } from './check-outcome';
import { normaliseDate } from './normalise-date';
import {
	formatQuantity,
	formatTolerance,
	parseQuantity,
	parseTolerance,
	quantityFromFhir,
	quantityMatches,
	type Quantity
} from './normalise-quantity';
import { textMatches } from './normalise-text';

export type ValueComparison = Pick<RecordCheck, 'unit' | 'analyte' | 'tolerance' | 'match'>;

const DATE_KEY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function asObject(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The texts a found element stands for: a Coding's code, an Identifier's value, a reference… */
function textsOf(found: unknown): string[] {
	if (typeof found === 'string') return [found];
	if (typeof found === 'number' || typeof found === 'boolean') return [String(found)];
	const object = asObject(found);
	if (object === undefined) return [];
	const codings = Array.isArray(object.coding) ? object.coding.flatMap(textsOf) : [];
	const own = ['code', 'value', 'reference', 'text'].flatMap((field) => {
		const text = object[field];
		return typeof text === 'string' ? [text] : [];
	});
	return [...own, ...codings];
}

/**
 * A found value as a quantity. When the key gives no unit, a Quantity in a unit Chartroom does
 * not convert (BMI's kg/m2) is compared by its number: the key asked for nothing more.
 */
function asQuantity(found: unknown, keyUnit: string | undefined): Quantity | undefined {
	if (typeof found === 'number') return { value: found };
	if (typeof found === 'string') return parseQuantity(found);
	const quantity = quantityFromFhir(found);
	if (quantity !== undefined || keyUnit !== undefined) return quantity;
	const value = asObject(found)?.value;
	return typeof value === 'number' ? { value } : undefined;
}

/** Whether one found value satisfies one key value. */
export function recordValueMatches(found: unknown, expected: RecordValue, comparison: ValueComparison): boolean {
	if (typeof expected === 'boolean') return found === expected || textsOf(found).includes(String(expected));
	if (typeof expected === 'number' || comparison.unit !== undefined) {
		const quantity = asQuantity(found, comparison.unit);
		if (quantity === undefined) return false;
		const tolerance = comparison.tolerance === undefined ? undefined : parseTolerance(comparison.tolerance);
		return quantityMatches(quantity, { value: Number(expected), unit: comparison.unit }, { tolerance, analyte: comparison.analyte });
	}
	if (DATE_KEY.test(expected) && typeof found === 'string') return normaliseDate(found) === normaliseDate(expected);
	return textsOf(found).some((text) => textMatches(text, expected, comparison.match ?? 'loose'));
}

/** A key value in words, with its unit and tolerance. */
export function describeKeyValue(expected: RecordValue, comparison: ValueComparison): string {
	const tolerance = comparison.tolerance === undefined ? undefined : parseTolerance(comparison.tolerance);
	const base =
		typeof expected === 'number' && comparison.unit !== undefined
			? formatQuantity({ value: expected, unit: comparison.unit })
			: describeValue(expected);
	return tolerance === undefined ? base : `${base} (${formatTolerance(tolerance, comparison.unit)})`;
}

/** A found value as the learner saw it on screen. */
export function describeFoundValue(found: unknown): string {
	const object = asObject(found);
	if (typeof object?.resourceType === 'string') return `${object.resourceType}/${String(object.id ?? '(new)')}`;
	const quantity = asObject(found) === undefined ? undefined : quantityFromFhir(found);
	if (quantity !== undefined) return formatQuantity(quantity);
	if (typeof object?.value === 'number' && typeof object.unit === 'string') return `${object.value} ${object.unit}`;
	const texts = textsOf(found);
	if (asObject(found) !== undefined && texts.length > 0) return texts.map((text) => `"${text}"`).join(' / ');
	return describeValue(found);
}
