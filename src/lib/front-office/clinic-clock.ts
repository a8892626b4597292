/**
 * Times on the appointment book are clinic wall-clock times written with the clinic's UTC offset
 * (`2024-10-15T10:30:00-05:00`). They are read and written as text, never through a Date, so the
 * learner's own time zone can never move "your 10:30 patient".
 */
import { formatDay, formatInstant, parseDay, weekday } from '$lib/synth/dates';

/** Minutes after midnight of an instant's clock time. */
export function minutesOf(instant: string): number {
	return Number(instant.slice(11, 13)) * 60 + Number(instant.slice(14, 16));
}

/** The calendar day (YYYY-MM-DD) of an instant, in clinic time. */
export function dayOf(instant: string): string {
	return instant.slice(0, 10);
}

/** The `±hh:mm` an instant was written with ('Z' counts as +00:00). */
export function offsetOf(instant: string): string {
	const match = instant.match(/([+-]\d{2}:\d{2}|Z)$/);
	return !match || match[1] === 'Z' ? '+00:00' : (match[1] as string);
}

/** An instant on a clinic day at a clock time. */
export function clinicInstant(day: string, minutes: number, utcOffset: string): string {
	return formatInstant(parseDay(day), minutes, utcOffset);
}

/** "10:30 AM", as a US front desk says it. */
export function displayTime(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const clock = `${((hours + 11) % 12) + 1}:${String(minutes % 60).padStart(2, '0')}`;
	return `${clock} ${hours < 12 ? 'AM' : 'PM'}`;
}

export function addDays(day: string, days: number): string {
	return formatDay(parseDay(day) + days);
}

/** The Monday of a day's week. */
export function weekStart(day: string): string {
	const number = parseDay(day);
	return formatDay(number - weekday(number));
}

/** 0 = Monday … 6 = Sunday. */
export function dayOfWeek(day: string): number {
	return weekday(parseDay(day));
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "Tuesday 10/15/2024". */
export function displayDay(day: string): string {
	return `${WEEKDAYS[dayOfWeek(day)]} ${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(0, 4)}`;
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return parseDay(to) - parseDay(from);
}

/**
 * "Now" in the simulated clinic: the scenario's today at the learner's clock time, in the
 * clinic's offset, so a check-in on a lesson set in 2024 happens on that lesson's day.
 */
export function clinicNow(today: string, utcOffset: string, clock: Date = new Date()): string {
	return clinicInstant(today, clock.getHours() * 60 + clock.getMinutes(), utcOffset);
}

/** The day itself when the clinic works it (Monday–Friday), else the Monday after. */
export function nextWorkingDay(day: string): string {
	const weekdayNumber = dayOfWeek(day);
	return weekdayNumber < 5 ? day : addDays(day, 7 - weekdayNumber);
}

/** Follow-up intervals a clinician asks for at check-out, as the desk books them. */
export const FOLLOW_UP_INTERVALS = [
	{ label: '1 week', days: 7 },
	{ label: '2 weeks', days: 14 },
	{ label: '4 weeks', days: 28 },
	{ label: '3 months', days: 91 },
	{ label: '6 months', days: 182 },
	{ label: '1 year', days: 364 }
] as const;

/** The working day a follow-up "in N weeks" lands on. */
export function followUpDay(today: string, days: number): string {
	return nextWorkingDay(addDays(today, days));
}
