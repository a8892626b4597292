import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bookAppointment } from '$lib/front-office/appointment-book';
import { appointmentsBetween, patientAppointments } from './appointments';
import { ChartroomDatabase } from './database';
import { putResources } from './resources';

const db = new ChartroomDatabase('appointments-test');
const visit = (id: string, patient: string, day: string, start: number) =>
	bookAppointment({ id, patient: { reference: `Patient/${patient}` }, practitioner: { reference: 'Practitioner/pr-01' }, day, start, kind: 'follow-up', utcOffset: '-05:00', at: '2024-10-01T09:00:00-05:00' });

beforeAll(async () => {
	await putResources(db, [
		visit('a1', 'p1', '2024-10-14', 480),
		visit('a2', 'p2', '2024-10-15', 16 * 60 + 45),
		visit('a3', 'p1', '2024-10-15', 540),
		visit('a4', 'p3', '2024-10-16', 480),
		visit('a5', 'p1', '2024-10-21', 600)
	]);
});
afterAll(() => db.delete());

describe('reading the book', () => {
	test('a day holds every visit of that day, the last one of the evening too', async () => {
		expect((await appointmentsBetween(db, '2024-10-15', '2024-10-15')).map((a) => a.id).sort()).toEqual(['a2', 'a3']);
	});

	test('a week is one range read, both ends included', async () => {
		expect((await appointmentsBetween(db, '2024-10-14', '2024-10-18')).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
	});

	test('a patient\'s visits come in date order', async () => {
		expect((await patientAppointments(db, 'p1')).map((a) => a.id)).toEqual(['a1', 'a3', 'a5']);
	});
});
