import type { ServiceSystem } from './service-codes';

/**
 * What the coder assigns to one encounter, in the order they assign it: the diagnoses (the first
 * is the primary, box 21 A of the CMS-1500), the service lines with their diagnosis pointers, and
 * the queries sent to the provider. Functions here return a new worksheet; none changes its input.
 */
export interface AssignedDiagnosis {
	/** ICD-10-CM, with the dot. */
	code: string;
	title: string;
}

export interface ServiceLineDraft {
	system: ServiceSystem;
	code: string;
	units: number;
	/**
	 * The diagnoses this service treats, by code rather than by letter, so that reordering the
	 * diagnoses keeps each pointer on its diagnosis; letters are worked out when shown or billed.
	 */
	pointers: string[];
}

export interface ProviderQuery {
	question: string;
	askedAt: string;
	/** Staff id of the coder who asked. */
	askedBy: string;
	/** The provider asked (the encounter's rendering provider). */
	to?: { reference?: string; display?: string };
	status: 'open' | 'answered';
	answer?: string;
	answeredAt?: string;
}

export interface CodingWorksheet {
	diagnoses: AssignedDiagnosis[];
	lines: ServiceLineDraft[];
	queries: ProviderQuery[];
}

/** Box 21 of the CMS-1500 (02/12) holds twelve diagnoses, A to L. */
export const MAX_DIAGNOSES = 12;
/** Box 24E holds up to four pointers a line. */
export const MAX_POINTERS = 4;
const LETTERS = 'ABCDEFGHIJKL';

export function emptyWorksheet(): CodingWorksheet {
	return { diagnoses: [], lines: [], queries: [] };
}

export function pointerLetter(index: number): string {
	return LETTERS[index] ?? '?';
}

export type Change = { ok: true; worksheet: CodingWorksheet } | { ok: false; message: string };

export function addDiagnosis(worksheet: CodingWorksheet, diagnosis: AssignedDiagnosis): Change {
	const at = worksheet.diagnoses.findIndex((d) => d.code === diagnosis.code);
	if (at >= 0) return { ok: false, message: `${diagnosis.code} is already listed as diagnosis ${pointerLetter(at)}.` };
	if (worksheet.diagnoses.length >= MAX_DIAGNOSES) {
		return { ok: false, message: `A claim holds ${MAX_DIAGNOSES} diagnoses (A–L); remove one before adding ${diagnosis.code}.` };
	}
	return { ok: true, worksheet: { ...worksheet, diagnoses: [...worksheet.diagnoses, { ...diagnosis }] } };
}

/** Moves a diagnosis up (-1) or down (+1); pointers follow their diagnosis. */
export function moveDiagnosis(worksheet: CodingWorksheet, index: number, delta: -1 | 1): CodingWorksheet {
	const to = index + delta;
	if (index < 0 || to < 0 || index >= worksheet.diagnoses.length || to >= worksheet.diagnoses.length) return worksheet;
	const diagnoses = [...worksheet.diagnoses];
	[diagnoses[index], diagnoses[to]] = [diagnoses[to]!, diagnoses[index]!];
	return { ...worksheet, diagnoses };
}

/** Removes a diagnosis and every pointer to it. */
export function removeDiagnosis(worksheet: CodingWorksheet, index: number): CodingWorksheet {
	const removed = worksheet.diagnoses[index];
	if (!removed) return worksheet;
	return {
		...worksheet,
		diagnoses: worksheet.diagnoses.filter((_, i) => i !== index),
		lines: worksheet.lines.map((line) => ({ ...line, pointers: line.pointers.filter((code) => code !== removed.code) }))
	};
}

export function addLine(worksheet: CodingWorksheet, line: ServiceLineDraft): CodingWorksheet {
	return { ...worksheet, lines: [...worksheet.lines, { ...line, pointers: [...line.pointers] }] };
}

export function removeLine(worksheet: CodingWorksheet, index: number): CodingWorksheet {
	return { ...worksheet, lines: worksheet.lines.filter((_, i) => i !== index) };
}

export function updateLine(worksheet: CodingWorksheet, index: number, change: Partial<ServiceLineDraft>): CodingWorksheet {
	return { ...worksheet, lines: worksheet.lines.map((line, i) => (i === index ? { ...line, ...change } : line)) };
}

/** The pointers of a line as the coder reads them: `AB`. Pointers to removed diagnoses are skipped. */
export function pointerText(line: Pick<ServiceLineDraft, 'pointers'>, diagnoses: readonly AssignedDiagnosis[]): string {
	return line.pointers
		.map((code) => diagnoses.findIndex((d) => d.code === code))
		.filter((index) => index >= 0)
		.map(pointerLetter)
		.join('');
}

export type PointerParse = { ok: true; codes: string[] } | { ok: false; message: string };

/**
 * Reads what the coder typed in a pointer field: letters in any case, with or without commas or
 * spaces (`AB`, `a, c`). Blank is allowed here: the claim check says a line needs a pointer.
 */
export function parsePointers(text: string, diagnoses: readonly AssignedDiagnosis[]): PointerParse {
	const letters = text.toUpperCase().replace(/[\s,;]+/g, '');
	const last = pointerLetter(diagnoses.length - 1);
	const range = diagnoses.length === 0 ? 'no diagnoses are listed yet' : diagnoses.length === 1 ? 'only A is listed' : `A–${last} are listed`;
	const codes: string[] = [];
	for (const letter of letters) {
		const index = LETTERS.indexOf(letter);
		if (index < 0 || index >= diagnoses.length) {
			return { ok: false, message: `"${letter}" does not point to a diagnosis: ${range}.` };
		}
		const code = diagnoses[index]!.code;
		if (codes.includes(code)) return { ok: false, message: `${letter} is given twice; point to each diagnosis once.` };
		codes.push(code);
	}
	if (codes.length > MAX_POINTERS) return { ok: false, message: `A line points to at most ${MAX_POINTERS} diagnoses (box 24E).` };
	return { ok: true, codes };
}

export function openQuery(worksheet: Pick<CodingWorksheet, 'queries'>): ProviderQuery | undefined {
	return worksheet.queries.find((q) => q.status === 'open');
}

export function addQuery(worksheet: CodingWorksheet, query: Omit<ProviderQuery, 'status'>): Change {
	if (!query.question.trim()) return { ok: false, message: 'Write the question for the provider.' };
	if (openQuery(worksheet)) return { ok: false, message: 'A query to the provider is already open: record the answer first.' };
	return { ok: true, worksheet: { ...worksheet, queries: [...worksheet.queries, { ...query, question: query.question.trim(), status: 'open' }] } };
}

export function answerQuery(worksheet: CodingWorksheet, answer: string, answeredAt: string): Change {
	const open = openQuery(worksheet);
	if (!open) return { ok: false, message: 'There is no open query to answer.' };
	if (!answer.trim()) return { ok: false, message: "Write the provider's answer." };
	return {
		ok: true,
		worksheet: {
			...worksheet,
			queries: worksheet.queries.map((q) => (q === open ? { ...q, status: 'answered', answer: answer.trim(), answeredAt } : q))
		}
	};
}
