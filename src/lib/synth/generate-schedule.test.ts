import { describe, expect, test } from 'vitest';
import { TODAY } from './__fixtures__/cohorts';
import { formatDay, parseDay } from './dates';
import { APPOINTMENT_TYPES, scheduleDays } from './generate-schedule';
import { generateWorld, SCHEDULE_POOL } from './generate-world';
import { createGenerationContext } from './generation-context';
import { planPatient } from './plan-patient';

const scenario = { seed: 'book', cohort: 600, today: TODAY };
const world = generateWorld(scenario);
const { appointments, slots, schedules } = world.schedule;
const minutes = (instant: string) => Number(instant.slice(11, 13)) * 60 + Number(instant.slice(14, 16));

describe('the appointment book', () => {
	test('covers today and the next five working days', () => {
		expect(scheduleDays(parseDay('2024-10-15')).map(formatDay)).toEqual(['2024-10-15', '2024-10-16', '2024-10-17', '2024-10-18', '2024-10-21', '2024-10-22']);
		// A Saturday today is a weekend session, so that today always has patients to call.
		expect(scheduleDays(parseDay('2024-10-19')).map(formatDay)).toEqual(['2024-10-19', '2024-10-21', '2024-10-22', '2024-10-23', '2024-10-24', '2024-10-25']);
		const days = new Set([...appointments.map((a) => a.start?.slice(0, 10)), ...slots.map((s) => s.start.slice(0, 10))]);
		expect([...days].sort()).toEqual(['2024-10-15', '2024-10-16', '2024-10-17', '2024-10-18', '2024-10-21', '2024-10-22']);
	});

	test('one schedule per clinician; every slot and appointment between 08:00 and 17:00, none over lunch', () => {
		expect(schedules).toHaveLength(world.practitioners.length);
		const offenders = [...appointments.map((a) => [a.id, a.start ?? '', a.end ?? ''] as const), ...slots.map((s) => [s.id, s.start, s.end] as const)].filter(
			([, start, end]) => minutes(start) < 480 || minutes(end) > 1020 || (minutes(start) < 780 && minutes(end) > 720)
		);
		expect(offenders).toEqual([]);
	});

	test('a clinician\'s bookings and free slots never overlap', () => {
		const byClinician = new Map<string, [number, number, string][]>();
		const add = (who: string, start: string, end: string, id: string) => {
			const base = parseDay(start.slice(0, 10)) * 1440;
			byClinician.set(who, [...(byClinician.get(who) ?? []), [base + minutes(start), base + minutes(end), id]]);
		};
		for (const a of appointments) add(a.participant[1]?.actor?.reference ?? '', a.start ?? '', a.end ?? '', a.id ?? '');
		for (const s of slots) add(s.schedule.reference?.replace('Schedule/sched-', 'Practitioner/') ?? '', s.start, s.end, s.id ?? '');
		const overlaps: string[] = [];
		for (const list of byClinician.values()) {
			list.sort((x, y) => x[0] - y[0]);
			for (let i = 1; i < list.length; i++) if ((list[i]?.[0] ?? 0) < (list[i - 1]?.[1] ?? 0)) overlaps.push(`${list[i - 1]?.[2]} / ${list[i]?.[2]}`);
		}
		expect(overlaps).toEqual([]);
	});

	test('appointment lengths follow their type (15/30/45 minutes)', () => {
		for (const a of appointments) {
			const kind = Object.values(APPOINTMENT_TYPES).find((t) => t.label === a.description);
			expect(a.minutesDuration, a.id).toBe(kind?.minutes);
			expect(minutes(a.end ?? '') - minutes(a.start ?? '')).toBe(a.minutesDuration);
		}
		expect(new Set(appointments.map((a) => a.minutesDuration))).toEqual(new Set([15, 30, 45]));
	});

	test('patients are booked once, from the first patients, and follow-ups go to patients with a chronic problem', () => {
		const context = createGenerationContext(scenario);
		const patients = appointments.map((a) => a.participant[0]?.actor?.reference ?? '');
		expect(new Set(patients).size).toBe(patients.length);
		for (const a of appointments) {
			const index = Number(a.participant[0]?.actor?.reference?.replace('Patient/p-', ''));
			expect(index).toBeLessThan(SCHEDULE_POOL);
			const plan = planPatient(context, index);
			if (a.description === 'Follow-up') {
				expect(plan.templates.some((t) => t.template.kind === 'chronic')).toBe(true);
				expect(a.reasonCode?.[0]?.coding?.[0]?.system).toBe('http://hl7.org/fhir/sid/icd-10-cm');
			}
			const child = plan.age < 18;
			const clinician = world.clinicians.find((c) => `Practitioner/${c.id}` === a.participant[1]?.actor?.reference);
			expect(child ? clinician?.seesChildren : clinician?.seesAdults).toBe(true);
		}
	});

	test('a weekend today still has a day of patients, so lessons can name today\'s patients', () => {
		const sunday = generateWorld({ ...scenario, today: '2024-10-20' }).schedule.appointments;
		expect(sunday.filter((a) => a.start?.startsWith('2024-10-20T')).length).toBeGreaterThan(20);
	});

	test('the book has both bookings and free slots', () => {
		expect(appointments.length).toBeGreaterThan(100);
		expect(slots.length).toBeGreaterThan(20);
		expect(slots.every((s) => s.status === 'free')).toBe(true);
	});
});
