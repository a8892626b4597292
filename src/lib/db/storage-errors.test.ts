import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { isQuotaError, StorageFullError, STORAGE_FULL_MESSAGE } from './storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
	test('a bare QuotaExceededError (Chromium, Safari)', () => {
		expect(isQuotaError(quota())).toBe(true);
	});

	test('an IndexedDB abort whose cause is the quota error, as Dexie reports a failed commit', () => {
		expect(isQuotaError(new Dexie.AbortError(quota()))).toBe(true);
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
	});

	test("Dexie's own QuotaExceededError and a bulk write with a quota failure among others", () => {
		expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
		expect(isQuotaError(new Dexie.BulkError('2 of 3 failed', { 0: new Error('constraint'), 2: quota() }))).toBe(true);
	});

	test('the event an IndexedDB request fires, and an ES2022 cause chain', () => {
		expect(isQuotaError({ type: 'error', target: { error: quota() } })).toBe(true);
		expect(isQuotaError(new Error('save failed', { cause: new Dexie.AbortError(quota()) }))).toBe(true);
	});

	test("Firefox's legacy name and the legacy numeric code", () => {
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true);
		expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
	});

	test('other failures are not mistaken for a full disk', () => {
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
		expect(isQuotaError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
		expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
		expect(isQuotaError(new Error('QuotaExceededError in the message only'))).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
	});

	test('a wrapper that wraps itself does not loop', () => {
		const error: Record<string, unknown> = { name: 'AbortError' };
		error.inner = error;
		error.cause = { inner: error };
		expect(isQuotaError(error)).toBe(false);
	});

	test('StorageFullError says what to do and keeps what the browser said', () => {
		const cause = quota();
		const error = new StorageFullError(cause);
		expect(error.message).toBe(STORAGE_FULL_MESSAGE);
		expect(error.message).toBe('Storage is full — export your work.');
		expect(error.cause).toBe(cause);
		expect(isQuotaError(error)).toBe(true);
	});
});
