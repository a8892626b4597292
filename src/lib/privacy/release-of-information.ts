/**
 * Release of information: is this authorization valid for this request (45 CFR 164.508), what may
 * go out, and the accounting-of-disclosures entry the patient may later ask for (164.528).
 */
import { instantMs, type Instant } from '$lib/session/instant';
import { RECORD_SECTIONS, sectionTitle, type RecordSection } from '$lib/session/record-sections';

export interface Authorization {
	id: string;
	patient: string;
	/** The information the patient agreed to release (164.508(c)(1)(i)). */
	sections: readonly RecordSection[];
	/** Expiration (164.508(c)(1)(v)): a date, valid through that day, or an instant. */
	expires: string;
	purpose: string;
	recipient: string;
	/** Signature (164.508(c)(1)(vi)); a personal representative may sign for the patient (164.502(g)). */
	signedBy?: 'patient' | 'personal-representative';
	/** Date or instant of signature. */
	signedOn?: string;
	/** Written revocation received (164.508(b)(5)). */
	revokedOn?: string;
}

export interface DisclosureRequest {
	id: string;
	patient: string;
	/** What the request needs: the sections asked for. */
	sections: readonly RecordSection[];
	recipient: string;
	purpose: string;
	/** When the release is made. */
	at: Instant;
}

/** In the order an ROI clerk would reject for them: the first is the one to tell the requester. */
export const AUTHORIZATION_PROBLEMS = [
	'other-patient',
	'unsigned',
	'revoked',
	'no-expiration',
	'expired',
	'section-not-covered',
	'recipient-differs',
	'purpose-differs'
] as const;

export type AuthorizationProblem = (typeof AUTHORIZATION_PROBLEMS)[number];

