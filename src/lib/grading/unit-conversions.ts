/**
 * Units a clinic writes and how they convert: data, not code, so a new unit is one row.
 * Each conversion is linear, `to = from × scale + offset`; the grader also uses the inverse
 * and chains rows (lb → kg → g), so only one direction of each pair is listed.
 */

export const UNITS = {
	kg: { title: 'kilograms', aliases: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'] },
	g: { title: 'grams', aliases: ['g', 'gm', 'gram', 'grams'] },
	mg: { title: 'milligrams', aliases: ['mg', 'milligram', 'milligrams'] },
	lb: { title: 'pounds', aliases: ['lb', 'lbs', 'pound', 'pounds', '#', '[lb_av]'] },
	oz: { title: 'ounces', aliases: ['oz', 'ounce', 'ounces', '[oz_av]'] },
	cm: { title: 'centimetres', aliases: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'] },
	in: { title: 'inches', aliases: ['in', 'inch', 'inches', '"', '[in_i]'] },
	'°C': { title: 'degrees Celsius', aliases: ['°c', 'c', 'degc', 'cel', 'celsius', 'deg c', 'degrees c'] },
	'°F': { title: 'degrees Fahrenheit', aliases: ['°f', 'f', 'degf', '[degf]', 'fahrenheit', 'deg f', 'degrees f'] },
	'mmol/L': { title: 'millimoles per litre', aliases: ['mmol/l', 'mmol'] },
	'mg/dL': { title: 'milligrams per decilitre', aliases: ['mg/dl'] },
	'mm[Hg]': { title: 'millimetres of mercury', aliases: ['mm[hg]', 'mmhg', 'mm hg'] },
	'/min': { title: 'per minute', aliases: ['/min', 'bpm', 'beats/min', 'breaths/min', 'per min'] },
	'%': { title: 'percent', aliases: ['%', 'percent'] }
} as const satisfies Record<string, { title: string; aliases: readonly string[] }>;

export type UnitSymbol = keyof typeof UNITS;

/** Conversions that hold only for one substance, e.g. glucose mmol/L ↔ mg/dL. */
export const ANALYTES = ['glucose'] as const;
export type Analyte = (typeof ANALYTES)[number];

export interface UnitConversion {
	from: UnitSymbol;
	to: UnitSymbol;
	scale: number;
	offset?: number;
	/** When set, the conversion applies only to a quantity of this substance. */
	analyte?: Analyte;
	source: string;
}

export const UNIT_CONVERSIONS: readonly UnitConversion[] = [
	{ from: 'lb', to: 'kg', scale: 0.45359237, source: 'International yard and pound agreement (1959): 1 lb = 0.45359237 kg exactly' },
	{ from: 'oz', to: 'lb', scale: 1 / 16, source: 'Avoirdupois: 16 oz = 1 lb' },
	{ from: 'kg', to: 'g', scale: 1000, source: 'SI prefixes' },
	{ from: 'g', to: 'mg', scale: 1000, source: 'SI prefixes' },
	{ from: 'in', to: 'cm', scale: 2.54, source: 'International yard and pound agreement (1959): 1 in = 2.54 cm exactly' },
	{ from: '°C', to: '°F', scale: 1.8, offset: 32, source: '°F = °C × 9/5 + 32' },
	{
		from: 'mmol/L',
		to: 'mg/dL',
		scale: 18.016,
		analyte: 'glucose',
		source: 'Glucose molar mass 180.16 g/mol: 1 mmol/L = 18.016 mg/dL'
	}
];
