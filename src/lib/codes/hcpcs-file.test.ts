import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { refusalOf } from './__fixtures__/refusal';
import { HCPCS_2019_PATH } from './__fixtures__/official-tables';
import { parseHcpcsFile } from './hcpcs-file';

/** One record in the 320-column layout. */
function record(code: string, sequence: number, kind: string, long: string, short = ''): string {
	return `${code.padEnd(5)}${String(sequence).padStart(5, '0')}${kind}${long.padEnd(80)}${short.padEnd(28)}`.padEnd(320);
}

const refusal = (text: string) => refusalOf(() => parseHcpcsFile(text));

describe('the official 2019 HCPCS file', () => {
	const file = parseHcpcsFile(readFileSync(HCPCS_2019_PATH));
	const byCode = new Map(file.codes.map((entry) => [entry.code, entry]));

	test('has 6,440 Level II codes, A0021 to V5364, and 360 modifiers', () => {
		expect(file.codes).toHaveLength(6440);
		expect(file.codes[0]?.code).toBe('A0021');
		expect(file.codes.at(-1)?.code).toBe('V5364');
		expect(file.modifiers).toHaveLength(360);
	});

	test('holds no CPT codes', () => {
		expect(file.codes.filter((entry) => !/^[A-V]\d{4}$/.test(entry.code))).toEqual([]);
	});

	test('joins a long description from its continuation lines', () => {
		expect(byCode.get('G0438')).toEqual({
			code: 'G0438',
			long: 'Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit',
			short: 'Ppps, initial visit'
		});
	});

	test('keeps a term cut at a hyphen or slash together', () => {
		expect(byCode.get('G9066')?.long).toContain('stage iii b-iv at diagnosis');
		expect(byCode.get('L3900')?.long).toContain('wrist extension/flexion');
		expect(byCode.get('A0427')?.long).toContain('(als 1 - emergency)');
	});

	test('reads Windows-1252 bytes, as CMS writes them', () => {
		const bytes = new Uint8Array([...record('J9999', 100, '3', 'Injection, caf\xe9 test, 1 mg', 'Test')].map((char) => char.charCodeAt(0)));
		expect(parseHcpcsFile(bytes).codes[0]?.long).toBe('Injection, café test, 1 mg');
	});
});

describe('a file that is not the HCPCS layout is refused, naming the line', () => {
	test('a code that is not a letter and four digits', () => {
		expect(refusal(record('99213', 100, '3', 'Office visit'))).toBe(
			'line 1: a HCPCS Level II code is a letter A–V and 4 digits, found "99213"'
		);
	});

	test('a continuation line with no first line', () => {
		expect(refusal([record('G0438', 100, '3', 'Annual'), record('G0439', 200, '4', 'more')].join('\r\n'))).toBe(
			'line 2: a continuation line for G0439 does not follow its first line'
		);
	});

	test('text after the records', () => {
		expect(refusal([record('G0008', 100, '3', 'Administration'), 'Total: 1 record'].join('\r\n'))).toBe(
			'line 2: not a HCPCS record: columns 1–11 must be code, sequence number and record identifier 3, 4, 7 or 8'
		);
	});

	test('a record cut short', () => {
		expect(refusal('G0008001003Administration')).toBe(
			'line 1: the record has 25 characters; the long description runs to column 91'
		);
	});

	test('a file with no records', () => {
		expect(refusal('***Disclaimers\r\n\r\n')).toBe('line 1: the file has no HCPCS records');
	});
});
