import { stemmer } from 'stemmer';
import { COMMON_PRIMARY_CARE_CODES } from './data/common-diagnoses';
import { ICD10CM_CURATED_ROWS } from './data/icd10cm-curated';
import { RANKING_NEUTRAL_WORDS, SEARCH_STOPWORDS, SEARCH_SYNONYMS } from './data/search-synonyms';
import { ancestorPath } from './hierarchy';
import type { Icd10cmCatalog } from './icd10cm-catalog';
import { dotlessIcdCode } from './icd10cm-code.js';

/** One line of the encoder's answer. */
export interface Icd10SearchResult {
	code: string;
	title: string;
	billable: boolean;
	/** The chapter and headers above the code, e.g. `Chapter 4 … › E11 Type 2 diabetes mellitus`. */
	path: string;
	/** A category or subcategory header: the learner must go on to a billable code below it. */
	needsMoreCharacters: boolean;
}

export interface Icd10SearchOptions {
	/** Ranked first among equal matches; default: the clinic's common primary-care codes. */
	commonCodes?: Iterable<string>;
	/** Ranked next; default: every code in the shipped set. */
	familiarCodes?: Iterable<string>;
}

/** A query word as the index sees it. */
interface QueryWord {
	word: string;
	/** The last word, still being typed: any title word starting with it matches. */
	prefix: boolean;
	/** Asked for as absent: "complications" in "diabetes without complications". */
	negated: boolean;
}

/** What a title word does: a claim the note must support, a supplementary word, or an absence. */
type TitleWordRole = 'claim' | 'supplementary' | 'negated';
const ROLE_STRENGTH: Record<TitleWordRole, number> = { claim: 0, supplementary: 1, negated: 2 };
const TITLE_WORD_ROLES: readonly TitleWordRole[] = ['claim', 'supplementary', 'negated'];

const STOPWORDS = new Set(SEARCH_STOPWORDS);
/** Words after these say what is absent, in titles ("without", "not intractable") and in queries. */
const NEGATORS = new Set(['without', 'not', 'no', 'denies']);
/** Query-only negators; titles never use them, so they are not searched for. */
const QUERY_ONLY_NEGATORS = new Set(['no', 'denies']);
const CODE_PREFIX = /^[A-Z][0-9][0-9A-Z]{0,5}$/;

// Ranking weights. A tier step is worth three title words the learner did not ask for; a word asked
// for that the title says is absent costs a whole tier; billable codes beat headers that match as
// well; later-encounter (D, S) codes sit below the initial encounter unless asked for.
const TIER_BOOST = [0, 6, 12] as const;
const UNASKED_WORD_PENALTY = 2;
const CONTRADICTED_WORD_PENALTY = 6;
/** "flu" as typed should find influenza (its synonym) before "flutter" (a longer word). */
const PARTIAL_WORD_PENALTY = 6;
const BILLABLE_BONUS = 1.5;
/** Codes found only with one query word left out rank below every code with all the words. */
const MISSING_WORD_PENALTY = 8;
const LATER_ENCOUNTER_PENALTY = 2;
const TITLE_LENGTH_PENALTY = 0.005;
/** Ranked beyond the limit, so a header can wait for one of its codes further down. */
const HEADER_LOOKAHEAD = 10;

const stemCache = new Map<string, string>();
function stem(word: string): string {
	let stemmed = stemCache.get(word);
	if (stemmed === undefined) {
		stemmed = stemmer(word);
		stemCache.set(word, stemmed);
	}
	return stemmed;
}

const NEUTRAL_STEMS = new Set(RANKING_NEUTRAL_WORDS.map(stem));
const ENCOUNTER_STEMS = new Set(['subsequ', 'sequela'].map(stem));

/** Lower-case words of a text, stopwords dropped. */
function wordsOf(text: string): string[] {
	return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !STOPWORDS.has(word));
}

/** Synonyms keyed by their first word, longest alias first, so "high blood sugar" beats "sugar". */
const SYNONYMS_BY_FIRST_WORD = (() => {
	const byFirst = new Map<string, { alias: string[]; means: string[] }[]>();
	for (const synonym of SEARCH_SYNONYMS) {
		const means = wordsOf(synonym.means);
		for (const aliasText of synonym.aliases) {
			const alias = wordsOf(aliasText);
			const first = alias[0];
			if (first === undefined) continue;
			const list = byFirst.get(first) ?? [];
			list.push({ alias, means });
			byFirst.set(first, list);
		}
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.alias.length - a.alias.length);
	return byFirst;
})();

