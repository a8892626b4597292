/**
 * The release-of-information desk for one patient: a request arrives, the clerk checks who is
 * asking and the authorization on file (valid? expired? covers what?), picks only what may go,
 * releases it (audited) and the accounting of disclosures records it (45 CFR 164.508, 164.528).
 * The desk warns and refuses what it must, but lets a careless release happen: the privacy
 * monitor is there to catch it.
 */
import type { Consent, Patient } from '@medplum/fhirtypes';
import { writeAudit } from '$lib/app/audit-trail';
import { databaseConnection } from '$lib/app/database-connection.svelte';
import { ehrSession } from '$lib/app/ehr-session.svelte';
import type { AuditRecord } from '$lib/db/audit-record';
import { disclosuresOf, releaseRequests, saveDisclosure, saveReleaseRequest, type DisclosureRecord, type ReleaseRequest, type Requester } from '$lib/db/release-requests';
import { patientResourcesOf } from '$lib/db/patient-resources';
import { getResource, putResources } from '$lib/db/resources';
import {
	accountingEntry,
	allowedSections,
	checkAuthorization,
	type Authorization,
	type AuthorizationCheck,
	type AuthorizationProblem,
	type DisclosureBasis
} from '$lib/privacy/release-of-information';
import { describeSections } from '$lib/privacy/privacy-finding';
import { authorizationToConsent, consentToAuthorization } from '$lib/record/consent-authorization';
import { can } from '$lib/session/permissions';
import { CHART_SECTIONS, type RecordSection } from '$lib/session/record-sections';

export const PROBLEM_WORDS: Record<AuthorizationProblem, string> = {
	'other-patient': 'it is for another patient',
	unsigned: 'it is not signed and dated',
	revoked: 'the patient revoked it',
	'no-expiration': 'it has no expiration date',
	expired: 'it has expired',
	'section-not-covered': 'it does not cover everything requested',
	'recipient-differs': 'it names another recipient',
	'purpose-differs': 'it states another purpose'
};

export interface CheckedAuthorization {
	authorization: Authorization;
	check: AuthorizationCheck;
}

function blankRequest() {
	return { requester: 'other' as Requester, recipient: '', purpose: '', sections: [] as RecordSection[] };
}

function blankAuthorization() {
	return { sections: [] as RecordSection[], recipient: '', purpose: '', expires: '', signedBy: 'patient' as '' | 'patient' | 'personal-representative', signedOn: '' };
}

export class ReleaseDesk {
	patientId = '';
	patient = $state<Patient | undefined>();
	loaded = $state(false);
	requests = $state<ReleaseRequest[]>([]);
	authorizations = $state<Authorization[]>([]);
	disclosures = $state<DisclosureRecord[]>([]);
	selectedId = $state('');
	identityChecked = $state(false);
	chosen = $state<RecordSection[]>([]);
	requestForm = $state(blankRequest());
	requestErrors = $state<Record<string, string>>({});
	authorizationForm = $state(blankAuthorization());
	authorizationErrors = $state<Record<string, string>>({});
	releaseError = $state('');
	message = $state('');

	/** The role may release records outside the clinic (the privacy officer / HIM). */
	get allowed(): boolean {
		const user = ehrSession.user;
		return ehrSession.signedIn && user !== undefined && can(user.role, 'demographics', 'disclose');
	}

	get selected(): ReleaseRequest | undefined {
		return this.requests.find((request) => request.id === this.selectedId);
	}

	/** Whether the release goes to the patient: their right of access needs no authorization. */
	get toPatient(): boolean {
		return this.selected?.requester === 'patient';
	}

	/** Each authorization on file checked against the selected request, as of now. */
	get checks(): CheckedAuthorization[] {
		const request = this.selected;
		if (request === undefined) return [];
		const at = new Date().toISOString();
		return this.authorizations.map((authorization) => ({
			authorization,
			check: checkAuthorization(authorization, { patient: request.patient, sections: request.sections, at, recipient: request.recipient, purpose: request.purpose })
		}));
	}

	/** What may go out for the selected request: what it asks for and a valid authorization names. */
	get mayRelease(): RecordSection[] {
		const request = this.selected;
		if (request === undefined) return [];
		if (this.toPatient) return [...request.sections];
		const now = { ...request, at: new Date().toISOString() };
		const union = new Set(this.authorizations.flatMap((authorization) => allowedSections(now, authorization)));
		return CHART_SECTIONS.filter((section) => union.has(section));
	}

	async load(patientId: string): Promise<void> {
		this.patientId = patientId;
		const db = await databaseConnection.open();
		if (db === undefined) {
			this.loaded = true;
			return;
		}
		const [patient, requests, consents, disclosures] = await Promise.all([
			getResource<Patient>(db, 'Patient', patientId),
			releaseRequests(db, patientId),
			patientResourcesOf<Consent>(db, 'Consent', patientId),
			disclosuresOf(db, patientId)
		]);
		this.patient = patient;
		this.requests = requests;
		this.authorizations = consents.map((consent) => consentToAuthorization(consent)).filter((one): one is Authorization => one !== undefined);
		this.disclosures = disclosures;
		if (this.selectedId === '') this.selectedId = requests.find((request) => request.status === 'open')?.id ?? '';
		this.loaded = true;
	}

