/**
 * Audit history a lesson's scenario starts with: staff who opened a cast member's chart before
 * the learner arrived, so that an access-report lesson has something to find ("who looked at the
 * VIP's chart, for how long, from which terminal?"). Written in front matter under
 * `scenario.history`, one entry per chart view:
 *
 *     history:
 *       snoop: { user: rn-brennan, patient: vip, daysAgo: 2, time: "21:40", minutes: 14, workstation: front-1 }
 *
 * Times are relative to the moment the learner sets up the clinic (the simulator's clock is the
 * machine's, as every audit event is), so the default "last 7 days" of the access report finds
 * them. The entries become view / view-end audit pairs marked as scenario history: neither the
 * lesson's grading nor the privacy monitor counts them as the learner's. Keys and prose read
 * them as `{{history.snoop.name}}`, `{{history.snoop.minutes}}`, `{{history.snoop.workstation}}`.
 */
import * as v from 'valibot';
import type { AuditRecord } from '../db/audit-record';
import { PRACTICE_STAFF } from '../session/practice-staff';
import { RECORD_SECTIONS } from '../session/record-sections';
import { ROLE_TITLES } from '../session/roles';

const STAFF_IDS = PRACTICE_STAFF.map((member) => member.id);
/** `summary` is the chart's opening screen, audited under that name. */
export const HISTORY_SECTIONS = ['summary', ...RECORD_SECTIONS.filter((section) => section !== 'audit')] as const;

export const HistoryEntrySchema = v.strictObject({
	/** The staff member (an id of the practice roster, e.g. rn-brennan). */
	user: v.picklist(STAFF_IDS as [string, ...string[]]),
	/** The cast member whose chart was opened. */
	patient: v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]*$/, 'name a cast member, e.g. vip')),
	/** Days before the clinic is set up; 1 is yesterday. */
	daysAgo: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1 (yesterday)'), v.maxValue(365, 'must be at most 365')),
	/** Local time of day the chart was opened, 24-hour clock. */
	time: v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'write a time as HH:MM, e.g. "21:40" (in quotes)')),
	/** Time on screen. */
	minutes: v.pipe(v.number(), v.minValue(0.1, 'must be more than 0'), v.maxValue(480, 'must be at most 480')),
	/** The terminal; the staff member's own when not given. */
	workstation: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))),
	section: v.optional(v.picklist(HISTORY_SECTIONS), 'summary'),
	/** The reason typed when the chart was opened, if any. */
	reason: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')))
});

export const ScenarioHistorySchema = v.record(
	v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]*$/, 'a history key is one word starting with a lower-case letter, e.g. snoop')),
	HistoryEntrySchema
);

export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
export type ScenarioHistory = v.InferOutput<typeof ScenarioHistorySchema>;

/** What `{{history.<key>.<field>}}` gives. */
export interface HistoryValues {
	user: string;
	/** The staff member's full name, as the access report shows it. */
	name: string;
	role: string;
	workstation: string;
	minutes: number;
	daysAgo: number;
	time: string;
	section: string;
}

export const HISTORY_FIELDS = ['user', 'name', 'role', 'workstation', 'minutes', 'daysAgo', 'time', 'section'] as const satisfies readonly (keyof HistoryValues)[];

function staffOf(id: string) {
	const member = PRACTICE_STAFF.find((one) => one.id === id);
	if (member === undefined) throw new Error(`no staff member "${id}"`);
	return member;
}

/** The terminal an entry names, or the staff member's usual one. */
function workstationOf(entry: HistoryEntry): string {
	return entry.workstation ?? staffOf(entry.user).workstation ?? 'unknown';
}

export function historyValues(history: ScenarioHistory): Record<string, HistoryValues> {
	return Object.fromEntries(
		Object.entries(history).map(([key, entry]) => {
			const member = staffOf(entry.user);
			const values: HistoryValues = {
				user: member.id,
				name: member.name,
				role: ROLE_TITLES[member.role],
				workstation: workstationOf(entry),
				minutes: entry.minutes,
				daysAgo: entry.daysAgo,
				time: entry.time,
				section: entry.section
			};
			return [key, values];
		})
	);
}

/**
 * The history's values for a built lesson's prose, from the front matter as written. A history
 * the schema refuses shows nothing rather than breaking the page; lessons:check reports it.
 */
export function historyDisplay(raw: unknown): Record<string, HistoryValues> {
	const parsed = v.safeParse(ScenarioHistorySchema, raw);
	return parsed.success ? historyValues(parsed.output) : {};
}

/** Marks a lesson's seeded history in the audit log's `attempt`, so no attempt claims it. */
export function historyMarker(lessonId: string): string {
	return `scenario-history:${lessonId}`;
}

/** One seeded chart view: the view, and its end carrying the time on screen (its `ref` is the view's seq once stored). */
export interface HistoryView {
	view: AuditRecord;
	end: AuditRecord;
}

/** The instant `daysAgo` local days before `now`, at `time` local. */
export function historyInstant(now: Date, daysAgo: number, time: string): string {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hours, minutes, 0, 0);
	return at.toISOString();
}

/**
 * The audit records of a scenario's history, oldest first. `patientIds` maps cast keys to the
 * generated chart ids; an entry about a cast member without a chart is an error.
 */
export function historyViews(lessonId: string, history: ScenarioHistory, patientIds: Readonly<Record<string, string>>, now: Date): HistoryView[] {
	const views = Object.entries(history).map(([key, entry]): HistoryView => {
		const patient = patientIds[entry.patient];
		if (patient === undefined) throw new Error(`history.${key}: no chart for cast member "${entry.patient}"`);
		const member = staffOf(entry.user);
		const at = historyInstant(now, entry.daysAgo, entry.time);
		const base = {
			at,
			user: member.id,
			role: member.role,
			workstation: workstationOf(entry),
			outcome: 'success' as const,
			patient,
			section: entry.section,
			resource: `Patient/${patient}`,
			attempt: historyMarker(lessonId),
			...(entry.reason === undefined ? {} : { reason: entry.reason })
		};
		const view: AuditRecord = { ...base, action: 'view' };
		return { view, end: { ...view, action: 'view-end', durationMs: Math.round(entry.minutes * 60_000) } };
	});
	return views.sort((a, b) => a.view.at.localeCompare(b.view.at));
}
