import type { Role } from '$lib/session/roles';

/**
 * What the simulated EHR records, append-only, for every access to a record (ONC 45 CFR
 * 170.315(d)(2) auditable events). Kept flat and indexed for reports; `toFhirAuditEvent`
 * turns one into a FHIR R4 AuditEvent for export.
 */
export type AuditAction =
	| 'view' // a chart screen (section) was opened
	| 'view-end' // …and left; carries durationMs and `ref` to the view
	| 'search'
	| 'create'
	| 'update'
	| 'delete'
	| 'print'
	| 'export'
	| 'import'
	| 'merge'
	| 'disclose' // release of information
	| 'login'
	| 'logout'
	| 'lock'
	| 'unlock'
	| 'break-glass';

export type AuditOutcome = 'success' | 'refused' | 'failure';

export interface AuditRecord {
	/** Assigned by the database: order of writing. */
	seq?: number;
	/** ISO 8601 instant the action started. */
	at: string;
	/** Time on screen, for `view-end`. */
	durationMs?: number;
	/** Staff member id (simulated user). */
	user: string;
	role: Role;
	workstation: string;
	action: AuditAction;
	outcome: AuditOutcome;
	/** Patient resource id, when the action concerns one patient. */
	patient?: string;
	/** Record section, e.g. `vitals`, `notes`, `demographics`. */
	section?: string;
	/** FHIR reference of the resource acted on, e.g. `Observation/abc`. */
	resource?: string;
	/** The reason typed by the user (care-team override, break-the-glass, disclosure purpose). */
	reason?: string;
	/** Free text of a search. */
	query?: string;
	/** For `view-end`: seq of the matching `view`. */
	ref?: number;
	/** The lesson attempt in progress, if any, so flags attach to it. */
	attempt?: string;
}
