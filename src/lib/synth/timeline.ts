/**
 * When things happen to a patient: visits by each template's cadence, vaccine doses joined to the
 * visit they fall in (or a visit of their own), lab draws at each lab's interval and procedures.
 * Dates only; values and FHIR come later. Nothing is dated on or after the scenario's today.
 */
import { addMonths, civilFromDays, daysFromCivil, type DayNumber } from './dates';
import type { GenerationContext } from './generation-context';
import type { ActiveTemplate, PatientPlan } from './plan-patient';
import type { Random } from './random';
import type { ImmunizationEntryData, LabEntryData, ProcedureEntryData } from './template-schema';

export type VisitKind = 'wellness' | 'follow-up' | 'episode' | 'prenatal' | 'immunization';

export interface Visit {
	day: DayNumber;
	/** Clock time, minutes after midnight. */
	minutes: number;
	durationMinutes: number;
	kind: VisitKind;
	/** The templates this visit is for (its reasons, its note). */
	templates: ActiveTemplate[];
	/** Whole weeks since onset, for pregnancy visits. */
	week?: number;
	/** Recent enough to carry vitals and a note. */
	detailed: boolean;
	doses: Dose[];
	draws: LabDraw[];
	procedures: { entry: ProcedureEntryData; owner: ActiveTemplate }[];
}

export interface Dose {
	day: DayNumber;
	entry: ImmunizationEntryData;
	owner: ActiveTemplate;
}

export interface LabDraw {
	day: DayNumber;
	minutes: number;
	/** The entry whose values apply on this day (highest precedence among active templates). */
	entry: LabEntryData;
	owner: ActiveTemplate;
	visit?: Visit;
}

export interface Timeline {
	visits: Visit[];
	draws: LabDraw[];
}

const MONTH_DAYS = 30.44;
const DURATION: Record<VisitKind, number> = { wellness: 30, 'follow-up': 20, episode: 15, prenatal: 15, immunization: 15 };

function monthsToDays(months: number): number {
	return Math.round(months * MONTH_DAYS);
}

function ageMonthsToDay(birth: DayNumber, ageMonths: number): DayNumber {
	const whole = Math.floor(ageMonths);
	return addMonths(birth, whole) + Math.round((ageMonths - whole) * MONTH_DAYS);
}

class VisitBook {
	readonly visits: Visit[] = [];
	readonly #context: GenerationContext;
	readonly #random: Random;

	constructor(context: GenerationContext, random: Random) {
		this.#context = context;
		this.#random = random;
	}

	add(day: DayNumber, kind: VisitKind, templates: ActiveTemplate[], week?: number): Visit {
		const same = this.visits.find((v) => v.day === day);
		if (same) {
			for (const t of templates) if (!same.templates.includes(t)) same.templates.push(t);
			if (week !== undefined) same.week = week;
			if (kindRank(kind) > kindRank(same.kind)) same.kind = kind;
			return same;
		}
		const visit: Visit = {
			day,
			minutes: 8 * 60 + 15 * this.#random.int(0, 33),
			durationMinutes: DURATION[kind],
			kind,
			templates: [...templates],
			...(week !== undefined ? { week } : {}),
			detailed: day >= this.#context.detailStart,
			doses: [],
			draws: [],
			procedures: []
		};
		this.visits.push(visit);
		return visit;
	}

	/** The visit in [low, high] closest to `near`. */
	near(low: DayNumber, high: DayNumber, near: DayNumber): Visit | undefined {
		let best: Visit | undefined;
		for (const visit of this.visits) {
			if (visit.day < low || visit.day > high) continue;
			if (!best || Math.abs(visit.day - near) < Math.abs(best.day - near)) best = visit;
		}
		return best;
	}
}

function kindRank(kind: VisitKind): number {
	return ['immunization', 'wellness', 'follow-up', 'prenatal', 'episode'].indexOf(kind);
}

