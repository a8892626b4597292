/**
 * A flag's evidence in plain words: each audit record or workstation event behind it, as a
 * privacy officer would read it out ("09:02:13 Kevin Chen at room-2 opened Vital signs of
 * Jon Smith"). Never repeats a password.
 */
import type { AuditAction, AuditRecord } from '$lib/db/audit-record';
import type { SessionEvent, SessionEventKind } from '$lib/privacy/session-events';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import { sectionTitle } from '$lib/session/record-sections';

const ACTION_WORDS: Record<AuditAction, string> = {
	view: 'opened',
	'view-end': 'closed',
	search: 'searched',
	create: 'recorded',
	update: 'changed',
	delete: 'deleted',
	print: 'printed',
	export: 'exported',
	import: 'imported',
	merge: 'merged',
	disclose: 'released',
	login: 'signed in',
	logout: 'signed out',
	lock: 'locked the screen',
	unlock: 'unlocked the screen',
	'break-glass': 'broke the glass on'
};

const EVENT_WORDS: Record<SessionEventKind, string> = {
	'left-workstation': 'left the workstation',
	returned: 'came back to the workstation',
	'tab-hidden': 'the EHR went out of sight (another tab, another app, or the lid closed)',
	'tab-visible': 'the EHR was back in sight',
	'area-changed': 'moved to another area of Chartroom',
	'verify-identity': 'confirmed the patient\'s two identifiers',
	activity: 'input at the keyboard'
};

/** Screens of the chart that are not one section of it. */
const SCREEN_TITLES: Readonly<Record<string, string>> = { summary: 'Summary', all: 'the whole chart' };

function whatOf(section: string | undefined, hasPatient: boolean): string {
	if (section === undefined) return hasPatient ? 'the chart' : '';
	return SCREEN_TITLES[section] ?? sectionTitle(section);
}

function isAuditRecord(value: unknown): value is AuditRecord {
	const record = value as Partial<AuditRecord> | null;
	return typeof record?.action === 'string' && typeof record.user === 'string' && typeof record.at === 'string';
}

function isSessionEvent(value: unknown): value is SessionEvent {
	const event = value as Partial<SessionEvent> | null;
	return typeof event?.kind === 'string' && typeof event.at === 'string' && !('user' in (event as object));
}

export function clockTime(at: string): string {
	return new Date(at).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function staffName(id: string): string {
	return PRACTICE_STAFF.find((member) => member.id === id)?.name ?? id;
}

/** `patients`: a label (name and MRN) by patient id, when known. */
export function describeEvidence(item: unknown, patients: Readonly<Record<string, string>> = {}): string {
	if (isAuditRecord(item)) {
		const what =
			item.action === 'search'
				? `searched for “${item.query ?? ''}”`
				: [ACTION_WORDS[item.action] ?? item.action, whatOf(item.section, item.patient !== undefined)].filter(Boolean).join(' ');
		const whose = item.patient === undefined ? '' : ` of ${patients[item.patient] ?? `patient ${item.patient}`}`;
		const refused = item.outcome === 'success' ? '' : ` (${item.outcome})`;
		const reason = item.reason ? `, reason given: “${item.reason}”` : '';
		const duration = item.durationMs === undefined ? '' : ` after ${Math.round(item.durationMs / 1000)} s`;
		return `${clockTime(item.at)} ${staffName(item.user)} at ${item.workstation} ${what}${whose}${duration}${refused}${reason}`;
	}
	if (isSessionEvent(item)) {
		const detail = item.kind === 'area-changed' && item.detail ? ` (${item.detail})` : '';
		return `${clockTime(item.at)} ${EVENT_WORDS[item.kind] ?? item.kind}${detail}`;
	}
	const written = item as { resource?: string; staff?: string; label?: string } | null;
	if (typeof written?.resource === 'string') {
		if (written.staff !== undefined) return `In ${written.resource}: the password of ${staffName(written.staff)} (not repeated here)`;
		return `In ${written.resource}: text labelled “${written.label ?? 'password'}” followed by a secret (not repeated here)`;
	}
	return JSON.stringify(item);
}

/** Patient ids named in a flag's evidence, to look their names up. */
export function evidencePatients(evidence: readonly unknown[]): string[] {
	return [...new Set(evidence.flatMap((item) => (isAuditRecord(item) && item.patient !== undefined ? [item.patient] : [])))];
}
