import type { CarePlan, CarePlanActivity, Condition, Encounter, Reference } from '@medplum/fhirtypes';
import { findOrderable, type OrderableTest, type OrderKind } from '$lib/codes/data/orderable-tests';
import { TERMINOLOGY } from '$lib/synth/systems';
import { firstVersion, staffReference, type EntryStamp } from './authorship';
import { conceptText } from './chart';

/**
 * A lab or imaging order. FHIR's resource for an order is ServiceRequest, which Chartroom's
 * database does not store yet (a new stored type means a schema version and a new row mapping);
 * until it does, an order is a CarePlan with `intent: order` and one activity whose
 * `detail.kind` is `ServiceRequest` — FHIR R4's own way to carry a request inline in a plan. Every
 * field maps one to one onto a ServiceRequest (code, status, intent, subject, encounter,
 * authoredOn ← created, requester ← author, reasonReference, note), so a later migration is a
 * straight copy.
 */
export interface OrderForm {
	kind: OrderKind;
	test: string;
	priority: Priority;
	/** Condition id of the problem the test is for, or ''. */
	reason: string;
	instructions: string;
	encounter: string;
}

export const PRIORITIES = { routine: 'Routine', urgent: 'Urgent', stat: 'STAT' } as const;
export type Priority = keyof typeof PRIORITIES;

export const EMPTY_ORDER: OrderForm = { kind: 'laboratory', test: '', priority: 'routine', reason: '', instructions: '', encounter: '' };

export type OrderField = keyof OrderForm;

export interface OrderCheck {
	test?: OrderableTest;
	errors: Partial<Record<OrderField, string>>;
	missing: Partial<Record<OrderField, string>>;
	ready: boolean;
}

export function checkOrder(form: OrderForm): OrderCheck {
	const errors: OrderCheck['errors'] = {};
	const missing: OrderCheck['missing'] = {};
	const test = findOrderable(form.test);
	if (!test) missing.test = form.kind === 'laboratory' ? 'Choose the laboratory test.' : 'Choose the imaging or diagnostic study.';
	else if (test.kind !== form.kind) errors.test = `${test.name} is not a${form.kind === 'imaging' ? 'n imaging study' : ' laboratory test'}: choose again.`;
	if (form.instructions.length > 500) errors.instructions = `Instructions are at most 500 characters (now ${form.instructions.length}).`;
	return { test, errors, missing, ready: Object.keys(errors).length === 0 && Object.keys(missing).length === 0 };
}

const CATEGORY: Record<OrderKind, { code: string; display: string }> = {
	laboratory: { code: '108252007', display: 'Laboratory procedure' },
	imaging: { code: '363679005', display: 'Imaging' }
};

export function orderCarePlan(
	form: OrderForm,
	test: OrderableTest,
	stamp: EntryStamp,
	options: { reason?: Condition; encounter?: Reference<Encounter>; override?: string } = {}
): CarePlan {
	const who = staffReference(stamp.author);
	const instructions = form.instructions.trim();
	const detail: CarePlanActivity['detail'] = {
		kind: 'ServiceRequest',
		code: { coding: [{ system: test.system, code: test.code, display: test.name }], text: test.name },
		status: 'scheduled',
		description: [`Priority: ${PRIORITIES[form.priority]}.`, instructions].filter(Boolean).join(' '),
		...(options.reason ? { reasonReference: [{ reference: `Condition/${options.reason.id}`, display: conceptText(options.reason.code) }] } : {})
	};
	return {
		resourceType: 'CarePlan',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		status: 'active',
		intent: 'order',
		category: [{ coding: [{ system: TERMINOLOGY.snomed, ...CATEGORY[form.kind] }] }],
		title: `${form.kind === 'laboratory' ? 'Lab' : 'Imaging'} order: ${test.name}`,
		subject: { reference: `Patient/${stamp.patientId}` },
		...(options.encounter ? { encounter: options.encounter } : {}),
		period: { start: stamp.at },
		created: stamp.at,
		author: who,
		activity: [{ detail }],
		...(options.override ? { note: [{ authorReference: who, time: stamp.at, text: `Duplicate-test alert acknowledged: ${options.override}` }] } : {})
	};
}

/** Whether a CarePlan is a test order written by `orderCarePlan` (not a care plan). */
export function isTestOrder(plan: CarePlan): boolean {
	return plan.intent === 'order' && plan.activity?.[0]?.detail?.kind === 'ServiceRequest';
}

/** The test an order is for: its code and name. */
export function orderedTest(plan: CarePlan): { code?: string; name: string } {
	const concept = plan.activity?.[0]?.detail?.code;
	return { code: concept?.coding?.[0]?.code, name: conceptText(concept) };
}
