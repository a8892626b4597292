import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Appointment, DocumentReference, Patient } from '@medplum/fhirtypes';
import type { AuditRecord } from '$lib/db/audit-record';
import { recordAudit } from '$lib/db/audit';
import { ChartroomDatabase } from '$lib/db/database';
import { putResources } from '$lib/db/resources';
import { saveReleaseRequest } from '$lib/db/release-requests';
import { authorizationToConsent } from '$lib/record/consent-authorization';
import { evaluatePrivacy } from '$lib/privacy/monitor';
import { MRN_SYSTEM } from '$lib/record/identifiers';
import { encodeBase64Utf8 } from '$lib/synth/base64';
import { CHARTROOM } from '$lib/synth/systems';
import { atViewEnd, gatherPrivacyInput, loadCareTeam, type MonitorScope } from './privacy-evidence';

const TODAY = '2025-03-04';
const at = (seconds: number) => new Date(Date.parse(`${TODAY}T14:00:00.000Z`) + seconds * 1000).toISOString();

function patient(id: string, given: string, family: string, birthDate: string, extra: Partial<Patient> = {}): Patient {
	return { resourceType: 'Patient', id, identifier: [{ system: MRN_SYSTEM, value: `MRN-${id}` }], name: [{ use: 'official', family, given: [given] }], birthDate, ...extra };
}

