import type { Condition, Observation, Procedure } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { findOrderable } from '$lib/codes/data/orderable-tests';
import { duplicateTestAlerts } from './duplicate-test-alert';
import { checkOrder, EMPTY_ORDER, isTestOrder, orderCarePlan, orderedTest } from './order-entry';

const now = '2025-11-23T15:00:00.000Z';
const stamp = { patientId: 'p1', at: now, author: { id: 'md-whitfield', name: 'Dana Whitfield' }, id: 'ord-1' };
const a1c = findOrderable('4548-4')!;
const a1cForm = { ...EMPTY_ORDER, test: '4548-4', priority: 'urgent' as const, instructions: 'Fasting not needed.' };

function labResult(id: string, code: string, date: string, value: number, unit: string): Observation {
	return {
		resourceType: 'Observation',
		id,
		status: 'final',
		category: [{ coding: [{ code: 'laboratory' }] }],
		code: { coding: [{ system: 'http://loinc.org', code }], text: code === '4548-4' ? 'Hemoglobin A1c' : 'Potassium' },
		subject: { reference: 'Patient/p1' },
		effectiveDateTime: date,
		performer: [{ display: 'Hiro Sato, MD' }],
		valueQuantity: { value, unit }
	};
}

describe('checkOrder', () => {
	it('needs a test of the kind chosen', () => {
		expect(checkOrder(EMPTY_ORDER).missing).toEqual({ test: 'Choose the laboratory test.' });
		expect(checkOrder({ ...EMPTY_ORDER, kind: 'imaging', test: '4548-4' }).errors.test).toBe('Hemoglobin A1c/Hemoglobin.total in Blood is not an imaging study: choose again.');
		expect(checkOrder(a1cForm).ready).toBe(true);
	});
});

describe('orderCarePlan', () => {
	it('is an order-intent CarePlan carrying a ServiceRequest activity with the LOINC code, reason and orderer', () => {
		const reason = { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, code: { text: 'Type 2 diabetes' } } as Condition;
		const order = orderCarePlan(a1cForm, a1c, stamp, { reason, encounter: { reference: 'Encounter/e1' } });
		expect(order).toMatchObject({
			resourceType: 'CarePlan',
			status: 'active',
			intent: 'order',
			category: [{ coding: [{ system: 'http://snomed.info/sct', code: '108252007', display: 'Laboratory procedure' }] }],
			title: 'Lab order: Hemoglobin A1c/Hemoglobin.total in Blood',
			encounter: { reference: 'Encounter/e1' },
			created: now,
			author: { display: 'Dana Whitfield' },
			activity: [
				{
					detail: {
						kind: 'ServiceRequest',
						code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
						status: 'scheduled',
						description: 'Priority: Urgent. Fasting not needed.',
						reasonReference: [{ reference: 'Condition/c1', display: 'Type 2 diabetes' }]
					}
				}
			]
		});
		expect(isTestOrder(order)).toBe(true);
		expect(orderedTest(order).code).toBe('4548-4');
	});
});

describe('duplicateTestAlerts', () => {
	it('says when and by whom the same test was resulted within its repeat interval', () => {
		const alerts = duplicateTestAlerts(a1c, { labs: [labResult('o1', '4548-4', '2025-10-09T10:00:00Z', 7.2, '%'), labResult('o0', '4548-4', '2025-05-01T10:00:00Z', 7.9, '%')], procedures: [], carePlans: [] }, now);
		expect(alerts).toEqual([
			{
				severity: 'warning',
				code: 'duplicate-test.resulted',
				where: 'Observation/o1',
				message: 'Hemoglobin A1c was resulted 45 days ago (10/09/2025), performed by Hiro Sato, MD: 7.2 %. A repeat within 90 days is rarely needed.',
				evidence: [{ test: '4548-4', record: 'Observation/o1' }]
			}
		]);
	});

	it('a result older than the interval is no duplicate; a panel counts any of its results', () => {
		expect(duplicateTestAlerts(a1c, { labs: [labResult('o0', '4548-4', '2025-05-01T10:00:00Z', 7.9, '%')], procedures: [], carePlans: [] }, now)).toEqual([]);
		const bmp = findOrderable('51990-0')!;
		expect(duplicateTestAlerts(bmp, { labs: [labResult('k1', '2823-3', '2025-11-20T08:00:00Z', 4.1, 'mmol/L')], procedures: [], carePlans: [] }, now).map((a) => a.message)).toEqual([
			'Potassium was resulted 3 days ago (11/20/2025), performed by Hiro Sato, MD: 4.1 mmol/L. A repeat within 30 days is rarely needed.'
		]);
	});

	it('an open order for the same test is a duplicate, with who ordered it; a cancelled one is not', () => {
		const open = orderCarePlan(a1cForm, a1c, { ...stamp, at: '2025-11-23T09:00:00.000Z' });
		expect(duplicateTestAlerts(a1c, { labs: [], procedures: [], carePlans: [open] }, now).map((a) => a.message)).toEqual([
			'Hemoglobin A1c/Hemoglobin.total in Blood was already ordered today (11/23/2025) by Dana Whitfield, and that order is still open.'
		]);
		const cancelled = { ...open, activity: [{ detail: { ...open.activity![0]!.detail!, status: 'cancelled' as const } }] };
		expect(duplicateTestAlerts(a1c, { labs: [], procedures: [], carePlans: [cancelled] }, now)).toEqual([]);
	});

	it('an imaging study done recently is a duplicate', () => {
		const xray: Procedure = {
			resourceType: 'Procedure',
			id: 'pr1',
			status: 'completed',
			subject: { reference: 'Patient/p1' },
			code: { coding: [{ system: 'http://snomed.info/sct', code: '168731009', display: 'Standard chest X-ray (procedure)' }], text: 'Chest X-ray' },
			performedDateTime: '2025-11-13T10:00:00Z',
			performer: [{ actor: { display: 'Hiro Sato, MD' } }]
		};
		expect(duplicateTestAlerts(findOrderable('168731009')!, { labs: [], procedures: [xray], carePlans: [] }, now).map((a) => a.message)).toEqual([
			'Chest X-ray was done 10 days ago (11/13/2025) by Hiro Sato, MD.'
		]);
	});
});
