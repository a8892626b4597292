import { expect, test } from 'vitest';
import { SESSION_EVENT_KINDS, isLeaving, isReturning, type SessionEvent } from './session-events';

const at = '2025-03-04T09:00:00Z';

test('leaving: window closed, tab hidden, another area', () => {
	const leaving = SESSION_EVENT_KINDS.map((kind): SessionEvent => ({ at, kind, detail: 'lessons' })).filter(isLeaving);
	expect(leaving.map((event) => event.kind)).toEqual(['left-workstation', 'tab-hidden', 'area-changed']);
});

test('returning: came back, tab visible, back in the EHR', () => {
	const returning = SESSION_EVENT_KINDS.map((kind): SessionEvent => ({ at, kind, detail: 'ehr' })).filter(isReturning);
	expect(returning.map((event) => event.kind)).toEqual(['returned', 'tab-visible', 'area-changed']);
});

test('an area change without a named area is leaving', () => {
	expect(isLeaving({ at, kind: 'area-changed' })).toBe(true);
});