function booking(id: string, patientId: string): Appointment {
	return {
		resourceType: 'Appointment',
		id,
		status: 'booked',
		start: `${TODAY}T15:00:00-05:00`,
		participant: [
			{ actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
			{ actor: { reference: 'Practitioner/pr-03' }, status: 'accepted' }
		]
	};
}

const note: DocumentReference = {
	resourceType: 'DocumentReference',
	id: 'n1',
	status: 'current',
	subject: { reference: 'Patient/smith-john' },
	date: at(50),
	content: [{ attachment: { contentType: 'text/plain', data: encodeBase64Utf8('Rooming done. My login is Maple-Canoe-28 if you need it.') } }]
};

let db: ChartroomDatabase;
beforeEach(async () => {
	db = new ChartroomDatabase(`evidence-test-${Math.random().toString(36).slice(2)}`);
	await db.open();
	await putResources(db, [
		patient('vip-1', 'Marla', 'Hale', '1961-02-03', { extension: [{ url: CHARTROOM.vipExtension, valueBoolean: true }] }),
		patient('smith-jon', 'Jon', 'Smith', '1980-01-01'),
		patient('smith-john', 'John', 'Smith', '1975-05-05'),
		booking('a1', 'smith-john'),
		booking('a2', 'smith-jon'),
		note
	]);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const chen = { user: 'ma-chen', role: 'medical-assistant' as const, workstation: 'room-2' };

async function write(seconds: number, action: AuditRecord['action'], extra: Partial<AuditRecord> = {}): Promise<number> {
	return recordAudit(db, { at: at(seconds), ...chen, action, outcome: 'success', ...extra });
}

const scope: MonitorScope = { key: 'session:room-2:ma-chen:t0', workstation: 'room-2', since: at(0), idleLimitSeconds: 299, today: TODAY };

describe('gatherPrivacyInput', () => {
	test('the careless medical assistant: a VIP chart with no reason, the wrong Smith charted unverified, a password in a note', async () => {
		await write(0, 'login');
		const search = await write(5, 'search', { query: 'smith' });
		await write(10, 'view', { patient: 'smith-john', section: 'summary' });
		await write(40, 'create', { patient: 'smith-john', section: 'vitals', resource: 'Observation/o1' });
		await write(50, 'create', { patient: 'smith-john', section: 'notes', resource: 'DocumentReference/n1' });
		const vipView = await write(60, 'view', { patient: 'vip-1', section: 'summary' });
		await write(60, 'view-end', { patient: 'vip-1', section: 'summary', durationMs: 45_000, ref: vipView });
		// Someone else's workstation and an earlier sign-in are not this scope.
		await recordAudit(db, { at: at(70), user: 'rn-okafor', role: 'nurse', workstation: 'station-1', action: 'view', outcome: 'success', patient: 'vip-1' });
		await recordAudit(db, { at: at(-100), ...chen, action: 'view', outcome: 'success', patient: 'vip-1' });

		const input = await gatherPrivacyInput(db, scope, [], at(120));
		expect(input.audit.map((record) => record.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(input.careTeams).toEqual({ 'smith-john': ['fd-alvarez', 'ma-chen', 'rn-okafor', 'rn-brennan'], 'vip-1': [] });
		expect(input.patients?.['vip-1']).toEqual({ family: 'Hale', vip: true });
		expect(input.similarSearchResults).toEqual({ [search]: ['smith-john', 'smith-jon'] });
		expect(input.writtenTexts).toEqual([{ at: at(50), resource: 'DocumentReference/n1', text: 'Rooming done. My login is Maple-Canoe-28 if you need it.' }]);

		const flags = evaluatePrivacy(input).map((flag) => `${flag.code} ${flag.where}`);
		expect(flags).toEqual([
			'privacy.wrong-patient audit#4',
			'privacy.password-in-record DocumentReference/n1',
			'privacy.snooping audit#6'
		]);
	});

	test('the careful medical assistant: checks the demographics before charting, gives a reason for the VIP: no flags', async () => {
		await write(0, 'login');
		await write(5, 'search', { query: 'smith' });
		await write(10, 'view', { patient: 'smith-john', section: 'demographics' });
		await write(40, 'create', { patient: 'smith-john', section: 'vitals', resource: 'Observation/o1' });
		await write(60, 'view', { patient: 'vip-1', section: 'summary', reason: 'Patient called about a refill; covering for the front desk' });
		await write(90, 'lock', { reason: 'manual' });
		expect(evaluatePrivacy(await gatherPrivacyInput(db, scope, [], at(2000)))).toEqual([]);
	});

	test('an attempt takes its own records and untagged ones since it began, whichever workstation', async () => {
		await recordAudit(db, { at: at(1), ...chen, action: 'login', outcome: 'success', attempt: 'w1' });
		await recordAudit(db, { at: at(2), ...chen, workstation: 'room-3', action: 'search', outcome: 'success', query: 'hale' });
		await recordAudit(db, { at: at(3), ...chen, action: 'view', outcome: 'success', patient: 'vip-1', attempt: 'w0' });
		const input = await gatherPrivacyInput(db, { ...scope, key: 'attempt:w1', attempt: 'w1', learnerRole: 'medical-assistant' }, [], at(10));
		expect(input.audit.map((record) => record.action)).toEqual(['login', 'search']);
		expect(input.learner).toBe('ma-chen');
	});
});

test('a view-end is read at the moment the chart left the screen', () => {
	const record: AuditRecord = { at: at(10), ...chen, action: 'view-end', outcome: 'success', durationMs: 90_500 };
	expect(atViewEnd(record).at).toBe(at(100.5));
	expect(atViewEnd({ ...record, action: 'view' }).at).toBe(at(10));
});

test('the care team of a patient comes from the stored book', async () => {
	expect(await loadCareTeam(db, 'smith-jon', TODAY)).toEqual(['fd-alvarez', 'ma-chen', 'rn-okafor', 'rn-brennan']);
	expect(await loadCareTeam(db, 'smith-jon', '2025-03-05')).toEqual([]);
	expect(await loadCareTeam(db, 'nobody', TODAY)).toEqual([]);
});

describe('release of information on file', () => {
	const school = {
		id: 'r1',
		patient: 'smith-jon',
		requester: 'other' as const,
		sections: ['immunizations' as const],
		recipient: 'Lincoln Elementary School',
		purpose: 'School enrolment',
		at: at(0),
		status: 'open' as const
	};
	const authorization = {
		id: 'auth-1',
		patient: 'smith-jon',
		sections: ['immunizations' as const],
		expires: '2025-12-31',
		purpose: 'School enrolment',
		recipient: 'Lincoln Elementary School',
		signedBy: 'patient' as const,
		signedOn: '2025-03-01'
	};
	const po = { user: 'po-ferreira', role: 'privacy-officer' as const, workstation: 'room-2' };

	test('the request and the authorization are read from the desk\'s paperwork; a whole chart released for immunizations is flagged twice', async () => {
		await saveReleaseRequest(db, school);
		await putResources(db, [authorizationToConsent(authorization)]);
		await recordAudit(db, { at: at(30), ...po, action: 'disclose', outcome: 'success', patient: 'smith-jon', reason: 'School enrolment; to Lincoln Elementary School' });
		const input = await gatherPrivacyInput(db, scope, [], at(60));
		expect(input.requests?.map((request) => request.id)).toEqual(['r1']);
		expect(input.authorizations).toEqual([authorization]);
		const flags = evaluatePrivacy(input);
		expect(flags.map((flag) => flag.code)).toEqual(['privacy.excessive-disclosure', 'privacy.disclosure-without-authorization']);
		expect(flags[1]?.message).toContain('which the patient\'s authorization does not cover');
	});

	test('only the immunizations released under that authorization: no flag', async () => {
		await saveReleaseRequest(db, school);
		await putResources(db, [authorizationToConsent(authorization)]);
		await recordAudit(db, { at: at(30), ...po, action: 'disclose', outcome: 'success', patient: 'smith-jon', section: 'immunizations' });
		expect(evaluatePrivacy(await gatherPrivacyInput(db, scope, [], at(60)))).toEqual([]);
	});
});