/** The query with every alias replaced by the words it means; undefined when nothing changed. */
function withSynonyms(query: readonly QueryWord[]): QueryWord[] | undefined {
	const out: QueryWord[] = [];
	let changed = false;
	for (let at = 0; at < query.length; ) {
		const here = query[at]!;
		const match = SYNONYMS_BY_FIRST_WORD.get(here.word)?.find(({ alias }) =>
			alias.every((word, offset) => query[at + offset]?.word === word)
		);
		if (match) {
			out.push(...match.means.map((word) => ({ word, prefix: false, negated: here.negated })));
			at += match.alias.length;
			changed = true;
		} else {
			out.push(here);
			at++;
		}
	}
	return changed ? out : undefined;
}

/** The query's words, the last one marked unfinished unless the learner typed a space after it. */
function queryWords(query: string): QueryWord[] {
	const typing = !/\s$/.test(query);
	const words = wordsOf(query);
	const out: QueryWord[] = [];
	let negated = false;
	for (const [at, word] of words.entries()) {
		if (!QUERY_ONLY_NEGATORS.has(word)) {
			out.push({ word, prefix: typing && at === words.length - 1, negated });
		}
		if (NEGATORS.has(word)) negated = true;
	}
	return out;
}

/**
 * Calls back with each word of an official title and its role. Words in parentheses or brackets are
 * supplementary ("Essential (primary) hypertension", "[common cold]"), and so is the word after
 * "unspecified" ("unspecified ear" claims no side); words after "without" or "not", up to the next
 * comma or "with", say what is absent. None of these is a claim the note must support. A hand-written scanner, not a regular expression: it runs over 95,000 titles.
 */
function readTitle(title: string, onWord: (word: string, role: TitleWordRole) => void): void {
	const text = title.toLowerCase();
	let depth = 0;
	let negated = false;
	let afterUnspecified = false;
	for (let at = 0; at < text.length; ) {
		const char = text.charCodeAt(at);
		if (isWordChar(char)) {
			let end = at + 1;
			while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
			const word = text.slice(at, end);
			at = end;
			if (word === 'with') negated = false;
			else if (!STOPWORDS.has(word)) {
				const supplementary = depth > 0 || afterUnspecified;
				onWord(word, negated ? 'negated' : supplementary ? 'supplementary' : 'claim');
				if (NEGATORS.has(word)) negated = true;
				afterUnspecified = word === 'unspecified';
			}
			continue;
		}
		if (char === 40 || char === 91) depth++; // ( [
		else if (char === 41 || char === 93) depth = Math.max(0, depth - 1); // ) ]
		else if (char === 44 || char === 59) negated = false; // , ;
		at++;
	}
}

/** a–z or 0–9 */
function isWordChar(char: number): boolean {
	return (char >= 97 && char <= 122) || (char >= 48 && char <= 57);
}

/**
 * The encoder: an inverted index over code titles (stem → sorted Int32Array of code indexes),
 * queried as the learner types. Build once per code set; a query intersects the shortest posting
 * lists first and never scans the whole set.
 */
export class Icd10SearchIndex {
	readonly catalog: Icd10cmCatalog;
	readonly #stemIds = new Map<string, number>();
	readonly #stems: string[] = [];
	/** Title words (unstemmed), sorted, with the stem each maps to: for prefixes as typed. */
	readonly #sortedWords: string[];
	readonly #sortedWordStems: Int32Array;
	/** Stems, sorted, with their ids: for prefixes of a stemmed word ("sprained" → "sprain…"). */
	readonly #sortedStems: string[];
	readonly #sortedStemIds: Int32Array;
	/** Codes with stem s are #postings[#postingStart[s] … #postingStart[s + 1]), in index order. */
	readonly #postingStart: Int32Array;
	readonly #postings: Int32Array;
	/**
	 * Each code's distinct stems in three runs: the claims of its title (#claimCount of them), then
	 * supplementary and neutral words (up to #affirmedCount), then the words it says are absent.
	 */
	readonly #codeStemStart: Int32Array;
	readonly #codeStems: Int32Array;
	readonly #claimCount: Uint8Array;
	readonly #affirmedCount: Uint8Array;
	/** 2: a common primary-care code, 1: in the shipped set, 0: the rest. */
	readonly #tier: Uint8Array;
	readonly #laterEncounter: Uint8Array;
	/** Per-query scratch, marked with the query's number so nothing needs clearing. */
	readonly #askedStem: Int32Array;
	readonly #prefixStem: Int32Array;
	readonly #seenCode: Int32Array;
	#queryNumber = 0;

