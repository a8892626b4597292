import { expect, test } from 'vitest';
import { instantAt, instantMs } from './instant';

test('round trip through milliseconds', () => {
	expect(instantAt(instantMs('2025-03-04T09:00:00Z') + 300_000)).toBe('2025-03-04T09:05:00.000Z');
});

test('a malformed instant throws, naming it', () => {
	expect(() => instantMs('yesterday')).toThrow('Not an ISO 8601 instant: "yesterday"');
});
