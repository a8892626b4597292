/** Small builders for the FHIR datatypes every resource uses. */
import type { CodeableConcept, Coding, Meta, Quantity, Reference, Resource } from '@medplum/fhirtypes';
import { HL7 } from './systems';

const conceptCache = new WeakMap<object, Map<string, CodeableConcept>>();

function freezeConcept(value: CodeableConcept): CodeableConcept {
	for (const coding of value.coding ?? []) Object.freeze(coding);
	Object.freeze(value.coding);
	return Object.freeze(value);
}

/**
 * A CodeableConcept from one coding (or several) and a text (default: the first display).
 * Concepts of one coding object are built once and frozen, then shared between resources: a
 * cohort repeats the same few hundred codes millions of times. Clone a resource before editing it.
 */
export function concept(coding: Coding | readonly Coding[], text?: string): CodeableConcept {
	if (Array.isArray(coding)) {
		const codings = coding as readonly Coding[];
		return { coding: codings.map((c) => ({ system: c.system, code: c.code, display: c.display })), text: text ?? codings[0]?.display ?? '' };
	}
	const single = coding as Coding;
	const label = text ?? single.display ?? '';
	let byText = conceptCache.get(single);
	if (!byText) {
		byText = new Map();
		conceptCache.set(single, byText);
	}
	let cached = byText.get(label);
	if (!cached) {
		cached = freezeConcept({ coding: [{ system: single.system, code: single.code, display: single.display }], text: label });
		byText.set(label, cached);
	}
	return cached;
}

/** A typed literal reference: `reference<Patient>('Patient', 'p-000001')`. */
export function reference<T extends Resource>(type: T['resourceType'], id: string, display?: string): Reference<T> {
	return display ? { reference: `${type}/${id}`, display } : { reference: `${type}/${id}` };
}

/** A quantity in UCUM: `unit` is both the display and the code. */
export function ucum(value: number, unit: string): Quantity {
	return { value, unit, system: HL7.ucum, code: unit };
}

export function meta(lastUpdated: string): Meta {
	return { lastUpdated };
}

const INTERPRETATION_DISPLAY = { H: 'High', L: 'Low', N: 'Normal', A: 'Abnormal', POS: 'Positive', NEG: 'Negative' } as const;
type InterpretationCode = keyof typeof INTERPRETATION_DISPLAY;
const INTERPRETATIONS = Object.fromEntries(
	(Object.keys(INTERPRETATION_DISPLAY) as InterpretationCode[]).map((code) => [
		code,
		Object.freeze([concept({ system: HL7.interpretation, code, display: INTERPRETATION_DISPLAY[code] })])
	])
) as unknown as Record<InterpretationCode, CodeableConcept[]>;

export function interpretation(code: InterpretationCode): CodeableConcept[] {
	return INTERPRETATIONS[code];
}

/** A constant concept, built once (for status and category codes written on every resource). */
export function constantConcept(system: string, code: string, display: string, text?: string): CodeableConcept {
	return concept(Object.freeze({ system, code, display }), text);
}

/** `enc-000123-004`: a resource id from its type prefix, the patient's index and a counter. */
export class IdSequence {
	readonly #patient: string;
	readonly #counters = new Map<string, number>();

	constructor(patientIndex: number) {
		this.#patient = String(patientIndex).padStart(6, '0');
	}

	next(prefix: string): string {
		const n = (this.#counters.get(prefix) ?? 0) + 1;
		this.#counters.set(prefix, n);
		return `${prefix}-${this.#patient}-${String(n).padStart(3, '0')}`;
	}
}