export function buildTimeline(context: GenerationContext, plan: PatientPlan): Timeline {
	const random = plan.clinical.fork('timeline');
	const book = new VisitBook(context, random.fork('clock'));
	const first = plan.historyStart;
	const last = context.lastDay;
	if (!plan.registered) return { visits: [], draws: [] };

	for (const active of plan.templates) {
		const cadence = active.body.cadence;
		if (!cadence) continue;
		const from = Math.max(first, active.from);
		const until = Math.min(last, active.until);
		const own = random.fork('visits', active.template.id);
		if (cadence.kind === 'ages') {
			const ages = [...cadence.ageMonths];
			for (let age = (ages[ages.length - 1] ?? 0) + cadence.thenEveryMonths; ; age += cadence.thenEveryMonths) {
				if (ageMonthsToDay(plan.identity.birth, age) > until) break;
				ages.push(age);
			}
			for (const age of ages) {
				const day = ageMonthsToDay(plan.identity.birth, age) + own.int(0, 7);
				if (day >= from && day <= until && own.chance(cadence.attendance ?? 1)) book.add(day, 'wellness', [active]);
			}
		} else if (cadence.kind === 'interval' && active.template.kind === 'wellness') {
			const step = monthsToDays(cadence.months);
			for (let day = from + own.int(0, step); day <= until; day += step + own.int(-14, 14)) {
				if (own.chance(cadence.attendance ?? 1)) book.add(day, 'wellness', [active]);
			}
		} else if (cadence.kind === 'episode') {
			if (active.onset >= first && active.onset <= last) book.add(active.onset, 'episode', [active]);
			for (const after of cadence.followUpDays ?? []) {
				if (active.onset + after <= last && active.onset >= first) book.add(active.onset + after, 'follow-up', [active]);
			}
		} else if (cadence.kind === 'weeks') {
			let week = cadence.fromWeek;
			while (true) {
				const step = cadence.steps.find((s) => week < s.untilWeek);
				if (!step) break;
				const day = active.onset + week * 7 + own.int(0, 3);
				if (day > last) break;
				if (day >= first) book.add(day, 'prenatal', [active], Math.floor((day - active.onset) / 7));
				week += step.everyWeeks;
			}
		}
	}
	scheduleFollowUps(book, plan, random.fork('follow-ups'), first, last, context);
	scheduleDoses(context, book, plan, random.fork('doses'));
	book.visits.sort((a, b) => a.day - b.day);
	scheduleProcedures(context, book, plan);
	const draws = scheduleDraws(context, book, plan, random.fork('draws'));
	return { visits: book.visits, draws };
}

/**
 * One follow-up stream for all chronic interval templates: a visit addresses every condition
 * already diagnosed, at the shortest cadence among them, and a new diagnosis gets its own visit.
 */
function scheduleFollowUps(book: VisitBook, plan: PatientPlan, random: Random, first: DayNumber, last: DayNumber, context: GenerationContext): void {
	const chronic = plan.templates.filter((t) => t.template.kind !== 'wellness' && t.body.cadence?.kind === 'interval');
	if (chronic.length === 0) return;
	const months = (t: ActiveTemplate) => (t.body.cadence?.kind === 'interval' ? t.body.cadence.months : 12);
	const start = (t: ActiveTemplate) => (t.onset >= first ? t.onset : first + random.int(0, monthsToDays(months(t))));
	const starts = new Map(chronic.map((t) => [t, start(t)]));
	let day = Math.min(...starts.values());
	while (day <= last) {
		const active = chronic.filter((t) => (starts.get(t) ?? Infinity) <= day);
		book.add(day, 'follow-up', active);
		const cadence = Math.min(...active.map(months));
		const step = monthsToDays(day < context.resultStart ? Math.max(cadence, context.population.history.olderFollowUpMonths) : cadence);
		const next = day + step + random.int(-10, 10);
		const upcoming = [...starts.values()].filter((d) => d > day);
		day = Math.min(next, ...upcoming);
	}
}

interface DoseWindow {
	ideal: DayNumber;
	low: DayNumber;
	high: DayNumber;
}

function seasonStart(year: number, month: number): DayNumber {
	return daysFromCivil(year, month, 1);
}

