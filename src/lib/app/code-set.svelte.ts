import { codeSetLabel, type CodeSetInfo } from '$lib/codes/code-set-label';
import type { Icd10SearchResult } from '$lib/codes/icd10-search';
import type { PatientFacts } from '$lib/codes/validate-code';
import { finding, type Finding } from '$lib/findings/finding';
import { sizeFinding } from '$lib/record/safe-json';
import type { CodeSetEvent, CodeSetLoadStep, CodeSetRequest } from '$lib/workers/code-set-protocol';

export type CodeSetPhase = 'idle' | 'opening' | 'ready' | 'loading-file' | 'failed';

/** Where the deployer's full set lives in the build, when `npm run codes:import` wrote one. */
export const BUILT_FULL_SET_PATH = '/codes/icd10cm-full.json';

const STEP_WORDS: Record<CodeSetLoadStep, string> = {
	reading: 'Reading the file…',
	parsing: 'Checking every line…',
	storing: 'Saving the code set in this browser…',
	indexing: 'Building the encoder index…'
};
const STEPS: readonly CodeSetLoadStep[] = ['reading', 'parsing', 'storing', 'indexing'];

/**
 * Which ICD-10-CM set the encoder uses, and the Worker that holds it: a learner-loaded full set
 * (stored in IndexedDB), else the full set built into the site, else the shipped curated set.
 */
class CodeSetState {
	phase = $state<CodeSetPhase>('idle');
	info = $state<CodeSetInfo | undefined>();
	/** The step of a file being loaded. */
	step = $state<CodeSetLoadStep | undefined>();
	/** Why the last file was refused, or notes on opening; the active set is unchanged by a refusal. */
	findings = $state<Finding[]>([]);
	message = $state('');
	#worker: Worker | undefined;
	#assetUrl: string | undefined;
	#nextId = 0;
	#pending = new Map<number, (event: CodeSetEvent) => void>();
	#settle: ((event: CodeSetEvent) => void) | undefined;

	get label(): string {
		return this.info ? codeSetLabel(this.info) : 'Preparing the code set…';
	}

	get stepWords(): string {
		return this.step ? STEP_WORDS[this.step] : '';
	}

	/** Steps done of all, for a progress bar while a file loads. */
	get stepProgress(): { done: number; total: number } {
		return { done: this.step ? STEPS.indexOf(this.step) : 0, total: STEPS.length };
	}

	/** Opens the active set once; `fullSetInBuild` says whether the build has the deployer's asset. */
	open(options: { fullSetInBuild: boolean }): Promise<void> {
		if (this.phase !== 'idle') return Promise.resolve();
		this.#assetUrl = options.fullSetInBuild ? BUILT_FULL_SET_PATH : undefined;
		this.phase = 'opening';
		return this.#change({ type: 'open', assetUrl: this.#assetUrl }).then(() => undefined);
	}

	/** Loads a CMS/CDC order file; refused whole (with the parser's `line N:`) when not in that format. */
	async loadFile(file: File): Promise<boolean> {
		const tooLarge = sizeFinding(file.name, file.size);
		if (tooLarge) {
			this.findings = [tooLarge];
			return false;
		}
		this.phase = 'loading-file';
		this.findings = [];
		this.message = '';
		const done = await this.#change({ type: 'load-file', file, loadedAt: new Date().toISOString() });
		return done.type === 'active';
	}

	/** Removes the learner-loaded set: the build's full set or the shipped one is used again. */
	async useShippedSet(): Promise<void> {
		this.phase = 'opening';
		this.findings = [];
		await this.#change({ type: 'forget-loaded', assetUrl: this.#assetUrl });
	}

	search(query: string, limit = 20): Promise<Icd10SearchResult[]> {
		return this.#ask({ type: 'search', id: 0, query, limit }).then((event) => (event.type === 'results' ? event.results : []));
	}

	validate(code: string, patient: PatientFacts = {}): Promise<Finding[]> {
		return this.#ask({ type: 'validate', id: 0, code, patient }).then((event) => (event.type === 'findings' ? event.findings : []));
	}

	#ask(request: Extract<CodeSetRequest, { type: 'search' | 'validate' }>): Promise<CodeSetEvent> {
		const id = ++this.#nextId;
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			this.#workerOf().postMessage({ ...request, id } satisfies CodeSetRequest);
		});
	}

	/** Sends a request that changes the set; resolves with the event that ends it. */
	#change(request: Exclude<CodeSetRequest, { type: 'search' | 'validate' }>): Promise<CodeSetEvent> {
		const worker = this.#workerOf();
		return new Promise((resolve) => {
			this.#settle = resolve;
			worker.postMessage(request);
		});
	}

	#workerOf(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('../workers/code-set.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<CodeSetEvent>) => this.#receive(event.data);
		worker.onerror = (event) => this.#receive({ type: 'error', message: event.message || 'the code-set Worker stopped' });
		this.#worker = worker;
		return worker;
	}

	#receive(event: CodeSetEvent): void {
		if (event.type === 'results' || event.type === 'findings') {
			this.#pending.get(event.id)?.(event);
			this.#pending.delete(event.id);
			return;
		}
		if (event.type === 'step') {
			this.step = event.step;
			return;
		}
		if (event.type === 'active') {
			const loadedFile = this.phase === 'loading-file';
			this.info = event.info;
			this.phase = 'ready';
			this.findings = event.notes;
			this.message = loadedFile
				? `Loaded ${event.info.sourceFile ?? 'the file'}: ${event.info.codeCount.toLocaleString('en-US')} codes in ${(event.ms / 1000).toFixed(1)} s. The encoder uses it from now on.`
				: '';
		} else if (event.type === 'refused') {
			this.phase = this.info ? 'ready' : 'failed';
			this.findings = [event.finding];
			this.message = 'Nothing was stored; the code set in use is unchanged.';
		} else {
			for (const answer of this.#pending.values()) answer(event);
			this.#pending.clear();
			this.phase = this.info ? 'ready' : 'failed';
			this.findings = [finding('error', 'codes.worker-failed', 'code set', event.message)];
			this.message = 'The code set in use is unchanged.';
		}
		this.step = undefined;
		const settle = this.#settle;
		this.#settle = undefined;
		settle?.(event);
	}
}

export const codeSet = new CodeSetState();