	constructor(catalog: Icd10cmCatalog, options: Icd10SearchOptions = {}) {
		this.catalog = catalog;
		const codes = catalog.codes;
		const count = codes.length;
		const dotlessSet = (list: Iterable<string>) => new Set([...list].map((code) => dotlessIcdCode(code)));
		const common = dotlessSet(options.commonCodes ?? COMMON_PRIMARY_CARE_CODES);
		const familiar = dotlessSet(options.familiarCodes ?? ICD10CM_CURATED_ROWS.map(([code]) => code));
		this.#tier = new Uint8Array(count);
		this.#claimCount = new Uint8Array(count);
		this.#affirmedCount = new Uint8Array(count);
		this.#laterEncounter = new Uint8Array(count);
		this.#codeStemStart = new Int32Array(count + 1);

		const wordStem = new Map<string, number>();
		const codeStems: number[] = [];
		const postingCount: number[] = [];
		// Scratch per code, stamped with the code's number so nothing needs clearing: the stems met in
		// its title, and the strongest role each had (a stem may be claimed in one clause and negated
		// in another: "Hypertensive heart disease without heart failure").
		const stampOf: number[] = [];
		const roleOf: TitleWordRole[] = [];
		const stemsInTitle: number[] = [];
		for (let index = 0; index < count; index++) {
			const dotless = catalog.dotlessCodes[index]!;
			this.#tier[index] = common.has(dotless) ? 2 : familiar.has(dotless) ? 1 : 0;
			stemsInTitle.length = 0;
			readTitle(codes[index]!.title, (word, role) => {
				let stemId = wordStem.get(word);
				if (stemId === undefined) {
					stemId = this.#stemIdOf(stem(word));
					wordStem.set(word, stemId);
				}
				const stemmed = this.#stems[stemId]!;
				const actual = role === 'claim' && NEUTRAL_STEMS.has(stemmed) ? 'supplementary' : role;
				if (stampOf[stemId] !== index) {
					stampOf[stemId] = index;
					roleOf[stemId] = actual;
					stemsInTitle.push(stemId);
				} else if (ROLE_STRENGTH[actual] < ROLE_STRENGTH[roleOf[stemId]!]) {
					roleOf[stemId] = actual;
				}
				if (ENCOUNTER_STEMS.has(stemmed)) this.#laterEncounter[index] = 1;
			});
			for (const role of TITLE_WORD_ROLES) {
				for (const stemId of stemsInTitle) {
					if (roleOf[stemId] !== role) continue;
					codeStems.push(stemId);
					postingCount[stemId] = (postingCount[stemId] ?? 0) + 1;
				}
				if (role === 'claim') this.#claimCount[index] = Math.min(255, codeStems.length - this.#codeStemStart[index]!);
				if (role === 'supplementary') {
					this.#affirmedCount[index] = Math.min(255, codeStems.length - this.#codeStemStart[index]!);
				}
			}
			this.#codeStemStart[index + 1] = codeStems.length;
		}
		this.#codeStems = Int32Array.from(codeStems);

		const stemCount = this.#stems.length;
		this.#postingStart = new Int32Array(stemCount + 1);
		for (let stemId = 0; stemId < stemCount; stemId++) {
			this.#postingStart[stemId + 1] = this.#postingStart[stemId]! + (postingCount[stemId] ?? 0);
		}
		this.#postings = new Int32Array(this.#postingStart[stemCount]!);
		const fill = this.#postingStart.slice(0, stemCount);
		// Codes are visited in index order, so every posting list comes out sorted.
		for (let index = 0; index < count; index++) {
			for (let at = this.#codeStemStart[index]!; at < this.#codeStemStart[index + 1]!; at++) {
				this.#postings[fill[this.#codeStems[at]!]!++] = index;
			}
		}

		this.#sortedWords = [...wordStem.keys()].sort();
		this.#sortedWordStems = Int32Array.from(this.#sortedWords, (word) => wordStem.get(word)!);
		const stemOrder = [...this.#stems.keys()].sort((a, b) => compareText(this.#stems[a]!, this.#stems[b]!));
		this.#sortedStems = stemOrder.map((stemId) => this.#stems[stemId]!);
		this.#sortedStemIds = Int32Array.from(stemOrder);
		this.#askedStem = new Int32Array(stemCount);
		this.#prefixStem = new Int32Array(stemCount);
		this.#seenCode = new Int32Array(count);
	}

	#stemIdOf(stemmed: string): number {
		let id = this.#stemIds.get(stemmed);
		if (id === undefined) {
			id = this.#stems.length;
			this.#stems.push(stemmed);
			this.#stemIds.set(stemmed, id);
		}
		return id;
	}

