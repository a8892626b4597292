/**
 * Dates as learners type them in a US clinic → ISO 8601 (`YYYY-MM-DD`), the form FHIR stores.
 * Slashed dates are read month first (03/05/2024 is 5 March), as on US intake forms. Two-digit
 * years are refused rather than guessed: a birth year of "24" could be 1924 or 2024.
 */

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
] as const;

/** Full month names and three-letter abbreviations (plus "sept") → month number. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
	...MONTHS.map((name, index) => [name, index + 1] as const),
	...MONTHS.map((name, index) => [name.slice(0, 3), index + 1] as const),
	['sept', 9]
]);

// Patterns see lower-cased input, hence the `t` and `z` of ISO date-times.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.]+(?:z|[+-]\d{2}:\d{2})?)?$/;
const ISO_PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;
const US_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** "5 March 2024" and "March 5, 2024": where each part is in the match. */
const NAMED_MONTH_FORMS = [
	{ pattern: /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/, day: 1, month: 2, year: 3 },
	{ pattern: /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/, day: 2, month: 1, year: 3 }
] as const;

function daysInMonth(year: number, month: number): number {
	// Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string): number | undefined {
	return MONTH_NUMBERS.get(word);
}

/**
 * The ISO form of a typed date, or undefined when it is not a readable calendar date.
 * Accepts 2024-03-05, an ISO date-time (its date part), 2024 and 2024-03 (FHIR partial
 * dates), 3/5/2024, 03-05-2024, 5 March 2024, 5th Mar 2024, March 5, 2024 and Mar. 5 2024.
 */
export function normaliseDate(input: string): string | undefined {
	const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
	const iso = ISO_DATE.exec(text);
	if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const partial = ISO_PARTIAL.exec(text);
	if (partial) {
		if (partial[2] === undefined) return partial[1];
		const month = Number(partial[2]);
		return month >= 1 && month <= 12 ? text : undefined;
	}
	const us = US_NUMERIC.exec(text);
	if (us) return isoFromParts(Number(us[3]), Number(us[1]), Number(us[2]));
	for (const { pattern, day, month, year } of NAMED_MONTH_FORMS) {
		const parts = pattern.exec(text);
		if (!parts) continue;
		const number = monthNumber(parts[month] ?? '');
		return number === undefined ? undefined : isoFromParts(Number(parts[year]), number, Number(parts[day]));
	}
	return undefined;
}

/** Whether two typed dates name the same calendar day (false when either is unreadable). */
export function datesMatch(found: string, expected: string): boolean {
	const a = normaliseDate(found);
	return a !== undefined && a === normaliseDate(expected);
}

export type DateStyle = 'iso' | 'us' | 'day-month-year' | 'month-day-year';

/** Writes an ISO date the way a person might type it; the inverse of `normaliseDate`. */
export function formatDate(iso: string, style: DateStyle): string {
	const [year = '', month = '', day = ''] = iso.split('-');
	const name = MONTHS[Number(month) - 1] ?? '';
	const title = name.charAt(0).toUpperCase() + name.slice(1);
	switch (style) {
		case 'iso':
			return iso;
		case 'us':
			return `${month}/${day}/${year}`;
		case 'day-month-year':
			return `${Number(day)} ${title} ${year}`;
		case 'month-day-year':
			return `${title.slice(0, 3)} ${Number(day)}, ${year}`;
	}
}
