/**
 * Calendar arithmetic on ISO dates as whole day numbers (days since 1970-01-01), with no Date
 * object, so no time zone or locale can change a result. Civil-from-days after H. Hinnant.
 */

export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysFromCivil(year: number, month: number, day: number): DayNumber {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function civilFromDays(days: DayNumber): { year: number; month: number; day: number } {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isIsoDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const back = civilFromDays(daysFromCivil(year, month, day));
	return back.year === year && back.month === month && back.day === day;
}

export function parseDay(iso: string): DayNumber {
	const match = ISO_DATE.exec(iso);
	if (!match || !isIsoDate(iso)) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
	return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

const formatted = new Map<DayNumber, string>();

export function formatDay(days: DayNumber): string {
	let text = formatted.get(days);
	if (text === undefined) {
		const { year, month, day } = civilFromDays(days);
		text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
		if (formatted.size < 200_000) formatted.set(days, text);
	}
	return text;
}

/** Calendar months later, clamping the day to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(days: DayNumber, months: number): DayNumber {
	const { year, month, day } = civilFromDays(days);
	const total = year * 12 + (month - 1) + months;
	const y = Math.floor(total / 12);
	const m = total - y * 12 + 1;
	const lastDay = civilFromDays(daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).day;
	return daysFromCivil(y, m, Math.min(day, lastDay));
}

export function addYears(days: DayNumber, years: number): DayNumber {
	return addMonths(days, years * 12);
}

/** Completed years of age on a day. */
export function ageInYears(birth: DayNumber, on: DayNumber): number {
	const b = civilFromDays(birth);
	const o = civilFromDays(on);
	let age = o.year - b.year;
	if (o.month < b.month || (o.month === b.month && o.day < b.day)) age--;
	return age;
}

/** Completed months of age on a day. */
export function ageInMonths(birth: DayNumber, on: DayNumber): number {
	const b = civilFromDays(birth);
	const o = civilFromDays(on);
	let months = (o.year - b.year) * 12 + (o.month - b.month);
	if (o.day < b.day) months--;
	return months;
}

/** Age in fractional years, for interpolating growth tables. */
export function ageInYearsExact(birth: DayNumber, on: DayNumber): number {
	return (on - birth) / 365.25;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(days: DayNumber): number {
	return (((days + 3) % 7) + 7) % 7;
}

export function monthOf(days: DayNumber): number {
	return civilFromDays(days).month;
}

/** `YYYY-MM-DDTHH:MM:00±hh:mm` for a local clock time in minutes after midnight. */
export function formatInstant(days: DayNumber, minutes: number, utcOffset: string): string {
	const hours = Math.floor(minutes / 60);
	return `${formatDay(days)}T${pad(hours, 2)}:${pad(minutes - hours * 60, 2)}:00${utcOffset}`;
}
