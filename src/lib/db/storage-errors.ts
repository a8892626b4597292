/**
 * What a refused write looks like. Browsers report a full disk as `QuotaExceededError`, but it
 * rarely arrives bare: IndexedDB aborts the transaction (an `AbortError` whose cause is the
 * quota error), Dexie wraps both (`Dexie.AbortError` with `inner`, `BulkError` with
 * `failures`), and old engines use legacy names and codes. One predicate sees through them all.
 */

/** The words the learner reads, wherever a write was refused for space. */
export const STORAGE_FULL_MESSAGE = 'Storage is full — export your work.';

export class StorageFullError extends Error {
	override name = 'StorageFullError';
	constructor(cause: unknown) {
		super(STORAGE_FULL_MESSAGE, { cause });
	}
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'StorageFullError']);
/** DOMException.QUOTA_EXCEEDED_ERR, and Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED. */
const QUOTA_CODES = new Set([22, 1014]);

/** Where wrappers keep the error they wrap: Dexie (`inner`, `failures`), ES2022 `cause`, events (`error`, `target.error`). */
function wrapped(error: Record<string, unknown>): unknown[] {
	const inner: unknown[] = [error.inner, error.cause, error.error];
	const target = error.target;
	if (typeof target === 'object' && target !== null) inner.push((target as Record<string, unknown>).error);
	const failures = error.failures;
	if (Array.isArray(failures)) inner.push(...(failures as unknown[]));
	const byPosition = error.failuresByPos;
	if (typeof byPosition === 'object' && byPosition !== null) inner.push(...Object.values(byPosition));
	return inner;
}

/** True when a write was refused because the browser ran out of space for this site. */
export function isQuotaError(error: unknown, depth = 0): boolean {
	if (typeof error !== 'object' || error === null || depth > 5) return false;
	const record = error as Record<string, unknown>;
	if (typeof record.name === 'string' && QUOTA_NAMES.has(record.name)) return true;
	if (typeof record.code === 'number' && QUOTA_CODES.has(record.code)) return true;
	return wrapped(record).some((inner) => inner !== error && isQuotaError(inner, depth + 1));
}
