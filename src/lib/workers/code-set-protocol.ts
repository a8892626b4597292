import type { CodeSetInfo } from '$lib/codes/code-set-label';
import type { Icd10SearchResult } from '$lib/codes/icd10-search';
import type { PatientFacts } from '$lib/codes/validate-code';
import type { Finding } from '$lib/findings/finding';

/** What a learner-loaded file goes through, in order; the page shows each step. */
export type CodeSetLoadStep = 'reading' | 'parsing' | 'storing' | 'indexing';

export type CodeSetRequest =
	/** Use the stored learner-loaded set, else the build's full set (when `assetUrl`), else the shipped one. */
	| { type: 'open'; assetUrl?: string }
	| { type: 'load-file'; file: File; loadedAt: string }
	/** Remove the loaded set, then open again. */
	| { type: 'forget-loaded'; assetUrl?: string }
	| { type: 'search'; id: number; query: string; limit: number }
	| { type: 'validate'; id: number; code: string; patient: PatientFacts };

export type CodeSetEvent =
	| { type: 'step'; step: CodeSetLoadStep }
	| { type: 'active'; info: CodeSetInfo; ms: number; notes: Finding[] }
	/** A file was refused whole; the active set is unchanged. */
	| { type: 'refused'; finding: Finding }
	| { type: 'results'; id: number; results: Icd10SearchResult[] }
	| { type: 'findings'; id: number; findings: Finding[] }
	| { type: 'error'; message: string };
