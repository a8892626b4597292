import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { refusalOf } from './__fixtures__/refusal';
import {
	ICD10CM_ORDER_2022_PATH,
	officialIcd10cm2022,
	orderFileLine
} from './__fixtures__/official-tables';
import {
	fiscalYearFromFileName,
	importIcd10cmOrderFile,
	parseIcd10cmOrderFile
} from './icd10cm-order-file';

const cholera = [
	orderFileLine(1, 'A00', '0', 'Cholera'),
	orderFileLine(2, 'A000', '1', 'Cholera due to Vibrio cholerae 01, biovar cholerae'),
	orderFileLine(3, 'A009', '1', 'Cholera, unspecified')
];

const refusal = (text: string) => refusalOf(() => parseIcd10cmOrderFile(text));

describe('the official FY2022 order file', () => {
	test('has 95,524 lines, of which 72,748 are billable codes', () => {
		const { codes } = officialIcd10cm2022();
		expect(codes).toHaveLength(95_524);
		expect(codes.filter((code) => code.billable)).toHaveLength(72_748);
	});

	test('takes its fiscal year from the file name', () => {
		expect(officialIcd10cm2022().fiscalYear).toBe(2022);
	});

	test('gives codes with their dot, the billable flag and both titles', () => {
		const { codes } = officialIcd10cm2022();
		expect(codes[0]).toEqual({ code: 'A00', billable: false, short: 'Cholera', title: 'Cholera' });
		expect(codes.find((code) => code.code === 'E11.9')).toEqual({
			code: 'E11.9',
			billable: true,
			short: 'Type 2 diabetes mellitus without complications',
			title: 'Type 2 diabetes mellitus without complications'
		});
		expect(codes.find((code) => code.code === 'Z00.129')).toEqual({
			code: 'Z00.129',
			billable: true,
			short: 'Encntr for routine child health exam w/o abnormal findings',
			title: 'Encounter for routine child health examination without abnormal findings'
		});
	});

	test('reads the same with CRLF line ends as CMS ships them', () => {
		const text = readFileSync(ICD10CM_ORDER_2022_PATH, 'utf8');
		const head = text.split('\n').slice(0, 500);
		const lf = parseIcd10cmOrderFile(head.join('\n'));
		const crlf = parseIcd10cmOrderFile(head.join('\r\n') + '\r\n');
		expect(crlf.codes).toEqual(lf.codes);
		expect(crlf.codes).toHaveLength(500);
	});
});

describe('small files', () => {
	test('a final line end is allowed', () => {
		expect(parseIcd10cmOrderFile(cholera.join('\n') + '\n').codes).toHaveLength(3);
	});

	test('a byte-order mark is ignored', () => {
		expect(parseIcd10cmOrderFile('\uFEFF' + cholera.join('\n')).codes[0]?.code).toBe('A00');
	});

	test('a 7-character code gets its dot after the category', () => {
		const text = [
			orderFileLine(
				67748,
				'S93',
				'0',
				'Disloc & sprain of joints & ligaments at ankl, ft & toe lev',
				'Dislocation and sprain of joints and ligaments at ankle, foot and toe level'
			),
			orderFileLine(
				68024,
				'S93402A',
				'1',
				'Sprain of unspecified ligament of left ankle, init encntr',
				'Sprain of unspecified ligament of left ankle, initial encounter'
			)
		].join('\n');
		expect(parseIcd10cmOrderFile(text).codes[1]).toMatchObject({ code: 'S93.402A', billable: true });
	});
});

