/**
 * Instants are ISO 8601 strings everywhere (as in `AuditRecord.at`); arithmetic on them is in
 * epoch milliseconds. A malformed instant is a programming error and throws, naming the value,
 * rather than turning into NaN and quietly disabling a time-out.
 */
export type Instant = string;

export function instantMs(at: Instant): number {
	const ms = Date.parse(at);
	if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: "${at}"`);
	return ms;
}

export function instantAt(ms: number): Instant {
	return new Date(ms).toISOString();
}
