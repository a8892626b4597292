import { ChartroomDatabase } from '$lib/db/database';
import type { CodeSetInfo } from '$lib/codes/code-set-label';
import { ICD10CM_CURATED_SET } from '$lib/codes/data/icd10cm-curated';
import { Icd10SearchIndex } from '$lib/codes/icd10-search';
import { Icd10cmCatalog } from '$lib/codes/icd10cm-catalog';
import { readIcd10cmFullAsset, type Icd10cmCodeSet } from '$lib/codes/icd10cm-code-set';
import { importIcd10cmOrderFile } from '$lib/codes/icd10cm-order-file';
import { validateIcdCode } from '$lib/codes/validate-code';
import { finding, type Finding } from '$lib/findings/finding';
import { sizeFinding } from '$lib/record/safe-json';
import { forgetLoadedCodeSet, readLoadedCodeSet, storeLoadedCodeSet } from './code-set-storage';
import type { CodeSetEvent, CodeSetRequest } from './code-set-protocol';

// The code-set Worker owns the active ICD-10-CM set: 95,000 codes and their search index never
// reach the page, which asks for results and findings by message.
const scope = self as unknown as {
	postMessage(message: CodeSetEvent): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<CodeSetRequest>) => void): void;
};

interface ActiveSet {
	info: CodeSetInfo;
	catalog: Icd10cmCatalog;
	index: Icd10SearchIndex;
}

let active: Promise<ActiveSet> | undefined;
/** Requests that change the set run one after another, in the order they came. */
let queue: Promise<unknown> = Promise.resolve();

scope.addEventListener('message', (event) => {
	const request = event.data;
	if (request.type === 'search' || request.type === 'validate') {
		void answer(request);
		return;
	}
	queue = queue.then(() => change(request)).catch((error: unknown) => {
		scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	});
});

async function answer(request: Extract<CodeSetRequest, { type: 'search' | 'validate' }>): Promise<void> {
	const set = await (active ?? shippedSet()).catch(() => shippedSet());
	if (request.type === 'search') {
		scope.postMessage({ type: 'results', id: request.id, results: set.index.search(request.query, request.limit) });
	} else {
		const findings = validateIcdCode(set.catalog, request.code, request.patient);
		scope.postMessage({ type: 'findings', id: request.id, findings });
	}
}

async function change(request: Exclude<CodeSetRequest, { type: 'search' | 'validate' }>): Promise<void> {
	if (request.type === 'load-file') return loadFile(request.file, request.loadedAt);
	if (request.type === 'forget-loaded') await withDatabase(forgetLoadedCodeSet);
	const started = performance.now();
	const notes: Finding[] = [];
	const opened = (async (): Promise<ActiveSet> => {
		const loaded = await withDatabase(readLoadedCodeSet).catch((error: unknown) => {
			notes.push(finding('warning', 'codes.storage-unavailable', 'codeSets', `A loaded code set could not be read (${(error as Error).message}); using the next one.`));
			return undefined;
		});
		if (loaded) return indexed(loaded.codeSet, loaded.info);
		if (request.assetUrl) {
			const built = await fetchBuiltSet(request.assetUrl, notes);
			if (built) return built;
		}
		return shippedSet();
	})();
	active = opened;
	const set = await opened;
	scope.postMessage({ type: 'active', info: set.info, ms: performance.now() - started, notes });
}

async function loadFile(file: File, loadedAt: string): Promise<void> {
	const started = performance.now();
	const tooLarge = sizeFinding(file.name, file.size);
	if (tooLarge) return scope.postMessage({ type: 'refused', finding: tooLarge });
	scope.postMessage({ type: 'step', step: 'reading' });
	const text = await file.text();
	scope.postMessage({ type: 'step', step: 'parsing' });
	const read = importIcd10cmOrderFile(text, file.name);
	if (!read.ok) return scope.postMessage({ type: 'refused', finding: read.finding });
	scope.postMessage({ type: 'step', step: 'storing' });
	const info = await withDatabase((db) => storeLoadedCodeSet(db, read.codeSet, file.name, loadedAt));
	scope.postMessage({ type: 'step', step: 'indexing' });
	const set = indexed(read.codeSet, info);
	active = Promise.resolve(set);
	scope.postMessage({ type: 'active', info, ms: performance.now() - started, notes: [] });
}

/** The full set a deployer built into the site with `npm run codes:import`; undefined when absent. */
async function fetchBuiltSet(assetUrl: string, notes: Finding[]): Promise<ActiveSet | undefined> {
	const url = new URL(assetUrl, self.location.href);
	if (url.origin !== self.location.origin) return undefined;
	let json: unknown;
	try {
		const response = await fetch(url);
		if (!response.ok) return undefined;
		json = await response.json();
	} catch (error) {
		// Offline without the asset cached, or not JSON: the shipped set still works.
		const why = error instanceof Error ? error.message : String(error);
		notes.push(finding('warning', 'codes.asset-unreadable', url.pathname, `The full code set built into this copy could not be read (${why}); using Chartroom's curated set.`));
		return undefined;
	}
	const read = readIcd10cmFullAsset(json, url.pathname);
	if (!read.ok) {
		notes.push(read.finding, finding('info', 'codes.using-shipped', 'code set', "Using Chartroom's curated set instead."));
		return undefined;
	}
	return indexed(read.codeSet, infoOf(read.codeSet, 'build'));
}

let shipped: ActiveSet | undefined;
function shippedSet(): Promise<ActiveSet> {
	shipped ??= indexed(ICD10CM_CURATED_SET, infoOf(ICD10CM_CURATED_SET, 'shipped'));
	return Promise.resolve(shipped);
}

function indexed(codeSet: Icd10cmCodeSet, info: CodeSetInfo): ActiveSet {
	const catalog = new Icd10cmCatalog(codeSet);
	return { info, catalog, index: new Icd10SearchIndex(catalog) };
}

function infoOf(codeSet: Icd10cmCodeSet, origin: 'build' | 'shipped'): CodeSetInfo {
	const billableCount = codeSet.codes.filter((entry) => entry.billable).length;
	return { origin, fiscalYear: codeSet.fiscalYear, codeCount: codeSet.codes.length, billableCount };
}

async function withDatabase<T>(work: (db: ChartroomDatabase) => Promise<T>): Promise<T> {
	const db = new ChartroomDatabase();
	try {
		await db.open();
		return await work(db);
	} catch (error) {
		throw new Error(`the code-set storage failed: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		db.close();
	}
}