function doseWindows(context: GenerationContext, plan: PatientPlan, owner: ActiveTemplate, entry: ImmunizationEntryData, random: Random): DoseWindow[] {
	const birth = plan.identity.birth;
	const low = Math.max(plan.historyStart, owner.from);
	const high = Math.min(context.lastDay, owner.until);
	const windows: DoseWindow[] = [];
	const schedule = entry.schedule;
	if (schedule.kind === 'ages') {
		if (!random.chance(entry.uptake)) return [];
		for (const age of schedule.ageMonths) {
			const ideal = ageMonthsToDay(birth, age);
			windows.push({ ideal: ideal + random.int(0, 10), low: ideal, high: ideal + 30 });
		}
	} else if (schedule.kind === 'every') {
		if (!random.chance(entry.uptake)) return [];
		const years = Math.round(schedule.years * 365.25);
		const anchor = ageMonthsToDay(birth, schedule.fromAgeMonths) + random.int(0, years - 1);
		const stop = schedule.toAgeMonths !== undefined ? ageMonthsToDay(birth, schedule.toAgeMonths) : Infinity;
		for (let ideal = anchor; ideal <= Math.min(high, stop); ideal += years) {
			windows.push({ ideal, low: ideal - 30, high: ideal + 30 });
		}
	} else if (schedule.kind === 'weeks') {
		if (!random.chance(entry.uptake)) return [];
		const from = owner.onset + schedule.from * 7;
		const to = owner.onset + schedule.to * 7 + 6;
		windows.push({ ideal: random.int(from, to), low: from, high: to });
	} else {
		const eligibleFrom = ageMonthsToDay(birth, schedule.fromAgeMonths);
		const today = civilFromDays(context.today);
		const currentStart = seasonStart(today.month >= schedule.startMonth ? today.year : today.year - 1, schedule.startMonth);
		for (let year = civilFromDays(low).year - 1; year <= today.year; year++) {
			const start = seasonStart(year, schedule.startMonth);
			const seasonLow = Math.max(start, low, eligibleFrom);
			const seasonHigh = Math.min(start + schedule.windowDays - 1, high);
			const roll = random.next();
			if (seasonLow > seasonHigh) continue;
			const current = start === currentStart;
			// Cast: overdue means no dose this season; otherwise the cast member is vaccinated.
			const given = current && plan.castKey ? !plan.overdue.has(entry.series) : roll < entry.uptake;
			if (given) windows.push({ ideal: random.int(seasonLow, seasonHigh), low: seasonLow, high: seasonHigh });
		}
		return windows;
	}
	return windows.filter((w) => w.ideal >= low && w.ideal <= high && !(plan.overdue.has(entry.series) && w.ideal >= context.today - 365));
}

function scheduleDoses(context: GenerationContext, book: VisitBook, plan: PatientPlan, random: Random): void {
	const doses: { window: DoseWindow; entry: ImmunizationEntryData; owner: ActiveTemplate }[] = [];
	for (const owner of plan.templates) {
		for (const entry of owner.immunizations) {
			for (const window of doseWindows(context, plan, owner, entry, random.fork(owner.template.id, entry.key))) {
				doses.push({ window, entry, owner });
			}
		}
	}
	doses.sort((a, b) => a.window.ideal - b.window.ideal);
	// Doses of one series stay at least 4 weeks apart (the usual minimum interval), even when
	// joining a visit moves them.
	const lastDose = new Map<string, DayNumber>();
	for (const { window, entry, owner } of doses) {
		const series = `${owner.template.id}/${entry.key}`;
		const earliest = (lastDose.get(series) ?? -Infinity) + 28;
		const low = Math.max(window.low, plan.historyStart, earliest);
		const high = Math.min(Math.max(window.high, low), context.lastDay);
		if (low > high) continue;
		const ideal = Math.min(Math.max(window.ideal, low), high);
		const visit = book.near(low, high, ideal) ?? book.add(ideal, 'immunization', [owner]);
		visit.doses.push({ day: visit.day, entry, owner });
		lastDose.set(series, visit.day);
	}
}

function ownerVisits(book: VisitBook, owner: ActiveTemplate, from: DayNumber): Visit[] {
	return book.visits.filter((v) => v.day >= from && v.templates.includes(owner));
}

function scheduleProcedures(context: GenerationContext, book: VisitBook, plan: PatientPlan): void {
	for (const owner of plan.templates) {
		for (const entry of owner.procedures) {
			const visits = ownerVisits(book, owner, Math.max(context.resultStart, owner.from));
			const chosen = new Set<Visit>();
			if (entry.atOnset) {
				const onsetVisit = visits.find((v) => v.day >= owner.onset && v.day <= owner.onset + 3);
				if (onsetVisit) chosen.add(onsetVisit);
			}
			if (entry.duringWeeks) {
				const [from, to] = entry.duringWeeks;
				const inWindow = visits.find((v) => v.week !== undefined && v.week >= from && v.week <= to);
				if (inWindow) chosen.add(inWindow);
			}
			if (entry.intervalMonths !== undefined) {
				const gap = monthsToDays(entry.intervalMonths) - 20;
				let lastDone = -Infinity;
				for (const visit of visits) {
					if (visit.day - lastDone < gap) continue;
					chosen.add(visit);
					lastDone = visit.day;
				}
			}
			for (const visit of chosen) visit.procedures.push({ entry, owner });
		}
	}
}

