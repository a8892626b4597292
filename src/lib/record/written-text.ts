/**
 * The free text a person typed into a resource (a note's body, a comment, an annotation), for
 * the privacy monitor to read for passwords. Coded values and generated narrative are left out:
 * nobody types those.
 */
import type { DocumentReference, Resource } from '@medplum/fhirtypes';
import { attachmentText } from './chart';

/** Elements that hold typed words in the resources Chartroom writes. */
const TYPED_ELEMENTS: ReadonlySet<string> = new Set(['text', 'valueString', 'comment', 'description', 'patientInstruction']);

function collect(value: unknown, key: string | undefined, out: string[]): void {
	if (typeof value === 'string') {
		if (key !== undefined && TYPED_ELEMENTS.has(key)) out.push(value);
		return;
	}
	if (Array.isArray(value)) {
		for (const item of value) collect(item, key, out);
		return;
	}
	if (typeof value !== 'object' || value === null) return;
	for (const [child, inner] of Object.entries(value)) {
		// Narrative (`text.div`) is generated markup, and attachments are read below.
		if (child === 'div' || child === 'attachment') continue;
		collect(inner, child, out);
	}
}

export function writtenTextOf(resource: Resource): string {
	const parts: string[] = [];
	collect(resource, undefined, parts);
	if (resource.resourceType === 'DocumentReference') parts.push(attachmentText(resource as DocumentReference));
	return parts.filter((part) => part.trim() !== '').join('\n');
}
