import { dotlessIcdCode } from './icd10cm-code.js';
import type { Icd10cmCodeSet, IcdEntry } from './icd10cm-code-set';

/**
 * Lookup over one code set (the shipped subset or a full year): by code in any spelling, and by code
 * prefix. Built once per set; the hierarchy, the validator and the encoder all read through it.
 */
export class Icd10cmCatalog {
	readonly codeSet: Icd10cmCodeSet;
	/** Dotless code of each entry, index for index with codeSet.codes. */
	readonly dotlessCodes: readonly string[];
	readonly #indexByCode = new Map<string, number>();
	/** Entry indexes sorted by dotless code, so that a prefix is one contiguous run. */
	readonly #sortedByCode: Int32Array;

	constructor(codeSet: Icd10cmCodeSet) {
		this.codeSet = codeSet;
		const dotless = codeSet.codes.map((entry) => dotlessIcdCode(entry.code));
		this.dotlessCodes = dotless;
		dotless.forEach((code, index) => this.#indexByCode.set(code, index));
		const sorted = Int32Array.from(dotless.keys());
		sorted.sort((a, b) => compareText(dotless[a]!, dotless[b]!));
		this.#sortedByCode = sorted;
	}

	get codes(): readonly IcdEntry[] {
		return this.codeSet.codes;
	}

	/** -1 when the code is not in this set. Accepts `e119`, `E11.9`, ` e11.9 `. */
	indexOf(code: string): number {
		return this.#indexByCode.get(dotlessIcdCode(code)) ?? -1;
	}

	find(code: string): IcdEntry | undefined {
		const index = this.indexOf(code);
		return index < 0 ? undefined : this.codeSet.codes[index];
	}

	/** Indexes of the codes that start with the prefix (itself included), in code order. */
	indexesStartingWith(prefix: string): number[] {
		const wanted = dotlessIcdCode(prefix);
		const sorted = this.#sortedByCode;
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (compareText(this.dotlessCodes[sorted[middle]!]!, wanted) < 0) low = middle + 1;
			else high = middle;
		}
		const found: number[] = [];
		for (let at = low; at < sorted.length; at++) {
			const index = sorted[at]!;
			if (!this.dotlessCodes[index]!.startsWith(wanted)) break;
			found.push(index);
		}
		return found;
	}

	/** The billable codes below a header, in code order. */
	billableCodesUnder(code: string): IcdEntry[] {
		return this.indexesStartingWith(code)
			.map((index) => this.codeSet.codes[index]!)
			.filter((entry) => entry.billable);
	}
}

/** Plain code-point order, the order of the printed tabular list within a category. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