	/**
	 * Codes for what the learner has typed so far: codes starting with it when it looks like a code
	 * (`e11`, `E11.6`), then codes whose title has every word (stemmed; the last word may be
	 * unfinished; synonyms and abbreviations understood), best first.
	 */
	search(query: string, limit = 20): Icd10SearchResult[] {
		const found: number[] = [];
		const compact = query.replace(/[\s.]/g, '').toUpperCase();
		if (CODE_PREFIX.test(compact)) found.push(...this.#codesStartingWith(compact, limit));
		if (found.length < limit) {
			const taken = new Set(found);
			for (const index of this.#textMatches(query, limit)) {
				if (found.length >= limit) break;
				if (!taken.has(index)) found.push(index);
			}
		}
		return found.map((index) => this.#result(index));
	}

	#result(index: number): Icd10SearchResult {
		const entry = this.catalog.codes[index]!;
		return {
			code: entry.code,
			title: entry.title,
			billable: entry.billable,
			path: ancestorPath(this.catalog, entry.code),
			needsMoreCharacters: !entry.billable
		};
	}

	/** The code itself first, then shorter (more general) codes, then code order. */
	#codesStartingWith(prefix: string, limit: number): number[] {
		const dotless = this.catalog.dotlessCodes;
		return this.catalog
			.indexesStartingWith(prefix)
			.sort((a, b) => dotless[a]!.length - dotless[b]!.length || compareText(dotless[a]!, dotless[b]!))
			.slice(0, limit);
	}

	#textMatches(query: string, limit: number): number[] {
		const typed = queryWords(query);
		if (typed.length === 0) return [];
		const variants = [typed];
		const meant = withSynonyms(typed);
		if (meant) variants.push(meant);

