import type { ChartroomDatabase } from '$lib/db/database';
import type { CodeSetInfo } from '$lib/codes/code-set-label';
import type { Icd10cmCodeSet, IcdEntry } from '$lib/codes/icd10cm-code-set';

/** Rows of the loaded ICD-10-CM set share this id prefix: one header row, then its chunks. */
export const LOADED_ICD10CM_ID = 'icd10cm:loaded';
/** 5,000 codes a row: a few hundred KB each, so IndexedDB never clones one huge value. */
export const CODES_PER_ROW = 5_000;

type LoadedHeaderRow = {
	id: typeof LOADED_ICD10CM_ID;
	system: 'ICD-10-CM';
	fiscalYear: number;
	source: string;
	sourceFile: string;
	loadedAt: string;
	codeCount: number;
	billableCount: number;
	chunkCount: number;
};

type LoadedChunkRow = {
	id: string;
	/** [code with dot, billable 0/1, long title] */
	codes: [string, 0 | 1, string][];
};

function chunkId(chunk: number): string {
	return `${LOADED_ICD10CM_ID}:chunk:${String(chunk).padStart(4, '0')}`;
}

/**
 * Stores a learner-loaded set in one transaction, replacing any earlier one: a reader sees the old
 * set or the new one, never a mix. Returns what the pages are told about it.
 */
export async function storeLoadedCodeSet(
	db: ChartroomDatabase,
	codeSet: Icd10cmCodeSet,
	sourceFile: string,
	loadedAt: string
): Promise<CodeSetInfo> {
	const chunks: LoadedChunkRow[] = [];
	for (let start = 0; start < codeSet.codes.length; start += CODES_PER_ROW) {
		chunks.push({
			id: chunkId(chunks.length),
			codes: codeSet.codes.slice(start, start + CODES_PER_ROW).map((entry) => [entry.code, entry.billable ? 1 : 0, entry.title])
		});
	}
	const billableCount = codeSet.codes.filter((entry) => entry.billable).length;
	const header: LoadedHeaderRow = {
		id: LOADED_ICD10CM_ID,
		system: 'ICD-10-CM',
		fiscalYear: codeSet.fiscalYear,
		source: codeSet.source,
		sourceFile,
		loadedAt,
		codeCount: codeSet.codes.length,
		billableCount,
		chunkCount: chunks.length
	};
	// Everything is built before the transaction: nothing but IndexedDB work is awaited inside it.
	await db.transaction('rw', db.codeSets, async () => {
		await db.codeSets.where('id').startsWith(LOADED_ICD10CM_ID).delete();
		await db.codeSets.bulkPut([header, ...chunks]);
	});
	return infoOf(header);
}

/** The loaded set, or undefined when none is stored or its rows do not add up (then it is ignored). */
export async function readLoadedCodeSet(
	db: ChartroomDatabase
): Promise<{ codeSet: Icd10cmCodeSet; info: CodeSetInfo } | undefined> {
	return db.transaction('r', db.codeSets, async () => {
		const header = (await db.codeSets.get(LOADED_ICD10CM_ID)) as LoadedHeaderRow | undefined;
		if (!header) return undefined;
		const ids = Array.from({ length: header.chunkCount }, (_, chunk) => chunkId(chunk));
		const rows = (await db.codeSets.bulkGet(ids)) as (LoadedChunkRow | undefined)[];
		const codes: IcdEntry[] = [];
		for (const row of rows) {
			if (!row) return undefined;
			for (const [code, billable, title] of row.codes) codes.push({ code, billable: billable === 1, title });
		}
		if (codes.length !== header.codeCount) return undefined;
		const codeSet: Icd10cmCodeSet = { system: 'ICD-10-CM', fiscalYear: header.fiscalYear, source: header.source, codes };
		return { codeSet, info: infoOf(header) };
	});
}

/** Removes the loaded set, so the build's or the shipped set is used again. */
export async function forgetLoadedCodeSet(db: ChartroomDatabase): Promise<void> {
	await db.codeSets.where('id').startsWith(LOADED_ICD10CM_ID).delete();
}

function infoOf(header: LoadedHeaderRow): CodeSetInfo {
	return {
		origin: 'loaded',
		fiscalYear: header.fiscalYear,
		codeCount: header.codeCount,
		billableCount: header.billableCount,
		sourceFile: header.sourceFile,
		loadedAt: header.loadedAt
	};
}
