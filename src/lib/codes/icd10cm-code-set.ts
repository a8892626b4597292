import { finding, type Finding } from '$lib/findings/finding';
import { DOTLESS_ICD10CM_CODE, dotlessIcdCode } from './icd10cm-code.js';

/**
 * One ICD-10-CM code or header. The full asset built by `npm run codes:import` keeps no short titles
 * (they would add a third to its size), so `short` is optional here.
 */
export interface IcdEntry {
	/** With the dot: `E11.9`. */
	code: string;
	/** True when the code can go on a claim; false for a category or subcategory header. */
	billable: boolean;
	/** The official long title. */
	title: string;
	short?: string;
}

/** A whole code set and where it came from: the app always says which set and year it uses. */
export interface Icd10cmCodeSet {
	system: 'ICD-10-CM';
	fiscalYear: number;
	source: string;
	/** True for a hand-picked part of a year (the shipped set): absence proves nothing. */
	subset?: boolean;
	codes: readonly IcdEntry[];
}

/** The JSON the import script writes to static/codes/icd10cm-full.json. */
export interface Icd10cmFullAsset {
	system: 'ICD-10-CM';
	fiscalYear: number;
	source: string;
	/** [code with dot, billable 0/1, long title] */
	codes: [string, 0 | 1, string][];
}

export type CodeSetRead = { ok: true; codeSet: Icd10cmCodeSet } | { ok: false; finding: Finding };

/**
 * Reads the full-set asset. It is fetched at run time (or loaded by a learner), so it is untrusted:
 * every row is checked, and a bad row refuses the whole file.
 */
export function readIcd10cmFullAsset(json: unknown, where: string): CodeSetRead {
	const refuse = (path: string, message: string): CodeSetRead => ({
		ok: false,
		finding: finding('error', 'codes.asset-invalid', path ? `${where}: ${path}` : where, message)
	});
	if (typeof json !== 'object' || json === null) return refuse('', 'the file is not a JSON object');
	const asset = json as Record<string, unknown>;
	if (asset.system !== 'ICD-10-CM') return refuse('system', 'system must be "ICD-10-CM"');
	const fiscalYear = asset.fiscalYear;
	if (typeof fiscalYear !== 'number' || !Number.isInteger(fiscalYear) || fiscalYear < 2016) {
		return refuse('fiscalYear', 'fiscalYear must be a year from 2016 on');
	}
	if (typeof asset.source !== 'string') return refuse('source', 'source must be text');
	if (!Array.isArray(asset.codes) || asset.codes.length === 0) {
		return refuse('codes', 'codes must be a non-empty list');
	}
	const codes: IcdEntry[] = [];
	for (const [index, row] of (asset.codes as unknown[]).entries()) {
		if (
			!Array.isArray(row) ||
			row.length !== 3 ||
			typeof row[0] !== 'string' ||
			!DOTLESS_ICD10CM_CODE.test(dotlessIcdCode(row[0])) ||
			(row[1] !== 0 && row[1] !== 1) ||
			typeof row[2] !== 'string'
		) {
			return refuse(`codes[${index}]`, 'each code must be [code, 0 or 1, title]');
		}
		codes.push({ code: row[0], billable: row[1] === 1, title: row[2] });
	}
	return {
		ok: true,
		codeSet: { system: 'ICD-10-CM', fiscalYear, source: asset.source, codes }
	};
}
