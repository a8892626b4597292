/**
 * The scanned intake form as a FHIR DocumentReference: one image/svg+xml attachment per page (what
 * the learner reads) and one application/json attachment with the values written on the paper
 * (what grading and "Verify against paper" compare with; never shown as text in the chart).
 *
 * Type: LOINC 34108-1 "Outpatient Note" (LOINC has no code for a patient-completed intake form;
 * 51848-0, sometimes suggested, is the "Assessment/Evaluation note" section code), with text
 * "Scanned intake form" saying what the pages are.
 */
import type { DocumentReference, Patient, Resource } from '@medplum/fhirtypes';
import { firstVersion, staffReference, type EntryStamp } from '$lib/record/authorship';
import { encodeBase64Utf8 } from '$lib/synth/base64';
import { HL7, TERMINOLOGY } from '$lib/synth/systems';
import { intakeContent, type IntakeContent, type IntakeOptions } from './intake-content';
import { intakePages } from './intake-svg';

export const SCANNED_INTAKE_TYPE = { coding: [{ system: TERMINOLOGY.loinc, code: '34108-1', display: 'Outpatient Note' }], text: 'Scanned intake form' };
export const PAPER_VALUES_TITLE = 'Values written on the paper form';
const VALUES_TYPE = 'application/json';

export function scannedIntakeDocument(content: IntakeContent, pages: readonly string[], stamp: EntryStamp): DocumentReference {
	return {
		resourceType: 'DocumentReference',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		status: 'current',
		docStatus: 'final',
		type: SCANNED_INTAKE_TYPE,
		category: [{ coding: [{ system: HL7.documentCategory, code: 'clinical-note', display: 'Clinical Note' }] }],
		subject: { reference: `Patient/${stamp.patientId}` },
		date: stamp.at,
		author: [staffReference(stamp.author)],
		description: `Scanned intake form and visit note, ${pages.length} pages, dated ${content.formDate}`,
		content: [
			...pages.map((svg, i) => ({
				attachment: { contentType: 'image/svg+xml', data: encodeBase64Utf8(svg), title: `Page ${i + 1} of ${pages.length}`, creation: stamp.at }
			})),
			{ attachment: { contentType: VALUES_TYPE, data: encodeBase64Utf8(JSON.stringify(content)), title: PAPER_VALUES_TITLE, creation: stamp.at } }
		]
	};
}

/** Record + seed → the DocumentReference, for the generator, a lesson or the chart's button. */
export function scannedIntakeFor(patient: Patient, resources: readonly Resource[], options: IntakeOptions, stamp: EntryStamp): DocumentReference {
	const content = intakeContent(patient, resources, options);
	return scannedIntakeDocument(content, intakePages(content, `${patient.id}:${options.seed}`), stamp);
}

function decode(data: string): string {
	const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
	return new TextDecoder().decode(bytes);
}

/** The values written on a scanned form, when the document is one Chartroom produced. */
export function paperValues(doc: DocumentReference): IntakeContent | undefined {
	const attachment = doc.content?.find((c) => c.attachment.contentType === VALUES_TYPE && c.attachment.title === PAPER_VALUES_TITLE)?.attachment;
	if (!attachment?.data) return undefined;
	try {
		return JSON.parse(decode(attachment.data)) as IntakeContent;
	} catch {
		return undefined;
	}
}

/** The page images, as data URLs the chart's viewer shows. */
export function scannedPages(doc: DocumentReference): { src: string; title: string }[] {
	return (doc.content ?? [])
		.map((c) => c.attachment)
		.filter((a) => (a.contentType ?? '').startsWith('image/') && a.data)
		.map((a) => ({ src: `data:${a.contentType};base64,${a.data}`, title: a.title ?? '' }));
}
