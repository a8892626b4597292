import { describe, expect, test } from 'vitest';
import type { Coverage } from '@medplum/fhirtypes';
import { openStarts } from '../front-office/appointment-book';
import { generateWorld } from '../synth/generate-world';
import { generatorScenario, generateCastRecords } from './cast-context-from-records';
import { findCatalogEntry } from './lesson-catalog';

/**
 * The front-office lessons' stories state facts about the generated clinic that a key cannot
 * refer to (the insurance card's member ID, the clinician's name, a free 10:30 line): these
 * tests hold the stories to the generator, so a change to it is caught here, not by a learner.
 */
function lessonOf(id: string) {
	const lesson = findCatalogEntry(id)?.lesson;
	if (!lesson) throw new Error(`no lesson ${id}`);
	return lesson;
}

describe('register-walk-in', () => {
	const lesson = lessonOf('register-walk-in');
	const [walkin, namesake] = generateCastRecords(lesson.scenario);

	test('the walk-in has no chart, and a registered namesake shares her name but not her birth date', () => {
		expect([walkin?.castKey, walkin?.registered, namesake?.castKey, namesake?.registered]).toEqual(['walkin', false, 'namesake', true]);
		const name = (record: typeof walkin) => record?.patient.name?.[0];
		expect([name(namesake)?.family, name(namesake)?.given?.[0]]).toEqual([name(walkin)?.family, name(walkin)?.given?.[0]]);
		expect(namesake?.patient.birthDate).not.toBe(walkin?.patient.birthDate);
	});

	test('her birth date reads differently day first, so the swapped-date mistake is a real one', () => {
		const [, month, day] = (walkin?.patient.birthDate ?? '').split('-').map(Number) as [number, number, number];
		expect(day).toBeLessThanOrEqual(12);
		expect(day).not.toBe(month);
	});
});

describe('schedule-and-check-in', () => {
	const lesson = lessonOf('schedule-and-check-in');
	const [caller, namesake] = generateCastRecords(lesson.scenario);
	const world = generateWorld(generatorScenario(lesson.scenario));

	test('the card in the story is the caller\'s coverage on file', () => {
		const coverage = caller?.resources.find((resource): resource is Coverage => resource.resourceType === 'Coverage' && resource.status === 'active');
		expect([coverage?.payor?.[0]?.display, coverage?.subscriberId]).toEqual(['Lakeshore Health Plan', 'LAK255676640']);
		expect(namesake?.patient.birthDate).not.toBe(caller?.patient.birthDate);
	});

	test('Dr. Satterfield is the key\'s clinician and has 10:30 free today; neither Dennis Hale is booked today', () => {
		expect(world.practitioners.find((p) => p.id === 'pr-03')?.name?.[0]?.text).toBe('Dr. Lea Satterfield, MD');
		const today = world.schedule.appointments.filter((a) => a.start?.startsWith(lesson.scenario.today));
		const hers = today.filter((a) => a.participant.some((p) => p.actor?.reference === 'Practitioner/pr-03'));
		expect(openStarts(hers, 15)).toContain(10 * 60 + 30);
		const cast = [caller?.patient.id, namesake?.patient.id].map((id) => `Patient/${id}`);
		expect(today.filter((a) => a.participant.some((p) => cast.includes(p.actor?.reference ?? '')))).toEqual([]);
	});
});