		const best = new Map<number, number>();
		for (const variant of variants) this.#scoreVariant(variant, best);
		if (best.size === 0) {
			// No title has every word (a typo, a word ICD-10-CM does not use, "both ears" for
			// "bilateral"): show what the query finds with one word left out, ranked lower for it.
			for (const variant of variants) {
				if (variant.length < 2) continue;
				for (let skipped = 0; skipped < variant.length; skipped++) {
					const rest = variant.filter((_, at) => at !== skipped);
					this.#scoreVariant(rest, best, MISSING_WORD_PENALTY);
				}
			}
		}
		const ranked = topByScore(best, limit + HEADER_LOOKAHEAD);
		return this.#headersAfterTheirCodes(ranked).slice(0, limit);
	}

	/**
	 * A header ("needs more characters") moves to just after the first of its own billable codes
	 * that made the list, so the code a learner can use comes first; it keeps its place otherwise.
	 */
	#headersAfterTheirCodes(ranked: readonly number[]): number[] {
		const dotless = this.catalog.dotlessCodes;
		const isBillable = (index: number) => this.catalog.codes[index]!.billable;
		const out: number[] = [];
		let waiting: number[] = [];
		for (const [position, index] of ranked.entries()) {
			const code = dotless[index]!;
			const codeBelow = ranked
				.slice(position + 1)
				.some((other) => isBillable(other) && dotless[other]!.startsWith(code));
			if (!isBillable(index) && codeBelow) {
				waiting.push(index);
				continue;
			}
			out.push(index);
			if (!isBillable(index)) continue;
			const released = waiting.filter((header) => code.startsWith(dotless[header]!));
			out.push(...released);
			waiting = waiting.filter((header) => !released.includes(header));
		}
		return [...out, ...waiting];
	}

	#stemsFor(term: QueryWord): number[] {
		if (!term.prefix) {
			const id = this.#stemIds.get(stem(term.word));
			return id === undefined ? [] : [id];
		}
		const ids = new Set<number>();
		for (const at of prefixRange(this.#sortedWords, term.word)) ids.add(this.#sortedWordStems[at]!);
		for (const at of prefixRange(this.#sortedStems, stem(term.word))) ids.add(this.#sortedStemIds[at]!);
		return [...ids];
	}

	/** Scores every code that has all the variant's words, keeping each code's best score. */
	#scoreVariant(variant: readonly QueryWord[], best: Map<number, number>, penalty = 0): void {
		const queryNumber = ++this.#queryNumber;
		const exactLists: Int32Array[] = [];
		let prefixStems: number[] | undefined;
		/** The stem of the unfinished word as typed: codes holding only longer words rank lower. */
		let typedStem = -1;
		let asksForLaterEncounter = false;
		for (const term of variant) {
			const stemIds = this.#stemsFor(term);
			if (stemIds.length === 0) return;
			for (const stemId of stemIds) {
				// A word asked for as absent is not a claim the code must make.
				if (!term.negated) this.#askedStem[stemId] = queryNumber;
				if (term.prefix) this.#prefixStem[stemId] = queryNumber;
				if (ENCOUNTER_STEMS.has(this.#stems[stemId]!)) asksForLaterEncounter = true;
			}
			if (term.prefix) {
				prefixStems = stemIds;
				typedStem = this.#stemIds.get(stem(term.word)) ?? -1;
			} else exactLists.push(this.#postingsOf(stemIds[0]!));
		}

		let candidates: ArrayLike<number>;
		if (exactLists.length > 0) {
			exactLists.sort((a, b) => a.length - b.length);
			let running = exactLists[0]!;
			for (let at = 1; at < exactLists.length && running.length > 0; at++) {
				running = intersect(running, exactLists[at]!);
			}
			candidates = prefixStems
				? running.filter((index) => this.#holdsMarkedStem(index, this.#prefixStem, queryNumber))
				: running;
		} else {
			// Only the unfinished word: one letter would match most of ICD-10-CM, so wait for two.
			if (variant[0]!.word.length < 2) return;
			const union: number[] = [];
			for (const stemId of prefixStems!) {
				for (const index of this.#postingsOf(stemId)) {
					if (this.#seenCode[index] !== queryNumber) {
						this.#seenCode[index] = queryNumber;
						union.push(index);
					}
				}
			}
			candidates = union;
		}

		const askedClaims = variant.filter(
			(term) => !term.negated && !NEUTRAL_STEMS.has(stem(term.word))
		).length;
		for (let at = 0; at < candidates.length; at++) {
			const index = candidates[at]!;
			let score = this.#score(index, queryNumber, askedClaims, asksForLaterEncounter) - penalty;
			if (prefixStems && !this.#holdsStem(index, typedStem)) score -= PARTIAL_WORD_PENALTY;
			const previous = best.get(index);
			if (previous === undefined || score > previous) best.set(index, score);
		}
	}

	#postingsOf(stemId: number): Int32Array {
		return this.#postings.subarray(this.#postingStart[stemId]!, this.#postingStart[stemId + 1]!);
	}

	#holdsMarkedStem(index: number, marks: Int32Array, queryNumber: number): boolean {
		for (let at = this.#codeStemStart[index]!; at < this.#codeStemStart[index + 1]!; at++) {
			if (marks[this.#codeStems[at]!] === queryNumber) return true;
		}
		return false;
	}

	#holdsStem(index: number, stemId: number): boolean {
		for (let at = this.#codeStemStart[index]!; at < this.#codeStemStart[index + 1]!; at++) {
			if (this.#codeStems[at] === stemId) return true;
		}
		return false;
	}

	/**
	 * Higher is better. Title words the learner did not ask for count against a code ("with
	 * hyperglycemia" is a claim the note must support; "unspecified" is not); a word asked for that
	 * the title says is absent ("without lower urinary tract symptoms") counts more. Common and
	 * shipped codes rank above the rest, billable codes above headers, short titles above long ones.
	 */
	#score(index: number, queryNumber: number, askedClaims: number, asksForLaterEncounter: boolean): number {
		const start = this.#codeStemStart[index]!;
		const claimsEnd = start + this.#claimCount[index]!;
		const affirmedEnd = start + this.#affirmedCount[index]!;
		const end = this.#codeStemStart[index + 1]!;
		let matchedClaims = 0;
		for (let at = start; at < claimsEnd; at++) {
			if (this.#askedStem[this.#codeStems[at]!] === queryNumber) matchedClaims++;
		}
		let contradicted = 0;
		for (let at = affirmedEnd; at < end; at++) {
			if (this.#askedStem[this.#codeStems[at]!] === queryNumber) contradicted++;
		}
		const unasked = this.#claimCount[index]! - Math.min(matchedClaims, askedClaims);
		const entry = this.catalog.codes[index]!;
		return (
			TIER_BOOST[this.#tier[index] as 0 | 1 | 2] -
			UNASKED_WORD_PENALTY * unasked -
			CONTRADICTED_WORD_PENALTY * contradicted +
			(entry.billable ? BILLABLE_BONUS : 0) -
			(this.#laterEncounter[index] && !asksForLaterEncounter ? LATER_ENCOUNTER_PENALTY : 0) -
			TITLE_LENGTH_PENALTY * entry.title.length
		);
	}
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Positions in a sorted list of the entries that start with the prefix. */
function* prefixRange(sorted: readonly string[], prefix: string): Generator<number> {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	for (let at = low; at < sorted.length && sorted[at]!.startsWith(prefix); at++) yield at;
}

/** Sorted intersection: walks the shorter list and gallops through the longer one. */
function intersect(shorter: Int32Array, longer: Int32Array): Int32Array {
	const out = new Int32Array(Math.min(shorter.length, longer.length));
	let size = 0;
	let low = 0;
	for (const value of shorter) {
		let step = 1;
		let high = low;
		while (high < longer.length && longer[high]! < value) {
			low = high;
			high += step;
			step *= 2;
		}
		high = Math.min(high, longer.length);
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (longer[middle]! < value) low = middle + 1;
			else high = middle;
		}
		if (low < longer.length && longer[low] === value) out[size++] = value;
	}
	return out.subarray(0, size);
}

/** The best `limit` codes, highest score first, code order among equals; no full sort. */
function topByScore(scores: ReadonlyMap<number, number>, limit: number): number[] {
	const top: { index: number; score: number }[] = [];
	const better = (a: { index: number; score: number }, b: { index: number; score: number }) =>
		a.score > b.score || (a.score === b.score && a.index < b.index);
	for (const [index, score] of scores) {
		const candidate = { index, score };
		if (top.length === limit && !better(candidate, top[top.length - 1]!)) continue;
		let at = top.length;
		while (at > 0 && better(candidate, top[at - 1]!)) at--;
		top.splice(at, 0, candidate);
		if (top.length > limit) top.pop();
	}
	return top.map(({ index }) => index);
}

/** How well a search finds the code expected for each phrase: first, and within the first five. */
export interface SearchQuality {
	total: number;
	top1: number;
	top5: number;
	top1Rate: number;
	top5Rate: number;
	/** The phrases whose code was not in the first five, with what came instead. */
	misses: { phrase: string; expected: string; got: string[] }[];
}

export function searchQuality(
	phrases: readonly { phrase: string; expected: string }[],
	search: (query: string) => readonly { code: string }[]
): SearchQuality {
	let top1 = 0;
	let top5 = 0;
	const misses: SearchQuality['misses'] = [];
	for (const { phrase, expected } of phrases) {
		const got = search(phrase)
			.slice(0, 5)
			.map((result) => result.code);
		const rank = got.indexOf(expected);
		if (rank === 0) top1++;
		if (rank >= 0) top5++;
		else misses.push({ phrase, expected, got });
	}
	const total = phrases.length;
	return {
		total,
		top1,
		top5,
		top1Rate: total === 0 ? 0 : top1 / total,
		top5Rate: total === 0 ? 0 : top5 / total,
		misses
	};
}
