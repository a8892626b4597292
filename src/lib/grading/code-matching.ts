/**
 * Code answers (ICD-10-CM, HCPCS, CVX…) earn partial credit per code. The matcher belongs to
 * `src/lib/codes` (`compareCodes` in compare-codes.ts, which knows code hierarchies and can
 * give credit for a right category with a wrong extension); grading takes it as a parameter
 * so it stays pure and testable. `compareCodesExactly` is the stand-in until that exists.
 */
import { finding, type Finding } from '../findings/finding';

export interface CodeComparison {
	earned: number;
	possible: number;
	findings: Finding[];
}

/** The contract `compareDiagnosisCodes` of src/lib/codes/compare-codes.ts fulfils. */
export type CompareCodes = (learner: readonly string[], key: readonly string[]) => CodeComparison;

export interface CodeMatchingOptions {
	/** By code system (an answer's `system:`), e.g. { 'icd-10-cm': compareDiagnosisCodes }. */
	compareCodesBySystem?: Readonly<Record<string, CompareCodes>>;
	/** For code answers whose system has no entry above. */
	compareCodes?: CompareCodes;
}

/** The matcher for a code system: the system's own, else the general one, else exact. */
export function codeComparerFor(system: string | undefined, options: CodeMatchingOptions): CompareCodes {
	return (system === undefined ? undefined : options.compareCodesBySystem?.[system]) ?? options.compareCodes ?? compareCodesExactly;
}

/** ICD-10-CM is written with or without its dot ("E11.9", "e119"); the code is the same. */
export function normaliseCode(code: string): string {
	return code.trim().toUpperCase().replace(/[.\s]/g, '');
}

/**
 * One point per key code the learner gave, less one per code that is not in the key (so
 * listing every code in the book earns nothing), never below zero.
 */
export const compareCodesExactly: CompareCodes = (learner, key) => {
	const wanted = new Set(key.map(normaliseCode));
	const given = [...new Set(learner.map(normaliseCode).filter((code) => code !== ''))];
	const right = given.filter((code) => wanted.has(code));
	const extra = given.filter((code) => !wanted.has(code));
	return {
		earned: Math.max(0, right.length - extra.length),
		possible: wanted.size,
		findings: extra.map((code) =>
			finding('warning', 'grade.code.not-in-key', code, `${code} is not one of the expected codes`)
		)
	};
};
