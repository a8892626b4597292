/**
 * Gathers what the privacy monitor judges, for one scope (a lesson attempt, or one sign-in at one
 * workstation in free practice), from the database and the workstation's session events: the
 * audit records, who cares for each patient opened, what makes a chart tempting, which searches
 * showed look-alike names, and the text the learner wrote.
 */
import type { Appointment, Consent, Encounter, Patient } from '@medplum/fhirtypes';
import type { AuditRecord } from '$lib/db/audit-record';
import type { ChartroomDatabase } from '$lib/db/database';
import { searchPatients } from '$lib/db/patient-search';
import { releaseRequests } from '$lib/db/release-requests';
import { patientResourcesOf } from '$lib/db/patient-resources';
import { getResource } from '$lib/db/resources';
import { isStoredResourceType } from '$lib/db/resource-types';
import { patientFacts } from '$lib/privacy/patient-facts';
import type { PatientFacts, PrivacyInput, WrittenText } from '$lib/privacy/privacy-input';
import type { Authorization, DisclosureRequest } from '$lib/privacy/release-of-information';
import type { SessionEvent } from '$lib/privacy/session-events';
import { careRelations } from '$lib/record/care-relations';
import { consentToAuthorization } from '$lib/record/consent-authorization';
import { parsePatientQuery } from '$lib/record/patient-query';
import { writtenTextOf } from '$lib/record/written-text';
import { careTeam } from '$lib/session/care-team';
import { instantAt, instantMs } from '$lib/session/instant';
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import type { Role } from '$lib/session/roles';

export interface MonitorScope {
	/** Names the flags of this scope. */
	key: string;
	/** The lesson attempt (workspace) id; without it, free practice at one workstation. */
	attempt?: string;
	workstation: string;
	/** When the scope began: the attempt's start, or the sign-in. */
	since: string;
	/** The role the lesson assigned; the learner is the first to sign in with it. */
	learnerRole?: Role;
	/** The policy's limit for a chart left unattended. */
	idleLimitSeconds: number;
	/** The clinic's today, for care teams. */
	today: string;
	/** What the lesson says the task needs, was requested and authorized. */
	taskSections?: readonly string[];
	requests?: readonly DisclosureRequest[];
	authorizations?: readonly Authorization[];
}

