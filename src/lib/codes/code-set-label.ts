/** Where the active ICD-10-CM set came from: the app always says which set and year it uses. */
export type CodeSetOrigin = 'shipped' | 'build' | 'loaded';

/** What the pages are told about the active set; the codes themselves stay in the code-set Worker. */
export interface CodeSetInfo {
	origin: CodeSetOrigin;
	fiscalYear: number;
	/** Codes and headers. */
	codeCount: number;
	billableCount: number;
	/** The file a learner loaded, for `loaded`. */
	sourceFile?: string;
	/** ISO date-time of the load, for `loaded`. */
	loadedAt?: string;
}

/**
 * The one sentence every page shows about the active set, e.g.
 * "ICD-10-CM FY2022 — full set (72,748 billable codes), loaded 2026-11-23".
 */
export function codeSetLabel(info: CodeSetInfo): string {
	const billable = `${info.billableCount.toLocaleString('en-US')} billable codes`;
	const year = `ICD-10-CM FY${info.fiscalYear}`;
	if (info.origin === 'shipped') return `${year} — Chartroom's curated set (${billable})`;
	if (info.origin === 'build') return `${year} — full set (${billable}), built into this copy of Chartroom`;
	const day = info.loadedAt?.slice(0, 10);
	return `${year} — full set (${billable}), loaded${day ? ` ${day}` : ''}`;
}
