// The one parser of the CMS/CDC ICD-10-CM order file (icd10cm_order_YYYY.txt). Plain JavaScript with
// JSDoc types so that both the TypeScript app (icd10cm-order-file.ts) and the Node import script
// (scripts/codes-import.js) use this same code.
import { DOTLESS_ICD10CM_CODE, dottedIcdCode } from './icd10cm-code.js';

/**
 * One line of the order file.
 * @typedef {object} IcdCode
 * @property {string} code the code with its dot, e.g. `E11.9`
 * @property {boolean} billable flag 1: valid for submission on a claim; 0: a header that needs more characters
 * @property {string} short the official short title (at most 60 characters)
 * @property {string} title the official long title
 */

/**
 * @typedef {object} OrderFile
 * @property {number | undefined} fiscalYear from the options or the file name, when either says
 * @property {IcdCode[]} codes in the order of the file (tabular order)
 */

/** Where an order file comes from, for the code set's `source`; the year is appended. */
export const ORDER_FILE_SOURCE =
	'ICD-10-CM order file (icd10cm_order), CDC National Center for Health Statistics / CMS';

/** The whole file is refused at its first wrong line: half a code set would grade learners wrongly. */
export class OrderFileError extends Error {
	/**
	 * @param {number} line 1-based line number
	 * @param {string} problem what is wrong, in words
	 */
	constructor(line, problem) {
		super(`line ${line}: ${problem}`);
		this.name = 'OrderFileError';
		this.line = line;
		this.problem = problem;
	}
}

/**
 * The fiscal year in an order-file name such as `icd10cm_order_2022.txt` or `icd10cm-order-2022.txt`.
 * @param {string} fileName
 * @returns {number | undefined}
 */
export function fiscalYearFromFileName(fileName) {
	const match = /icd10cm[-_ ]?order[-_ ]?(\d{4})/i.exec(fileName);
	return match ? Number(match[1]) : undefined;
}

// Columns of the layout, 1-based as CMS documents them: order number 1–5, code 7–13, flag 15,
// short title 17–76, long title 78 to the end of the line; 6, 14, 16 and 77 are blank.
const LONG_TITLE_COLUMN = 78;
const BLANK_COLUMNS = [6, 14, 16, 77];

/**
 * @param {string} text the whole file; LF or CRLF line ends, an optional byte-order mark
 * @param {{ fiscalYear?: number, fileName?: string }} [options]
 * @returns {OrderFile}
 * @throws {OrderFileError} naming the first line that is not in the order-file layout
 */
export function parseIcd10cmOrderFile(text, options = {}) {
	const fiscalYear =
		options.fiscalYear ?? (options.fileName ? fiscalYearFromFileName(options.fileName) : undefined);
	if (text.trim() === '') throw new OrderFileError(1, 'the file is empty');
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	// A final line end leaves one empty string behind; that is the only blank line allowed.
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();

	/** @type {IcdCode[]} */
	const codes = [];
	/** @type {Map<string, number>} dotless code → line it was first seen on */
	const seenOnLine = new Map();
	let previousOrder = 0;
	let previousBillable = '';

	for (let index = 0; index < lines.length; index++) {
		const lineNumber = index + 1;
		let line = /** @type {string} */ (lines[index]);
		if (line.endsWith('\r')) line = line.slice(0, -1);
		const fail = (/** @type {string} */ problem) => new OrderFileError(lineNumber, problem);

		if (line.trim() === '') throw fail('the line is empty');
		if (line.length < LONG_TITLE_COLUMN) {
			throw fail(
				`the line has ${line.length} characters; an order-file line has a long title from column ${LONG_TITLE_COLUMN}`
			);
		}
		// Character codes, not regular expressions: this loop runs 95,000 times in a browser.
		let orderNumber = 0;
		for (let column = 0; column < 5; column++) {
			const digit = line.charCodeAt(column) - 48;
			if (digit < 0 || digit > 9) {
				throw fail(`the order number (columns 1–5) must be 5 digits, found "${line.slice(0, 5)}"`);
			}
			orderNumber = orderNumber * 10 + digit;
		}
		for (const column of BLANK_COLUMNS) {
			if (line.charCodeAt(column - 1) !== 32) {
				throw fail(`column ${column} must be blank, found "${line[column - 1]}"`);
			}
		}
		if (orderNumber <= previousOrder) {
			throw fail(
				`order number ${line.slice(0, 5)} does not follow ${String(previousOrder).padStart(5, '0')}`
			);
		}
		previousOrder = orderNumber;

		const codeField = line.slice(6, 13);
		const dotless = codeField.trimEnd();
		if (!DOTLESS_ICD10CM_CODE.test(dotless)) {
			throw fail(
				`the code (columns 7–13) must be a letter, a digit and 1 to 5 more letters or digits, found "${codeField.trim()}"`
			);
		}
		const flag = line[14];
		if (flag !== '0' && flag !== '1') {
			throw fail(`billable flag must be 0 or 1, found "${flag}"`);
		}
		const short = line.slice(16, 76).trim();
		if (short === '') throw fail('the short title (columns 17–76) is empty');
		const title = line.slice(LONG_TITLE_COLUMN - 1).trim();
		if (title === '') throw fail(`the long title (column ${LONG_TITLE_COLUMN} on) is empty`);

		const code = dotless.length > 3 ? `${dotless.slice(0, 3)}.${dotless.slice(3)}` : dotless;
		const firstLine = seenOnLine.get(dotless);
		if (firstLine !== undefined) throw fail(`${code} appears again (first on line ${firstLine})`);
		seenOnLine.set(dotless, lineNumber);
		// A billable code is a leaf: in tabular order its subcodes would follow it directly.
		if (previousBillable !== '' && dotless.startsWith(previousBillable)) {
			throw fail(
				`${code} sits below ${dottedIcdCode(previousBillable)}, which line ${lineNumber - 1} marks billable`
			);
		}
		previousBillable = flag === '1' ? dotless : '';
		codes.push({ code, billable: flag === '1', short, title });
	}
	return { fiscalYear, codes };
}
