import type { Practitioner } from '@medplum/fhirtypes';

/** How the book names a clinician: the name's text ("Dr. Sam Lee, MD"), else given and family. */
export function practitionerName(practitioner: Pick<Practitioner, 'name' | 'id'>): string {
	const name = practitioner.name?.[0];
	if (name?.text) return name.text;
	const parts = [...(name?.prefix ?? []), ...(name?.given ?? []), name?.family].filter(Boolean).join(' ');
	return parts || practitioner.id || 'Unknown clinician';
}