/** The entry that sets a lab's values on a day: highest precedence among templates active then. */
function entryOn(candidates: readonly { entry: LabEntryData; owner: ActiveTemplate }[], day: DayNumber, birth: DayNumber) {
	let best: { entry: LabEntryData; owner: ActiveTemplate } | undefined;
	for (const candidate of candidates) {
		if (day < candidate.owner.from || day > candidate.owner.until) continue;
		const ages = candidate.entry.ageYears;
		if (ages && (day < addMonths(birth, ages[0] * 12) || day > addMonths(birth, (ages[1] + 1) * 12) - 1)) continue;
		if (!best || (candidate.entry.precedence ?? 0) > (best.entry.precedence ?? 0)) best = candidate;
	}
	return best;
}

function scheduleDraws(context: GenerationContext, book: VisitBook, plan: PatientPlan, random: Random): LabDraw[] {
	const byCode = new Map<string, { entry: LabEntryData; owner: ActiveTemplate }[]>();
	for (const owner of plan.templates) {
		for (const entry of owner.labs) {
			const list = byCode.get(entry.code.code) ?? [];
			list.push({ entry, owner });
			byCode.set(entry.code.code, list);
		}
	}
	const draws: LabDraw[] = [];
	const birth = plan.identity.birth;
	const earliest = Math.max(context.resultStart, plan.historyStart);
	const drawAt = (day: DayNumber, entry: LabEntryData, owner: ActiveTemplate, visit: Visit | undefined, clock: Random) => {
		const draw: LabDraw = { day, minutes: visit ? visit.minutes + 10 : 7 * 60 + 30 + 15 * clock.int(0, 10), entry, owner, ...(visit ? { visit } : {}) };
		draws.push(draw);
		visit?.draws.push(draw);
	};
	for (const [code, candidates] of byCode) {
		const own = random.fork(code);
		for (const { entry, owner } of candidates) {
			if (entry.atOnset && owner.onset >= earliest && owner.onset <= context.lastDay) {
				drawAt(owner.onset, entry, owner, book.near(owner.onset, owner.onset + 3, owner.onset), own);
			}
			if (entry.duringWeeks) {
				const [from, to] = entry.duringWeeks;
				const visit = ownerVisits(book, owner, earliest).find((v) => v.week !== undefined && v.week >= from && v.week <= to);
				if (visit) drawAt(visit.day, entry, owner, visit, own);
			}
		}
		const periodic = candidates.filter((c) => c.entry.intervalMonths !== undefined);
		if (periodic.length === 0) continue;
		const begin = Math.max(earliest, Math.min(...periodic.map((c) => c.owner.from)));
		const minInterval = Math.min(...periodic.map((c) => c.entry.intervalMonths ?? Infinity));
		// A long-standing condition's labs start somewhere in the first interval; a new one's at diagnosis.
		let day = periodic.some((c) => c.owner.from >= earliest && c.owner.from === begin) ? begin : begin + own.int(0, monthsToDays(minInterval) - 1);
		while (day <= context.lastDay) {
			const applicable = periodic.filter((c) => entryOn([c], day, birth));
			const chosen = entryOn(periodic, day, birth);
			if (!chosen) {
				day += 30;
				continue;
			}
			const interval = monthsToDays(Math.min(...applicable.map((c) => c.entry.intervalMonths ?? Infinity)));
			const visit = book.near(day - 7, Math.min(day + 7, context.lastDay), day);
			const drawDay = visit ? visit.day : day;
			drawAt(drawDay, chosen.entry, chosen.owner, visit, own);
			// A template diagnosed before the next due draw starts its own series at diagnosis,
			// unless that would repeat the lab sooner than the new template's own interval.
			const due = drawDay + interval + own.int(-5, 5);
			const starts = periodic.filter((c) => c.owner.from > drawDay && c.owner.from < due);
			const restart = Math.min(
				...starts.map((c) => Math.max(c.owner.from, drawDay + monthsToDays(c.entry.intervalMonths ?? 0) - 10))
			);
			day = Math.min(due, restart);
		}
	}
	draws.sort((a, b) => a.day - b.day || a.minutes - b.minutes || (a.entry.code.code < b.entry.code.code ? -1 : 1));
	return draws;
}
