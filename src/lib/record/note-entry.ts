import type { DocumentReference, Encounter, Reference } from '@medplum/fhirtypes';
import { encodeBase64Utf8 } from '$lib/synth/base64';
import { HL7, TERMINOLOGY } from '$lib/synth/systems';
import { firstVersion, nextVersion, staffReference, type Author, type EntryStamp } from './authorship';
import { displayDate } from './patient-display';
import { NOTE_TEMPLATES, SOAP_HEADINGS, SOAP_SECTIONS, type NoteTemplate, type SoapSection } from './note-templates';

/** A progress note as written: from a template, for a visit (encounter id) or none. */
export interface NoteForm extends Record<SoapSection, string> {
	template: string;
	title: string;
	encounter: string;
}

export function noteFromTemplate(template: NoteTemplate = NOTE_TEMPLATES[0]!, encounter = ''): NoteForm {
	return { template: template.id, title: template.title, encounter, ...template.sections };
}

export type NoteField = keyof NoteForm;

export function findTemplate(id: string): NoteTemplate | undefined {
	return NOTE_TEMPLATES.find((t) => t.id === id);
}

/**
 * Switch template without losing writing: a section (or the title) still empty or still the old
 * template's prompts takes the new template's; anything the clinician wrote stays.
 */
export function applyTemplate(form: NoteForm, templateId: string): NoteForm {
	const next = findTemplate(templateId);
	if (!next) return form;
	const previous = findTemplate(form.template);
	const untouched = (section: SoapSection) => writtenText(form[section], previous?.sections[section] ?? '') === '';
	const out: NoteForm = { ...form, template: next.id };
	if (!form.title.trim() || form.title === previous?.title) out.title = next.title;
	for (const section of SOAP_SECTIONS) if (untouched(section)) out[section] = next.sections[section];
	return out;
}

/** What was written in a section, without the template's prompts ("Exam:" alone is nothing). */
export function writtenText(text: string, prompt: string): string {
	const prompts = prompt.split('\n').map((p) => p.trim()).filter(Boolean);
	return text
		.split('\n')
		.map((line) => {
			const trimmed = line.trim();
			const match = prompts.find((p) => trimmed.startsWith(p));
			return match ? trimmed.slice(match.length).trim() : trimmed;
		})
		.filter(Boolean)
		.join('\n');
}

const WHAT_TO_WRITE: Record<SoapSection, string> = {
	subjective: 'Write the subjective: what the patient reports.',
	objective: 'Write the objective: what was measured and examined.',
	assessment: 'Write the assessment: your diagnosis or impression.',
	plan: 'Write the plan: what happens next.'
};

export interface NoteCheck {
	errors: Partial<Record<NoteField, string>>;
	missing: Partial<Record<NoteField, string>>;
	ready: boolean;
}

export function checkNote(form: NoteForm): NoteCheck {
	const errors: NoteCheck['errors'] = {};
	const missing: NoteCheck['missing'] = {};
	const template = findTemplate(form.template);
	if (!form.title.trim()) missing.title = 'Give the note a title.';
	else if (form.title.trim().length > 120) errors.title = 'A title is at most 120 characters; the note itself goes below.';
	for (const section of SOAP_SECTIONS) {
		if (writtenText(form[section], template?.sections[section] ?? '') === '') missing[section] = WHAT_TO_WRITE[section];
	}
	return { errors, missing, ready: Object.keys(errors).length === 0 && Object.keys(missing).length === 0 };
}

/** The note's text: each SOAP heading, then what was written; prompts left unanswered are dropped. */
export function noteText(form: NoteForm): string {
	const template = findTemplate(form.template);
	return SOAP_SECTIONS.map((section) => {
		const prompts = new Set((template?.sections[section] ?? '').split('\n').map((p) => p.trim()));
		const lines = form[section].split('\n').filter((line) => !prompts.has(line.trim()) && line.trim() !== '');
		return `${SOAP_HEADINGS[section]}\n${lines.join('\n')}`;
	}).join('\n\n');
}