describe('a file that is not an order file is refused whole, naming the line', () => {
	test('a billable flag other than 0 or 1', () => {
		const lines = [...cholera];
		lines[2] = orderFileLine(3, 'A009', 'x', 'Cholera, unspecified');
		expect(refusal(lines.join('\n'))).toBe('line 3: billable flag must be 0 or 1, found "x"');
	});

	test('an order number that is not 5 digits', () => {
		const lines = [...cholera];
		lines[1] = 'A0001' + lines[1]!.slice(5);
		expect(refusal(lines.join('\n'))).toBe(
			'line 2: the order number (columns 1–5) must be 5 digits, found "A0001"'
		);
	});

	test('a code of the wrong shape', () => {
		const lines = [...cholera];
		lines[1] = orderFileLine(2, '0A00', '1', 'Cholera');
		expect(refusal(lines.join('\n'))).toBe(
			'line 2: the code (columns 7–13) must be a letter, a digit and 1 to 5 more letters or digits, found "0A00"'
		);
	});

	test('a line too short to hold a long title', () => {
		expect(refusal(`${cholera[0]}\n00002 A000    1 Cholera`)).toBe(
			'line 2: the line has 23 characters; an order-file line has a long title from column 78'
		);
	});

	test('fields that are not where the layout puts them', () => {
		expect(refusal('00001 A00 0 Cholera' + ' '.repeat(70) + 'Cholera')).toBe(
			'line 1: column 14 must be blank, found "h"'
		);
	});

	test('the CMS codes-only file (code and title, no order numbers)', () => {
		const codesFile = 'A000    Cholera due to Vibrio cholerae 01, biovar cholerae' + ' '.repeat(30);
		expect(refusal(codesFile)).toBe(
			'line 1: the order number (columns 1–5) must be 5 digits, found "A000 "'
		);
	});

	test('a blank line inside the file', () => {
		expect(refusal([cholera[0], '', cholera[1]].join('\n'))).toBe('line 2: the line is empty');
	});

	test('an empty file', () => {
		expect(refusal('')).toBe('line 1: the file is empty');
	});

	test('a code listed twice', () => {
		const lines = [...cholera, orderFileLine(4, 'A000', '1', 'Cholera again')];
		expect(refusal(lines.join('\n'))).toBe('line 4: A00.0 appears again (first on line 2)');
	});

	test('order numbers that go backwards', () => {
		const lines = [cholera[0], cholera[2], cholera[1]];
		expect(refusal(lines.join('\n'))).toBe('line 3: order number 00002 does not follow 00003');
	});

	test('a code below a billable code', () => {
		const lines = [...cholera, orderFileLine(4, 'A0091', '1', 'Not a real code')];
		expect(refusal(lines.join('\n'))).toBe(
			'line 4: A00.91 sits below A00.9, which line 3 marks billable'
		);
	});

	test('an empty long title', () => {
		const line = orderFileLine(1, 'A00', '0', 'Cholera', ' ');
		expect(refusal(line + ' ')).toBe('line 1: the long title (column 78 on) is empty');
	});
});

describe('fiscal year', () => {
	test('comes from CMS and CDC file names', () => {
		expect(fiscalYearFromFileName('icd10cm_order_2022.txt')).toBe(2022);
		expect(fiscalYearFromFileName('downloads/cms/icd10cm-order-2026.txt')).toBe(2026);
		expect(fiscalYearFromFileName('codes.txt')).toBeUndefined();
	});

	test('a year given wins over the file name', () => {
		const parsed = parseIcd10cmOrderFile(cholera.join('\n'), {
			fileName: 'icd10cm_order_2022.txt',
			fiscalYear: 2023
		});
		expect(parsed.fiscalYear).toBe(2023);
	});
});

describe('importing a file a learner supplies', () => {
	test('a good file becomes a code set that names its year and source', () => {
		const result = importIcd10cmOrderFile(cholera.join('\n'), 'icd10cm_order_2022.txt');
		expect(result.ok && result.codeSet.fiscalYear).toBe(2022);
		expect(result.ok && result.codeSet.source).toBe(
			'ICD-10-CM order file (icd10cm_order), CDC National Center for Health Statistics / CMS, FY2022'
		);
	});

	test('a broken file is one finding naming file and line', () => {
		const lines = [...cholera];
		lines[2] = orderFileLine(3, 'A009', '2', 'Cholera, unspecified');
		const result = importIcd10cmOrderFile(lines.join('\n'), 'icd10cm_order_2022.txt');
		expect(result).toMatchObject({
			ok: false,
			finding: {
				severity: 'error',
				code: 'codes.order-file-invalid',
				where: 'icd10cm_order_2022.txt:3',
				message: 'line 3: billable flag must be 0 or 1, found "2"'
			}
		});
	});

	test('a file whose year cannot be known is refused', () => {
		const result = importIcd10cmOrderFile(cholera.join('\n'), 'codes.txt');
		expect(result).toMatchObject({
			ok: false,
			finding: { code: 'codes.order-file-year-unknown', where: 'codes.txt' }
		});
	});
});