	#audit(fields: Pick<AuditRecord, 'action'> & Partial<AuditRecord>): AuditRecord {
		const staff = ehrSession.user!;
		const record: AuditRecord = {
			at: new Date().toISOString(),
			user: staff.id,
			role: staff.role,
			workstation: ehrSession.workstation,
			outcome: 'success',
			patient: this.patientId,
			resource: `Patient/${this.patientId}`,
			...fields
		};
		if (ehrSession.state.attempt !== undefined) record.attempt = ehrSession.state.attempt;
		return record;
	}

	async addRequest(): Promise<void> {
		const form = this.requestForm;
		const errors: Record<string, string> = {};
		if (form.requester !== 'patient' && form.recipient.trim() === '') errors.recipient = 'Who is to receive the records?';
		if (form.purpose.trim() === '') errors.purpose = 'Write the purpose the request states (or "at the request of the individual").';
		if (form.sections.length === 0) errors.sections = 'Tick what the request asks for.';
		this.requestErrors = errors;
		const db = databaseConnection.db;
		if (Object.keys(errors).length > 0 || db === undefined) return;
		const request: ReleaseRequest = {
			id: crypto.randomUUID(),
			patient: this.patientId,
			requester: form.requester,
			recipient: form.requester === 'patient' && form.recipient.trim() === '' ? 'The patient' : form.recipient.trim(),
			purpose: form.purpose.trim(),
			sections: CHART_SECTIONS.filter((section) => form.sections.includes(section)),
			at: new Date().toISOString(),
			status: 'open'
		};
		await saveReleaseRequest(db, request);
		this.requestForm = blankRequest();
		this.requests = [...this.requests, request];
		this.selectedId = request.id;
		this.identityChecked = false;
		this.chosen = [];
		this.message = `Request recorded: ${describeSections(request.sections)} for ${request.recipient}.`;
	}

	async addAuthorization(): Promise<void> {
		const form = this.authorizationForm;
		const errors: Record<string, string> = {};
		if (form.sections.length === 0) errors.sections = 'Tick what the authorization describes.';
		if (form.recipient.trim() === '') errors.recipient = 'Copy the recipient the authorization names.';
		if (form.purpose.trim() === '') errors.purpose = 'Copy the purpose the authorization states.';
		if (form.signedBy !== '' && form.signedOn === '') errors.signedOn = 'A signature needs its date.';
		this.authorizationErrors = errors;
		const db = databaseConnection.db;
		if (Object.keys(errors).length > 0 || db === undefined) return;
		const authorization: Authorization = {
			id: `auth-${crypto.randomUUID()}`,
			patient: this.patientId,
			sections: CHART_SECTIONS.filter((section) => form.sections.includes(section)),
			expires: form.expires,
			purpose: form.purpose.trim(),
			recipient: form.recipient.trim()
		};
		if (form.signedBy !== '') {
			authorization.signedBy = form.signedBy;
			authorization.signedOn = form.signedOn;
		}
		await putResources(db, [authorizationToConsent(authorization)]);
		await writeAudit([this.#audit({ action: 'create', section: 'documents', resource: `Consent/${authorization.id}` })]);
		this.authorizations = [...this.authorizations, authorization];
		this.authorizationForm = blankAuthorization();
		this.message = 'Authorization recorded in the chart.';
	}

	choose(sections: readonly RecordSection[]): void {
		this.chosen = [...sections];
		this.releaseError = '';
	}

	/** Release the chosen sections, or the whole chart (the designated record set). */
	async release(whole: boolean): Promise<void> {
		// A plain copy: IndexedDB cannot store the screen's reactive proxies.
		const selected = this.selected;
		const request = selected === undefined ? undefined : $state.snapshot(selected);
		const db = databaseConnection.db;
		if (request === undefined || db === undefined) return;
		if (!this.identityChecked) {
			this.releaseError = 'Confirm the requester\'s identity before anything is released.';
			return;
		}
		const sections = whole ? [...CHART_SECTIONS] : CHART_SECTIONS.filter((section) => this.chosen.includes(section));
		if (sections.length === 0) {
			this.releaseError = 'Tick what to release.';
			return;
		}
		this.releaseError = '';
		const at = new Date().toISOString();
		// A copy for the patient is their right of access; anything else leaves the clinic as a disclosure.
		const action = this.toPatient ? 'print' : 'disclose';
		const reason = `${request.purpose}; to ${request.recipient}`;
		const records = whole ? [this.#audit({ action, at, reason })] : sections.map((section) => this.#audit({ action, at, section, reason }));
		await writeAudit(records);
		const covered = this.toPatient || sections.every((section) => this.mayRelease.includes(section));
		const basis: DisclosureBasis = this.toPatient ? 'individual' : covered ? 'authorization' : 'impermissible';
		const disclosure: DisclosureRecord = { ...accountingEntry({ ...request, at }, sections, basis), id: crypto.randomUUID() };
		await saveDisclosure(db, disclosure);
		const released: ReleaseRequest = { ...request, status: 'released' };
		await saveReleaseRequest(db, released);
		this.requests = this.requests.map((one) => (one.id === request.id ? released : one));
		this.disclosures = [...this.disclosures, disclosure];
		this.chosen = [];
		this.message = covered
			? `Released ${whole ? 'the whole chart' : describeSections(sections)} to ${request.recipient}; recorded in the accounting of disclosures.`
			: `Released ${whole ? 'the whole chart' : describeSections(sections)} to ${request.recipient} without a valid authorization for all of it. It is recorded as an impermissible disclosure.`;
	}
}
