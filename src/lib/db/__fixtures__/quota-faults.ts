import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';

/**
 * Fault injection for tests: a DBCore middleware that counts writes and refuses the chosen
 * ones as a full disk does. `aborted` is the shape a real browser gives (the transaction
 * aborts; Dexie reports an AbortError whose inner error is the QuotaExceededError), `bare`
 * the plain DOMException some engines raise on the request itself.
 */
export interface QuotaFault {
	middleware: Middleware<DBCore>;
	/** Write requests seen so far (each put, add, delete or bulk call counts once). */
	readonly writes: number;
	/** Refuse the n-th write from now (1 = the next one) and, with `andAfter`, every one after it. */
	refuse(n: number, options?: { andAfter?: boolean }): void;
	/** Stop refusing: the learner freed some space. */
	heal(): void;
}

/**
 * `kinds`: which writes a full disk refuses. All of them by default; `['add', 'put']` is the
 * realistic choice for long runs, since deleting frees space and browsers allow it.
 */
export function quotaFault(shape: 'aborted' | 'bare' = 'aborted', kinds: readonly DBCoreMutateRequest['type'][] = ['add', 'put', 'delete', 'deleteRange']): QuotaFault {
	let writes = 0;
	let refuseAt = Infinity;
	let andAfter = false;
	const quotaError = () => {
		const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return shape === 'aborted' ? new Dexie.AbortError(quota) : quota;
	};
	return {
		middleware: {
			stack: 'dbcore',
			name: 'quota-fault',
			create: (down) => ({
				...down,
				table(name) {
					const table = down.table(name);
					return {
						...table,
						mutate(request) {
							writes += 1;
							const refused = writes === refuseAt || (andAfter && writes > refuseAt);
							if (refused && kinds.includes(request.type)) return Promise.reject(quotaError());
							return table.mutate(request);
						}
					};
				}
			})
		},
		get writes() {
			return writes;
		},
		refuse(n, options = {}) {
			refuseAt = writes + n;
			andAfter = options.andAfter ?? false;
		},
		heal() {
			refuseAt = Infinity;
			andAfter = false;
		}
	};
}

/** A database with the fault below every API, as a learner's full disk would be. */
export async function openWithFault<T extends Dexie>(db: T, fault: QuotaFault): Promise<T> {
	db.use(fault.middleware);
	await db.open();
	return db;
}