/** The audit records of the scope, oldest first. */
export async function scopedAudit(db: ChartroomDatabase, scope: MonitorScope): Promise<AuditRecord[]> {
	const inScope = (record: AuditRecord) =>
		scope.attempt === undefined
			? record.attempt === undefined && record.workstation === scope.workstation
			: // Records written before the attempt's id reached this tab belong to it too (one learner per browser).
				record.attempt === scope.attempt || record.attempt === undefined;
	const records = await db.audit.where('at').aboveOrEqual(scope.since).filter(inScope).toArray();
	return records.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/**
 * A `view-end` is stored with the view's start time and the time on screen (what an access report
 * shows); the monitor reads it at the moment the chart left the screen.
 */
export function atViewEnd(record: AuditRecord): AuditRecord {
	return record.action === 'view-end' && record.durationMs !== undefined ? { ...record, at: instantAt(instantMs(record.at) + record.durationMs) } : record;
}

export async function loadCareTeam(db: ChartroomDatabase, patientId: string, today: string): Promise<string[]> {
	const [patient, appointments, encounters] = await Promise.all([
		getResource<Patient>(db, 'Patient', patientId),
		patientResourcesOf<Appointment>(db, 'Appointment', patientId),
		patientResourcesOf<Encounter>(db, 'Encounter', patientId)
	]);
	if (patient === undefined) return [];
	return careTeam(
		careRelations(
			patient,
			appointments,
			encounters
		),
		today
	);
}

/** Search results marked as look-alike names, by the search's audit `seq`; a search is re-run once. */
const similarBySearch = new Map<number, readonly string[]>();

async function similarResults(db: ChartroomDatabase, search: AuditRecord): Promise<readonly string[]> {
	const known = search.seq === undefined ? undefined : similarBySearch.get(search.seq);
	if (known !== undefined) return known;
	// The search box shows 25 results; the same query over the same clinic shows the same marks.
	const page = await searchPatients(db, parsePatientQuery(search.query ?? ''), 25);
	const ids = page.hits.filter((hit) => hit.similarName && hit.patient.id !== undefined).map((hit) => hit.patient.id!);
	if (search.seq !== undefined) similarBySearch.set(search.seq, ids);
	return ids;
}

async function writtenTexts(db: ChartroomDatabase, audit: readonly AuditRecord[]): Promise<WrittenText[]> {
	const writes = audit.filter((record) => record.outcome === 'success' && (record.action === 'create' || record.action === 'update') && record.resource);
	const texts = await Promise.all(
		writes.map(async (record): Promise<WrittenText | undefined> => {
			const [type = '', id = ''] = (record.resource ?? '').split('/');
			if (!isStoredResourceType(type) || type === 'Patient') return undefined;
			const resource = await getResource(db, type, id);
			const text = resource === undefined ? '' : writtenTextOf(resource);
			return text === '' ? undefined : { at: record.at, resource: record.resource!, text };
		})
	);
	return texts.filter((text): text is WrittenText => text !== undefined);
}

async function authorizationsOf(db: ChartroomDatabase, patientIds: readonly string[]): Promise<Authorization[]> {
	const consents = await Promise.all(patientIds.map((id) => patientResourcesOf<Consent>(db, 'Consent', id)));
	return consents.flat().flatMap((consent) => consentToAuthorization(consent) ?? []);
}

function learnerOf(audit: readonly AuditRecord[], role: Role | undefined): string | undefined {
	const logins = audit.filter((record) => record.action === 'login' && record.outcome === 'success');
	return (logins.find((login) => role === undefined || login.role === role) ?? logins[0])?.user;
}

export async function gatherPrivacyInput(db: ChartroomDatabase, scope: MonitorScope, sessionEvents: readonly SessionEvent[], now: string): Promise<PrivacyInput> {
	const stored = await scopedAudit(db, scope);
	const audit = stored.map(atViewEnd);
	const patientIds = [...new Set(audit.flatMap((record) => (record.patient === undefined ? [] : [record.patient])))];
	const careTeams: Record<string, string[]> = {};
	const patients: Record<string, PatientFacts> = {};
	await Promise.all(
		patientIds.map(async (id) => {
			const patient = await getResource<Patient>(db, 'Patient', id);
			careTeams[id] = await loadCareTeam(db, id, scope.today);
			if (patient !== undefined) patients[id] = patientFacts(patient);
		})
	);
	const similarSearchResults: Record<number, readonly string[]> = {};
	for (const search of audit.filter((record) => record.action === 'search' && record.outcome === 'success' && record.seq !== undefined && record.query)) {
		similarSearchResults[search.seq!] = await similarResults(db, search);
	}
	const input: PrivacyInput = {
		audit,
		sessionEvents,
		staff: PRACTICE_STAFF,
		careTeams,
		patients,
		similarSearchResults,
		writtenTexts: await writtenTexts(db, audit),
		idleLimitSeconds: scope.idleLimitSeconds,
		until: now
	};
	// Release-of-information paperwork on file, unless the lesson brings its own.
	const requests = scope.requests ?? (await releaseRequests(db)).filter((request) => patientIds.includes(request.patient));
	const authorizations = scope.authorizations ?? (await authorizationsOf(db, patientIds));
	if (requests.length > 0) input.requests = requests;
	if (authorizations.length > 0) input.authorizations = authorizations;
	const learner = scope.attempt === undefined ? undefined : learnerOf(audit, scope.learnerRole);
	if (learner !== undefined) input.learner = learner;
	if (scope.taskSections !== undefined) input.taskSections = scope.taskSections;
	return input;
}
