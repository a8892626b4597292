/**
 * Numbers with units, as typed ("160 lb", "98.6F", "1,200 mg") or as FHIR stores them
 * (Quantity with a UCUM code), converted through the data in `unit-conversions.ts` and
 * compared with an absolute or relative tolerance.
 */
import { UNITS, UNIT_CONVERSIONS, type Analyte, type UnitSymbol } from './unit-conversions';

export interface Quantity {
	value: number;
	/** Undefined when the learner typed a bare number. */
	unit?: UnitSymbol;
}

export type Tolerance = { kind: 'absolute'; amount: number } | { kind: 'relative'; fraction: number };

const UNIT_BY_ALIAS: ReadonlyMap<string, UnitSymbol> = new Map(
	(Object.keys(UNITS) as UnitSymbol[]).flatMap((symbol) =>
		UNITS[symbol].aliases.map((alias): [string, UnitSymbol] => [alias, symbol])
	)
);

/** The canonical symbol of a unit as typed or as a UCUM code; undefined when unknown. */
export function unitSymbol(text: string): UnitSymbol | undefined {
	const key = text.trim().toLowerCase().replace(/\.$/, '').replace(/^degrees?\s+/, 'deg ');
	return UNIT_BY_ALIAS.get(key) ?? UNIT_BY_ALIAS.get(key.replace(/\s+/g, ''));
}

// Thousands separators only in the US grouping (1,200), so "72,5" is not misread as 725.
const NUMBER_THEN_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*(.*)$/;

/** Reads a typed quantity; undefined when there is no number or the unit is unknown. */
export function parseQuantity(input: string | number): Quantity | undefined {
	if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : undefined;
	const match = NUMBER_THEN_UNIT.exec(input.trim());
	const digits = match?.[1] ?? '';
	if (!/\d/.test(digits)) return undefined;
	const value = Number(digits.replace(/,/g, ''));
	const unitText = match?.[2] ?? '';
	if (unitText === '') return { value };
	const unit = unitSymbol(unitText);
	return unit === undefined ? undefined : { value, unit };
}

/** A FHIR Quantity (`{ value, unit, code }`) → Quantity; the UCUM `code` wins over display `unit`. */
export function quantityFromFhir(value: unknown): Quantity | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as { value?: unknown; unit?: unknown; code?: unknown };
	if (typeof record.value !== 'number') return undefined;
	const unitText = [record.code, record.unit].find((text): text is string => typeof text === 'string');
	if (unitText === undefined) return { value: record.value };
	const unit = unitSymbol(unitText);
	return unit === undefined ? undefined : { value: record.value, unit };
}

interface Step {
	to: UnitSymbol;
	apply: (value: number) => number;
}

function stepsFrom(unit: UnitSymbol, analyte: Analyte | undefined): Step[] {
	return UNIT_CONVERSIONS.filter((row) => row.analyte === undefined || row.analyte === analyte).flatMap(
		(row): Step[] => {
			const offset = row.offset ?? 0;
			if (row.from === unit) return [{ to: row.to, apply: (value) => value * row.scale + offset }];
			if (row.to === unit) return [{ to: row.from, apply: (value) => (value - offset) / row.scale }];
			return [];
		}
	);
}

/** Converts along the shortest chain of conversions; undefined when the units do not connect. */
export function convertQuantity(quantity: Quantity, to: UnitSymbol, analyte?: Analyte): Quantity | undefined {
	if (quantity.unit === undefined || quantity.unit === to) return { value: quantity.value, unit: to };
	const seen = new Set<UnitSymbol>([quantity.unit]);
	let frontier: Quantity[] = [quantity];
	while (frontier.length > 0) {
		const next: Quantity[] = [];
		for (const current of frontier) {
			for (const step of stepsFrom(current.unit as UnitSymbol, analyte)) {
				if (seen.has(step.to)) continue;
				const converted = { value: step.apply(current.value), unit: step.to };
				if (step.to === to) return converted;
				seen.add(step.to);
				next.push(converted);
			}
		}
		frontier = next;
	}
	return undefined;
}

/** `0.5` is absolute (in the key's unit); `"2%"` is relative to the key. */
export function parseTolerance(value: number | string): Tolerance | undefined {
	if (typeof value === 'number') return value >= 0 ? { kind: 'absolute', amount: value } : undefined;
	const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
	if (percent) return { kind: 'relative', fraction: Number(percent[1]) / 100 };
	const plain = Number(value);
	return value.trim() !== '' && Number.isFinite(plain) && plain >= 0 ? { kind: 'absolute', amount: plain } : undefined;
}

/** Binary floating point cannot hold 0.1 exactly; differences below this are noise. */
const FLOAT_NOISE = 1e-9;

export function withinTolerance(found: number, expected: number, tolerance?: Tolerance): boolean {
	const noise = FLOAT_NOISE * Math.max(1, Math.abs(expected));
	const allowed =
		tolerance === undefined
			? 0
			: tolerance.kind === 'absolute'
				? tolerance.amount
				: tolerance.fraction * Math.abs(expected);
	return Math.abs(found - expected) <= allowed + noise;
}

function decimalPlaces(value: number): number {
	const [, fraction = ''] = String(value).split('.');
	return /e/i.test(String(value)) ? 0 : fraction.length;
}

export interface QuantityMatchOptions {
	tolerance?: Tolerance;
	analyte?: Analyte;
}

/**
 * Whether a found quantity agrees with the key. A bare number is taken to be in the key's
 * unit. Without a tolerance, a same-unit answer must be exact, and a converted one must
 * round to the key's written precision (160 lb is 72.57 kg: right for a key of 72.6 kg).
 */
export function quantityMatches(found: Quantity, expected: Quantity, options: QuantityMatchOptions = {}): boolean {
	const target = expected.unit;
	const converted = target === undefined ? found : convertQuantity(found, target, options.analyte);
	if (converted === undefined) return false;
	const wasConverted = found.unit !== undefined && found.unit !== target;
	const tolerance =
		options.tolerance ??
		(wasConverted ? { kind: 'absolute' as const, amount: 0.5 * 10 ** -decimalPlaces(expected.value) } : undefined);
	return withinTolerance(converted.value, expected.value, tolerance);
}

/** UCUM writes mmHg as mm[Hg]; people read the first. */
function shownUnit(unit: UnitSymbol): string {
	return unit === 'mm[Hg]' ? 'mmHg' : unit;
}

export function formatQuantity(quantity: Quantity): string {
	return quantity.unit === undefined ? String(quantity.value) : `${quantity.value} ${shownUnit(quantity.unit)}`;
}

export function formatTolerance(tolerance: Tolerance, unit?: UnitSymbol): string {
	return tolerance.kind === 'relative'
		? `± ${tolerance.fraction * 100}%`
		: `± ${tolerance.amount}${unit === undefined ? '' : ` ${shownUnit(unit)}`}`;
}
