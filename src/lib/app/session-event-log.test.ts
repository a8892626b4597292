import { describe, expect, test } from 'vitest';
import type { SessionEvent } from '$lib/privacy/session-events';
import { appendSessionEvent, readSessionEvents, withoutBriefAbsences } from './session-event-log';

const at = (seconds: number) => new Date(Date.parse('2025-03-04T09:00:00Z') + seconds * 1000).toISOString();

function memoryStore() {
	const values = new Map<string, string>();
	return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

describe('the session event log', () => {
	test('keeps events in order, with their workstation and attempt', () => {
		const storage = memoryStore();
		appendSessionEvent({ event: { at: at(1), kind: 'tab-hidden' }, workstation: 'room-2', attempt: 'a1' }, storage);
		appendSessionEvent({ event: { at: at(40), kind: 'tab-visible' }, workstation: 'room-2' }, storage);
		expect(readSessionEvents(storage)).toEqual([
			{ event: { at: at(1), kind: 'tab-hidden' }, workstation: 'room-2', attempt: 'a1' },
			{ event: { at: at(40), kind: 'tab-visible' }, workstation: 'room-2' }
		]);
	});

	test('drops the oldest events past the limit', () => {
		const storage = memoryStore();
		for (let index = 0; index < 5; index++) appendSessionEvent({ event: { at: at(index), kind: 'activity' }, workstation: 'w' }, storage, 3);
		expect(readSessionEvents(storage).map((entry) => entry.event.at)).toEqual([at(2), at(3), at(4)]);
	});

	test('a damaged log reads as empty rather than breaking the page', () => {
		const storage = memoryStore();
		storage.setItem('chartroom.session-events', '{not json');
		expect(readSessionEvents(storage)).toEqual([]);
	});
});

describe('withoutBriefAbsences', () => {
	const hidden = (seconds: number): SessionEvent => ({ at: at(seconds), kind: 'tab-hidden' });
	const visible = (seconds: number): SessionEvent => ({ at: at(seconds), kind: 'tab-visible' });

	test('a reload (hidden, visible again a moment later) is no absence', () => {
		expect(withoutBriefAbsences([hidden(10), visible(11)], at(100))).toEqual([]);
	});

	test('away for a minute is kept, with the return', () => {
		expect(withoutBriefAbsences([hidden(10), visible(70)], at(100))).toEqual([hidden(10), visible(70)]);
	});

	test('still hidden: kept once the grace has passed, not before', () => {
		expect(withoutBriefAbsences([hidden(10)], at(15))).toEqual([]);
		expect(withoutBriefAbsences([hidden(10)], at(25))).toEqual([hidden(10)]);
	});

	test('other events pass through untouched', () => {
		const events: SessionEvent[] = [{ at: at(1), kind: 'activity' }, hidden(2), visible(3), { at: at(4), kind: 'area-changed', detail: 'lessons' }];
		expect(withoutBriefAbsences(events, at(100))).toEqual([events[0], events[3]]);
	});
});
