import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, reportCsv, toCsv } from './report-csv';

describe('report CSV (RFC 4180)', () => {
	it('quotes only fields with a comma, quote or line break, doubling quotes', () => {
		expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r'].map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"']);
	});

	it('ends every record with CRLF', () => {
		expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
	});

	it('round-trips through papaparse, names with commas and quotes included', () => {
		const patients = [
			{ id: 'p1', mrn: '00012', name: 'O\'Brien, Mary "Molly"', birthDate: '1950-01-02', sex: 'female', detail: 'E11.9; I10' },
			{ id: 'p2', mrn: '00013', name: 'Nguyen, An', birthDate: '2001-12-31', sex: 'male', detail: 'line one\r\nline two' }
		];
		const parsed = Papa.parse<string[]>(reportCsv(patients), { newline: '\r\n', skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toEqual([
			['MRN', 'Name', 'Date of birth', 'Sex', 'Detail'],
			['00012', 'O\'Brien, Mary "Molly"', '1950-01-02', 'female', 'E11.9; I10'],
			['00013', 'Nguyen, An', '2001-12-31', 'male', 'line one\r\nline two']
		]);
	});
});
