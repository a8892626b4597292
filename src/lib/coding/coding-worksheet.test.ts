import { describe, expect, test } from 'vitest';
import {
	addDiagnosis,
	addLine,
	addQuery,
	answerQuery,
	emptyWorksheet,
	moveDiagnosis,
	openQuery,
	parsePointers,
	pointerText,
	removeDiagnosis,
	type CodingWorksheet
} from './coding-worksheet';

const diabetes = { code: 'E11.9', title: 'Type 2 diabetes mellitus without complications' };
const hypertension = { code: 'I10', title: 'Essential (primary) hypertension' };
const flu = { code: 'Z23', title: 'Encounter for immunization' };

function sheet(): CodingWorksheet {
	let ws = emptyWorksheet();
	for (const dx of [diabetes, hypertension, flu]) {
		const change = addDiagnosis(ws, dx);
		if (!change.ok) throw new Error(change.message);
		ws = change.worksheet;
	}
	return addLine(ws, { system: 'cpt', code: '99214', units: 1, pointers: ['E11.9', 'I10'] });
}

describe('diagnoses', () => {
	test('are kept in the order assigned; the same code twice is refused with its letter', () => {
		const ws = sheet();
		expect(ws.diagnoses.map((d) => d.code)).toEqual(['E11.9', 'I10', 'Z23']);
		expect(addDiagnosis(ws, hypertension)).toEqual({ ok: false, message: 'I10 is already listed as diagnosis B.' });
	});

	test('hold at most twelve (A–L)', () => {
		let ws = emptyWorksheet();
		for (let i = 0; i < 12; i++) ws = (addDiagnosis(ws, { code: `Z00.0${i}`, title: '' }) as { worksheet: CodingWorksheet }).worksheet;
		expect(addDiagnosis(ws, diabetes)).toEqual({ ok: false, message: 'A claim holds 12 diagnoses (A–L); remove one before adding E11.9.' });
	});

	test('moving one keeps every pointer on its diagnosis, so the letters follow', () => {
		const ws = sheet();
		expect(pointerText(ws.lines[0]!, ws.diagnoses)).toBe('AB');
		const moved = moveDiagnosis(ws, 1, -1);
		expect(moved.diagnoses.map((d) => d.code)).toEqual(['I10', 'E11.9', 'Z23']);
		expect(pointerText(moved.lines[0]!, moved.diagnoses)).toBe('BA');
		expect(moveDiagnosis(ws, 0, -1)).toBe(ws);
		expect(moveDiagnosis(ws, 2, 1)).toBe(ws);
	});

	test('removing one removes the pointers to it and leaves the input untouched', () => {
		const ws = sheet();
		const removed = removeDiagnosis(ws, 0);
		expect(removed.diagnoses.map((d) => d.code)).toEqual(['I10', 'Z23']);
		expect(removed.lines[0]!.pointers).toEqual(['I10']);
		expect(ws.lines[0]!.pointers).toEqual(['E11.9', 'I10']);
	});
});

describe('parsePointers', () => {
	const diagnoses = [diabetes, hypertension, flu];

	test('reads letters in any case, with or without commas and spaces', () => {
		for (const typed of ['AB', 'ab', 'A, B', ' a b ', 'A;B']) {
			expect(parsePointers(typed, diagnoses)).toEqual({ ok: true, codes: ['E11.9', 'I10'] });
		}
	});

	test('allows blank: the claim check, not the field, says a line needs a pointer', () => {
		expect(parsePointers('  ', diagnoses)).toEqual({ ok: true, codes: [] });
	});

	test('refuses a letter with no diagnosis behind it, naming what is listed', () => {
		expect(parsePointers('AD', diagnoses)).toEqual({ ok: false, message: '"D" does not point to a diagnosis: A–C are listed.' });
		expect(parsePointers('B', [diabetes])).toEqual({ ok: false, message: '"B" does not point to a diagnosis: only A is listed.' });
		expect(parsePointers('A', [])).toEqual({ ok: false, message: '"A" does not point to a diagnosis: no diagnoses are listed yet.' });
		expect(parsePointers('1', diagnoses)).toEqual({ ok: false, message: '"1" does not point to a diagnosis: A–C are listed.' });
	});

	test('refuses a letter given twice and more than four pointers', () => {
		expect(parsePointers('AA', diagnoses)).toEqual({ ok: false, message: 'A is given twice; point to each diagnosis once.' });
		const five = ['A', 'B', 'C', 'D', 'E'].map((l) => ({ code: `X${l}`, title: '' }));
		expect(parsePointers('ABCDE', five)).toEqual({ ok: false, message: 'A line points to at most 4 diagnoses (box 24E).' });
	});
});

describe('provider queries', () => {
	test('one may be open at a time; an answer closes it', () => {
		const asked = addQuery(sheet(), { question: '  Is the diabetes controlled? ', askedAt: '2024-10-15T10:00:00Z', askedBy: 'cd-mbeki' });
		if (!asked.ok) throw new Error(asked.message);
		expect(openQuery(asked.worksheet)?.question).toBe('Is the diabetes controlled?');
		expect(addQuery(asked.worksheet, { question: 'Again?', askedAt: '', askedBy: 'cd-mbeki' })).toEqual({
			ok: false,
			message: 'A query to the provider is already open: record the answer first.'
		});
		const answered = answerQuery(asked.worksheet, 'Yes, A1c 6.8.', '2024-10-16T09:00:00Z');
		if (!answered.ok) throw new Error(answered.message);
		expect(openQuery(answered.worksheet)).toBeUndefined();
		expect(answered.worksheet.queries[0]).toMatchObject({ status: 'answered', answer: 'Yes, A1c 6.8.' });
	});

	test('a blank question or answer is refused', () => {
		expect(addQuery(sheet(), { question: ' ', askedAt: '', askedBy: '' })).toEqual({ ok: false, message: 'Write the question for the provider.' });
		expect(answerQuery(sheet(), 'x', '')).toEqual({ ok: false, message: 'There is no open query to answer.' });
	});
});