export interface AuthorizationCheck {
	valid: boolean;
	problems: AuthorizationProblem[];
	/** Requested sections the authorization names, and those it does not. */
	covered: string[];
	uncovered: string[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * A date or an instant as milliseconds; a date counts from the start of that day (UTC, as the
 * simulator's clock runs) or, with `endOfDay`, until its end. Undefined when unreadable: an
 * authorization is a document someone typed in, so a bad date is a defect, not a crash.
 */
function momentMs(value: string | undefined, endOfDay = false): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
	if (Number.isNaN(ms)) return undefined;
	return DATE_ONLY.test(value) && endOfDay ? ms + DAY_MS : ms;
}

function sameWords(a: string, b: string): boolean {
	const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
	return norm(a) === norm(b);
}

/** Whether the authorization has expired at `at` (an authorization dated to a day lasts all of it). */
export function isExpiredAt(authorization: Pick<Authorization, 'expires'>, at: Instant): boolean {
	const end = momentMs(authorization.expires, true);
	return end !== undefined && instantMs(at) >= end;
}

/**
 * Check one authorization against what is about to be released. Recipient and purpose are
 * compared only when given (the audit log records neither), as words, ignoring case and spacing.
 */
export function checkAuthorization(
	authorization: Authorization,
	release: { patient: string; sections: readonly string[]; at: Instant; recipient?: string; purpose?: string }
): AuthorizationCheck {
	const at = instantMs(release.at);
	const signed = momentMs(authorization.signedOn);
	const revoked = momentMs(authorization.revokedOn);
	const covered = release.sections.filter((section) => (authorization.sections as readonly string[]).includes(section));
	const uncovered = release.sections.filter((section) => !covered.includes(section));
	const found: Record<AuthorizationProblem, boolean> = {
		'other-patient': authorization.patient !== release.patient,
		// Signed after the release is as good as unsigned at the time of the release.
		unsigned: authorization.signedBy === undefined || signed === undefined || signed > at,
		revoked: revoked !== undefined && revoked <= at,
		'no-expiration': momentMs(authorization.expires) === undefined,
		expired: isExpiredAt(authorization, release.at),
		'section-not-covered': uncovered.length > 0,
		'recipient-differs': release.recipient !== undefined && !sameWords(release.recipient, authorization.recipient),
		'purpose-differs': release.purpose !== undefined && !sameWords(release.purpose, authorization.purpose)
	};
	const problems = AUTHORIZATION_PROBLEMS.filter((problem) => found[problem]);
	return { valid: problems.length === 0, problems, covered, uncovered };
}

/**
 * What may go out: what the request asks for and the authorization names, nothing more. A
 * disclosure under a valid authorization is scoped by the authorization itself (164.502(b)(2)(iii)
 * exempts it from the minimum-necessary standard), so the clerk releases the overlap of the two.
 * Nothing without a valid authorization.
 */
export function allowedSections(request: DisclosureRequest, authorization: Authorization | undefined): RecordSection[] {
	if (authorization === undefined) return [];
	const check = checkAuthorization(authorization, request);
	const usable = check.problems.every((problem) => problem === 'section-not-covered');
	if (!usable) return [];
	return RECORD_SECTIONS.filter((section) => request.sections.includes(section) && authorization.sections.includes(section));
}

/** The legal basis of a disclosure; it decides whether the disclosure must be accounted for. */
export type DisclosureBasis =
	| 'authorization'
	| 'individual'
	| 'treatment-payment-operations'
	| 'required-by-law'
	| 'public-health'
	| 'health-oversight'
	| 'judicial'
	| 'law-enforcement'
	| 'research-waiver'
	| 'impermissible';

/**
 * Bases exempt from the accounting (164.528(a)(1)(i), (ii), (iv)): treatment, payment and
 * operations, to the patient, and under the patient's own authorization. Everything else,
 * including a disclosure that broke the rules, must be listed.
 */
export const ACCOUNTING_EXEMPT_BASES: readonly DisclosureBasis[] = ['treatment-payment-operations', 'individual', 'authorization'];

/** The content of one accounting entry (164.528(b)(2)). */
export interface AccountingEntry {
	patient: string;
	date: Instant;
	recipient: string;
	recipientAddress?: string;
	/** Brief description of the information disclosed. */
	description: string;
	sections: RecordSection[];
	/** Brief statement of purpose, or the request itself (164.528(b)(2)(iv)). */
	purpose: string;
	basis: DisclosureBasis;
	/** Whether the patient's accounting lists it. */
	accountable: boolean;
	request: string;
}

export function accountingEntry(
	request: DisclosureRequest,
	released: readonly RecordSection[],
	basis: DisclosureBasis,
	recipientAddress?: string
): AccountingEntry {
	const sections = RECORD_SECTIONS.filter((section) => released.includes(section));
	const entry: AccountingEntry = {
		patient: request.patient,
		date: request.at,
		recipient: request.recipient,
		description: sections.map(sectionTitle).join(', '),
		sections,
		purpose: request.purpose,
		basis,
		accountable: !ACCOUNTING_EXEMPT_BASES.includes(basis),
		request: request.id
	};
	if (recipientAddress !== undefined) entry.recipientAddress = recipientAddress;
	return entry;
}

/** The accounting covers the six years before the request (164.528(a)(1)). */
export function accountingPeriodStart(asOf: Instant): Instant {
	const start = new Date(instantMs(asOf));
	start.setUTCFullYear(start.getUTCFullYear() - 6);
	return start.toISOString();
}

/** The patient's accounting as of a date: accountable entries of the last six years, oldest first. */
export function accountingOfDisclosures(entries: readonly AccountingEntry[], patient: string, asOf: Instant): AccountingEntry[] {
	const from = instantMs(accountingPeriodStart(asOf));
	const to = instantMs(asOf);
	return entries
		.filter((entry) => entry.patient === patient && entry.accountable)
		.filter((entry) => instantMs(entry.date) >= from && instantMs(entry.date) <= to)
		.sort((a, b) => instantMs(a.date) - instantMs(b.date));
}