const PROGRESS_NOTE = { system: TERMINOLOGY.loinc, code: '11506-3', display: 'Progress note' };
const CLINICAL_NOTE = [{ coding: [{ system: HL7.documentCategory, code: 'clinical-note', display: 'Clinical Note' }] }];

function textContent(text: string, title: string, at: string): DocumentReference['content'] {
	return [{ attachment: { contentType: 'text/plain', language: 'en-US', data: encodeBase64Utf8(text), title, creation: at } }];
}

/**
 * A progress note: LOINC 11506-3, `docStatus` preliminary until signed, final once signed, with
 * the signer as `authenticator`. A signed note is never changed again: see `addendumDocument`.
 */
export function noteDocument(form: NoteForm, stamp: EntryStamp, options: { sign: boolean; encounter?: Reference<Encounter> }): DocumentReference {
	const who = staffReference(stamp.author);
	return {
		resourceType: 'DocumentReference',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		status: 'current',
		docStatus: options.sign ? 'final' : 'preliminary',
		type: { coding: [PROGRESS_NOTE], text: 'Progress note' },
		category: CLINICAL_NOTE,
		subject: { reference: `Patient/${stamp.patientId}` },
		date: stamp.at,
		author: [who],
		...(options.sign ? { authenticator: who } : {}),
		description: form.title.trim(),
		content: textContent(noteText(form), form.title.trim(), stamp.at),
		...(options.encounter ? { context: { encounter: [options.encounter] } } : {})
	};
}

export function isSigned(note: DocumentReference): boolean {
	return note.docStatus === 'final' || note.docStatus === 'amended';
}

/** Sign a preliminary note: a new version, final, with its signer. */
export function signNote(note: DocumentReference, at: string, signer: Author): DocumentReference {
	return nextVersion(note, at, { docStatus: 'final', authenticator: staffReference(signer) });
}

/** The note an addendum appends to, if it is one. */
export function appendsTo(note: DocumentReference): string | undefined {
	const target = note.relatesTo?.find((r) => r.code === 'appends')?.target.reference;
	return target?.startsWith('DocumentReference/') ? target.slice('DocumentReference/'.length) : undefined;
}

/**
 * An addendum: a new document that `appends` to the signed note (FHIR R4 relatesTo). The original
 * stays exactly as it was signed; the addendum carries its own author, time and signature.
 */
export function addendumDocument(original: DocumentReference, text: string, stamp: EntryStamp, sign: boolean): DocumentReference {
	const who = staffReference(stamp.author);
	const title = `Addendum to ${original.description ?? 'note'} of ${displayDate(original.date)}`;
	return {
		resourceType: 'DocumentReference',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		status: 'current',
		docStatus: sign ? 'final' : 'preliminary',
		type: original.type,
		category: original.category,
		subject: original.subject,
		date: stamp.at,
		author: [who],
		...(sign ? { authenticator: who } : {}),
		description: title,
		relatesTo: [{ code: 'appends', target: { reference: `DocumentReference/${original.id}` } }],
		content: textContent(`ADDENDUM\n${text.trim()}`, title, stamp.at),
		...(original.context ? { context: original.context } : {})
	};
}

export function checkAddendum(text: string): string | undefined {
	return text.trim() ? undefined : 'Write the addendum: what is added or corrected, and why.';
}

export interface NoteThread {
	note: DocumentReference;
	/** Oldest first, as they were added. */
	addenda: DocumentReference[];
}

/** Notes with their addenda under them; the notes keep their order (newest first from the chart). */
export function threadNotes(notes: readonly DocumentReference[]): NoteThread[] {
	const ids = new Set(notes.map((n) => n.id));
	const addenda = new Map<string, DocumentReference[]>();
	for (const note of notes) {
		const target = appendsTo(note);
		if (target && ids.has(target)) addenda.set(target, [...(addenda.get(target) ?? []), note]);
	}
	return notes
		.filter((n) => !(appendsTo(n) && ids.has(appendsTo(n))))
		.map((note) => ({ note, addenda: (addenda.get(note.id ?? '') ?? []).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')) }));
}
