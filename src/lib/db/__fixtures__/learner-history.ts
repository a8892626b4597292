import fc from 'fast-check';
import type { Observation, Patient } from '@medplum/fhirtypes';
import type { AuditRecord } from '../audit-record';
import { MRN_SYSTEM } from '$lib/record/identifiers';

/**
 * Random learner histories for property tests: attempts with answers and findings, drafts,
 * settings, privacy flags, audit events, and a small clinic of patients with observations.
 * Values are JSON data, as the app stores them (drafts are JSON copies; answers are text,
 * numbers or lists): no -0, no undefined, no `__proto__` keys, which no learner can type.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const key = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !FORBIDDEN.has(text));
const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
const day = instant.map((iso) => iso.slice(0, 10));
const jsonData = fc
	.jsonValue({ maxDepth: 3 })
	.map((value) => JSON.parse(JSON.stringify(value)) as unknown)
	.filter((value) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(value)));
const answer = fc.oneof(fc.string({ maxLength: 20 }), fc.integer({ min: -500, max: 500 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }));
const fhirId = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);

const findingRow = fc.record({
	severity: fc.constantFrom('error', 'warning', 'info'),
	code: fc.constantFrom('grade.answer.correct', 'grade.answer.wrong', 'privacy.snooping'),
	where: key,
	message: fc.string({ maxLength: 40 })
});

const attempt = fc.record({
	id: fc.uuid(),
	lesson: fc.constantFrom('quiz', 'register-walk-in', 'hipaa-basics'),
	startedAt: instant,
	submittedAt: instant,
	score: fc.nat(20),
	possible: fc.integer({ min: 1, max: 20 }),
	percent: fc.nat(100),
	passed: fc.boolean(),
	answers: fc.dictionary(key, answer, { maxKeys: 4 }),
	findings: fc.array(findingRow, { maxLength: 3 })
});

const draft = fc.record({ key, updatedAt: instant, value: jsonData });
const setting = fc.record({ key, value: jsonData });
const flag = fc.record({ id: fc.uuid(), attempt: fc.uuid(), at: instant, rule: fc.constantFrom('snooping', 'unlocked-workstation', 'minimum-necessary'), message: fc.string({ maxLength: 30 }) });
const auditEvent: fc.Arbitrary<AuditRecord> = fc.record({
	at: instant,
	user: fc.constantFrom('ana', 'ben', 'cho'),
	role: fc.constantFrom('nurse', 'physician', 'front-desk'),
	workstation: fc.constantFrom('WS-1', 'WS-2'),
	action: fc.constantFrom('view', 'create', 'update', 'lock'),
	outcome: fc.constantFrom('success', 'refused'),
	patient: fhirId
});

const patient = (id: string, family: string, birthDate: string): Patient => ({
	resourceType: 'Patient',
	id,
	identifier: [{ system: MRN_SYSTEM, value: `MRN-${id}` }],
	name: [{ family, given: ['Test'] }],
	birthDate
});

const observation = (id: string, patientId: string, date: string, value: number): Observation => ({
	resourceType: 'Observation',
	id,
	status: 'final',
	subject: { reference: `Patient/${patientId}` },
	code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }] },
	effectiveDateTime: date,
	valueQuantity: { value, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' }
});

const clinic = fc
	.uniqueArray(fc.record({ id: fhirId, family: fc.string({ minLength: 1, maxLength: 12 }), birthDate: day, visits: fc.array(fc.record({ date: day, value: fc.integer({ min: 30, max: 200 }) }), { maxLength: 3 }) }), { selector: (p) => p.id, maxLength: 4 })
	.map((patients) =>
		patients.flatMap((p) => [patient(p.id, p.family, p.birthDate), ...p.visits.map((visit, index) => observation(`${p.id}-hr-${index}`, p.id, visit.date, visit.value))])
	);

export const learnerHistory = fc.record({
	attempts: fc.uniqueArray(attempt, { selector: (row) => row.id, maxLength: 5 }),
	drafts: fc.uniqueArray(draft, { selector: (row) => row.key, maxLength: 5 }),
	settings: fc.uniqueArray(setting, { selector: (row) => row.key, maxLength: 4 }),
	flags: fc.uniqueArray(flag, { selector: (row) => row.id, maxLength: 3 }),
	// Sometimes an event twice over (two clicks within a millisecond): both must survive a round trip.
	audit: fc.array(auditEvent, { maxLength: 6 }).chain((events) => fc.boolean().map((twice) => (twice && events.length > 0 ? [...events, events[0]!] : events))),
	resources: clinic
});

export type LearnerHistory = typeof learnerHistory extends fc.Arbitrary<infer T> ? T : never;
