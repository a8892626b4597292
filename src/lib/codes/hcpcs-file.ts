/**
 * Parser for the CMS HCPCS Level II alpha-numeric file (HCPCYYYY_CONTR_ANWEB.txt): fixed-width records
 * of 320 characters in ISO-8859-1 (Windows-1252), CRLF line ends, a few lines of disclaimer text first.
 * Columns, 1-based: code 1–5, sequence 6–10, record identifier 11 (3: a code's first line, 4: more of
 * its long description, 7 and 8: the same for modifiers), long description 12–91, short 92–119.
 * The file holds no CPT (Level I) codes, which are the AMA's and never shipped.
 */

export interface HcpcsCode {
	code: string;
	/** The long description, its continuation lines joined. */
	long: string;
	/** At most 28 characters. */
	short: string;
}

export interface HcpcsFile {
	codes: HcpcsCode[];
	/** Two-character modifiers (e.g. 25 is CPT's, so absent; LT, RT, GA are here). */
	modifiers: HcpcsCode[];
}

export class HcpcsFileError extends Error {
	readonly line: number;
	constructor(line: number, problem: string) {
		super(`line ${line}: ${problem}`);
		this.name = 'HcpcsFileError';
		this.line = line;
	}
}

const RECORD = /^[ A-Z0-9]{5}\d{5}[3478]/;

/**
 * Reads the whole file or refuses it at the first record that does not fit the layout. Give the
 * bytes (decoded here as Windows-1252, which the file is) or text already decoded.
 */
export function parseHcpcsFile(input: Uint8Array | string): HcpcsFile {
	const text = typeof input === 'string' ? input : new TextDecoder('windows-1252').decode(input);
	const codes: HcpcsCode[] = [];
	const modifiers: HcpcsCode[] = [];
	let current: HcpcsCode | undefined;
	let seenRecord = false;
	for (const [index, rawLine] of text.split('\n').entries()) {
		const lineNumber = index + 1;
		const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
		if (!RECORD.test(line)) {
			// The disclaimer lines come before the records; after them only blank lines may follow.
			if (seenRecord && line.trim() !== '') {
				throw new HcpcsFileError(lineNumber, 'not a HCPCS record: columns 1–11 must be code, sequence number and record identifier 3, 4, 7 or 8');
			}
			continue;
		}
		seenRecord = true;
		if (line.length < 91) {
			throw new HcpcsFileError(lineNumber, `the record has ${line.length} characters; the long description runs to column 91`);
		}
		const code = line.slice(0, 5).trim();
		const kind = line[10];
		const long = line.slice(11, 91);
		if (kind === '3' || kind === '7') {
			const isModifier = kind === '7';
			if (isModifier ? !/^[A-Z0-9]{2}$/.test(code) : !/^[A-V]\d{4}$/.test(code)) {
				throw new HcpcsFileError(
					lineNumber,
					isModifier
						? `a modifier must be 2 letters or digits, found "${code}"`
						: `a HCPCS Level II code is a letter A–V and 4 digits, found "${code}"`
				);
			}
			current = { code, long: long.trim(), short: line.slice(91, 119).trim() };
			(isModifier ? modifiers : codes).push(current);
		} else {
			if (!current || current.code !== code) {
				throw new HcpcsFileError(lineNumber, `a continuation line for ${code} does not follow its first line`);
			}
			current.long = joinDescription(current.long, long.trim());
		}
	}
	if (codes.length === 0) throw new HcpcsFileError(1, 'the file has no HCPCS records');
	return { codes, modifiers };
}

/**
 * CMS breaks long descriptions at 80 characters between words, so pieces join with a space; a piece
 * ending in "/" or in a hyphen straight after a letter ("stage iii b-" + "iv") was cut inside a term.
 */
function joinDescription(first: string, more: string): string {
	return /[/]$|[a-z0-9]-$/i.test(first) ? `${first}${more}` : `${first} ${more}`;
}
