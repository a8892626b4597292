import { describe, expect, it } from 'vitest';
import { attachmentText } from './chart';
import { addendumDocument, applyTemplate, appendsTo, checkAddendum, checkNote, noteDocument, noteFromTemplate, noteText, signNote, threadNotes, writtenText } from './note-entry';

const stamp = { patientId: 'p1', at: '2025-11-23T15:00:00.000Z', author: { id: 'md-whitfield', name: 'Dana Whitfield' }, id: 'note-1' };
const written = {
	...noteFromTemplate(),
	subjective: 'Chief complaint: cough for 5 days\nHistory of present illness: dry cough, no fever\nReview of systems:',
	objective: 'Vitals: T 37.0 °C\nExam: lungs clear',
	assessment: 'Assessment: acute bronchitis',
	plan: 'Plan: fluids, honey\nFollow-up: 2 weeks if not better'
};

describe('checkNote', () => {
	it('a fresh template is not a note: every section asks to be written', () => {
		expect(checkNote(noteFromTemplate()).missing).toEqual({
			subjective: 'Write the subjective: what the patient reports.',
			objective: 'Write the objective: what was measured and examined.',
			assessment: 'Write the assessment: your diagnosis or impression.',
			plan: 'Write the plan: what happens next.'
		});
		expect(checkNote(written).ready).toBe(true);
	});

	it('prompts do not count as writing', () => {
		expect(writtenText('Vitals:\nExam:', 'Vitals:\nExam:')).toBe('');
		expect(writtenText('Vitals: BP 120/80\nExam:', 'Vitals:\nExam:')).toBe('BP 120/80');
	});
});

describe('applyTemplate', () => {
	it('fills what is untouched and keeps what was written', () => {
		const half = { ...noteFromTemplate(), assessment: 'Assessment: otitis media' };
		const next = applyTemplate(half, 'acute-visit');
		expect(next.title).toBe('Acute problem visit');
		expect(next.subjective).toBe('Chief complaint:\nOnset and duration:\nAssociated symptoms:\nPertinent negatives:');
		expect(next.assessment).toBe('Assessment: otitis media');
	});
});

describe('notes, signatures and addenda', () => {
	it('the note text has the SOAP headings and drops unanswered prompts', () => {
		expect(noteText(written)).toBe(
			'SUBJECTIVE\nChief complaint: cough for 5 days\nHistory of present illness: dry cough, no fever\n\nOBJECTIVE\nVitals: T 37.0 °C\nExam: lungs clear\n\nASSESSMENT\nAssessment: acute bronchitis\n\nPLAN\nPlan: fluids, honey\nFollow-up: 2 weeks if not better'
		);
	});

	it('an unsigned note is preliminary; signing makes a final version 2 with the signer', () => {
		const draft = noteDocument(written, stamp, { sign: false, encounter: { reference: 'Encounter/e1' } });
		expect(draft).toMatchObject({ docStatus: 'preliminary', type: { coding: [{ code: '11506-3' }] }, context: { encounter: [{ reference: 'Encounter/e1' }] } });
		expect(draft.authenticator).toBeUndefined();
		expect(attachmentText(draft)).toBe(noteText(written));
		const signed = signNote(draft, '2025-11-23T16:00:00.000Z', stamp.author);
		expect(signed).toMatchObject({ id: 'note-1', docStatus: 'final', meta: { versionId: '2', lastUpdated: '2025-11-23T16:00:00.000Z' }, authenticator: { display: 'Dana Whitfield' } });
	});

	it('an addendum is a new document that appends to the signed one, which is left as it was', () => {
		const signed = noteDocument(written, stamp, { sign: true, encounter: { reference: 'Encounter/e1' } });
		const before = structuredClone(signed);
		const addendum = addendumDocument(signed, 'Chest X-ray result: no infiltrate.', { ...stamp, id: 'note-2', at: '2025-11-24T09:00:00.000Z' }, true);
		expect(signed).toEqual(before);
		expect(addendum).toMatchObject({
			id: 'note-2',
			docStatus: 'final',
			relatesTo: [{ code: 'appends', target: { reference: 'DocumentReference/note-1' } }],
			description: 'Addendum to Office visit (SOAP) of 11/23/2025',
			context: { encounter: [{ reference: 'Encounter/e1' }] },
			date: '2025-11-24T09:00:00.000Z'
		});
		expect(attachmentText(addendum)).toBe('ADDENDUM\nChest X-ray result: no infiltrate.');
		expect(appendsTo(addendum)).toBe('note-1');
		expect(threadNotes([addendum, signed])).toEqual([{ note: signed, addenda: [addendum] }]);
		expect(checkAddendum('  ')).toBe('Write the addendum: what is added or corrected, and why.');
	});
});
