/**
 * Everything the privacy monitor judges, gathered by the caller for one lesson attempt: the audit
 * log, what happened at the workstation, and the lesson's facts (who the learner is, who cares for
 * whom, what the task needs, what was requested and authorized). Rules read only this.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import type { Instant } from '$lib/session/instant';
import type { StaffMember } from '$lib/session/staff';
import type { Authorization, DisclosureRequest } from './release-of-information';
import type { SessionEvent } from './session-events';

/** What makes a chart more tempting to open than most. */
export interface PatientFacts {
	family: string;
	/** A public figure, a local celebrity, someone in the news. */
	vip?: boolean;
	/** Set when the patient works here: the staff member's id. */
	staffMemberId?: string;
	/** Set when the patient is recorded as family of a staff member: that staff member's id. */
	relativeOfStaff?: string;
}

/** Free text the learner wrote (a note, a comment), with the resource it went into. */
export interface WrittenText {
	at: Instant;
	/** FHIR reference, e.g. `DocumentReference/n1`. */
	resource: string;
	text: string;
}

export interface PrivacyInput {
	/** This attempt's audit records, as the database wrote them (with `seq`). */
	audit: readonly AuditRecord[];
	sessionEvents?: readonly SessionEvent[];
	/** The staff member the lesson assigned to the learner. */
	learner?: string;
	/** The simulated workforce: family names for relatives, passwords to spot in notes. */
	staff?: readonly StaffMember[];
	/** Patient id → ids of staff with a care relationship. */
	careTeams?: Readonly<Record<string, readonly string[]>>;
	patients?: Readonly<Record<string, PatientFacts>>;
	/** The sections the task needs; without it minimum necessary is not judged. */
	taskSections?: readonly string[];
	/** Search `seq` → ids of the results the EHR flagged as similar names. */
	similarSearchResults?: Readonly<Record<number, readonly string[]>>;
	/** Release-of-information requests in the lesson: what each needs. */
	requests?: readonly DisclosureRequest[];
	authorizations?: readonly Authorization[];
	writtenTexts?: readonly WrittenText[];
	/** The policy's idle limit; defaults to the simulator's time-out. */
	idleLimitSeconds?: number;
	/** When the attempt ended: a chart left open and idle until then counts. */
	until?: Instant;
}
