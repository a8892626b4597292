import type { Annotation, Meta, Practitioner, Reference, Resource } from '@medplum/fhirtypes';
import { displayDate } from './patient-display';

/**
 * Who and when on every record the learner writes. The simulated staff are not Practitioner
 * resources, so a logical reference (identifier + name) says who; `meta.versionId` and
 * `meta.lastUpdated` say which version and when. The audit log keeps the rest (workstation, role).
 */
export const STAFF_SYSTEM = 'urn:chartroom:staff';

export interface Author {
	id: string;
	name: string;
}

/** Everything a new record needs besides what was typed: whose chart, when, by whom, its id. */
export interface EntryStamp {
	patientId: string;
	at: string;
	author: Author;
	id: string;
}

/** The staff member as the practitioner they are: a logical reference (no Practitioner resource). */
export function staffReference(author: Author): Reference<Practitioner> {
	return { identifier: { system: STAFF_SYSTEM, value: author.id }, display: author.name };
}

export function firstVersion(at: string): Meta {
	return { versionId: '1', lastUpdated: at };
}

/** The next version of a record: same id, version + 1, stamped with the time of the change. */
export function nextVersion<T extends Resource>(resource: T, at: string, changes: Partial<T>): T {
	const version = Number(resource.meta?.versionId ?? '1');
	return { ...resource, ...changes, meta: { ...resource.meta, versionId: String(Number.isFinite(version) ? version + 1 : 2), lastUpdated: at } };
}

/** Today's date as the clinic's calendar shows it (local time), e.g. for a date field's default. */
export function localDay(at: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Whole days from one ISO date (or instant) to another, by calendar day. */
export function daysBetween(from: string, to: string): number {
	const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
	return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * A date typed into a date field: empty is fine when optional; otherwise a real calendar day,
 * not in the future and not before the patient was born. Returns the error, or undefined.
 */
export function checkDay(value: string, label: string, limits: { today: string; birthDate?: string; required?: boolean }): string | undefined {
	if (!value) return limits.required ? `Enter the ${label.toLowerCase()}.` : undefined;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
	if (!date || date.toISOString().slice(0, 10) !== value) return `${label} must be a real date (MM/DD/YYYY).`;
	if (value > limits.today) return `${label} ${displayDate(value)} is in the future (today is ${displayDate(limits.today)}).`;
	if (limits.birthDate && value < limits.birthDate) return `${label} ${displayDate(value)} is before the patient was born (${displayDate(limits.birthDate)}).`;
	return undefined;
}

/** A dated, signed line on a record, e.g. why it was stopped: FHIR `note` (Annotation). */
export function authoredNote(author: Author, at: string, text: string): Annotation {
	return { authorReference: staffReference(author), time: at, text };
}

/** Why a record is being changed: required, so the next reader knows. */
export function checkChangeReason(reason: string): string | undefined {
	return reason.trim() ? undefined : 'Say why, for whoever reads this record next.';
}
