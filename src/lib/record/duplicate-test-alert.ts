import type { CarePlan, Observation, Procedure } from '@medplum/fhirtypes';
import type { OrderableTest } from '$lib/codes/data/orderable-tests';
import { finding, type Finding } from '$lib/findings/finding';
import { daysBetween } from './authorship';
import { conceptText } from './chart';
import { effectiveDate, observationName, observationValue } from './observations';
import { isTestOrder, orderedTest } from './order-entry';
import { displayDate } from './patient-display';

/**
 * The duplicate-test check an order meets before it is placed: the same test resulted, performed
 * or ordered within the test's repeat interval, saying when and by whom. Alerts are findings; the
 * orderer acknowledges them with a reason, or cancels.
 */
export interface TestHistory {
	labs: readonly Observation[];
	procedures: readonly Procedure[];
	carePlans: readonly CarePlan[];
}

function ago(days: number): string {
	return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

const when = (iso: string, today: string) => `${ago(daysBetween(iso, today))} (${displayDate(iso)})`;

const OPEN_ORDER: ReadonlySet<string> = new Set(['draft', 'not-started', 'scheduled', 'in-progress', 'on-hold']);

export function duplicateTestAlerts(test: OrderableTest, history: TestHistory, now: string): Finding[] {
	const today = now.slice(0, 10);
	const recent = (iso: string | undefined): iso is string => !!iso && daysBetween(iso, today) >= 0 && daysBetween(iso, today) < test.repeatAfterDays;
	const codes = new Set(test.resultCodes);
	const alerts: Finding[] = [];
	const evidence = (reference: string) => [{ test: test.code, record: reference }];

	const result = history.labs
		.filter((o) => (o.code.coding ?? []).some((c) => codes.has(c.code ?? '')) && recent(effectiveDate(o)))
		.sort((a, b) => effectiveDate(b).localeCompare(effectiveDate(a)))[0];
	if (result) {
		const by = result.performer?.[0]?.display;
		alerts.push(
			finding(
				'warning',
				'duplicate-test.resulted',
				`Observation/${result.id ?? ''}`,
				`${observationName(result)} was resulted ${when(effectiveDate(result), today)}${by ? `, performed by ${by}` : ''}: ${observationValue(result)}. A repeat within ${test.repeatAfterDays} days is rarely needed.`,
				{ evidence: evidence(`Observation/${result.id ?? ''}`) }
			)
		);
	}

	const performed = history.procedures
		.filter((p) => p.status === 'completed' && (p.code?.coding ?? []).some((c) => codes.has(c.code ?? '')))
		.map((p) => ({ p, at: p.performedDateTime ?? p.performedPeriod?.start }))
		.filter((x): x is { p: Procedure; at: string } => recent(x.at))
		.sort((a, b) => b.at.localeCompare(a.at))[0];
	if (performed) {
		const by = performed.p.performer?.[0]?.actor.display;
		alerts.push(
			finding('warning', 'duplicate-test.performed', `Procedure/${performed.p.id ?? ''}`, `${conceptText(performed.p.code)} was done ${when(performed.at, today)}${by ? ` by ${by}` : ''}.`, {
				evidence: evidence(`Procedure/${performed.p.id ?? ''}`)
			})
		);
	}

	for (const order of history.carePlans) {
		if (!isTestOrder(order) || orderedTest(order).code !== test.code || !recent(order.created)) continue;
		const status = order.activity?.[0]?.detail?.status ?? 'unknown';
		if (!OPEN_ORDER.has(status) || order.status === 'revoked' || order.status === 'entered-in-error') continue;
		alerts.push(
			finding(
				'warning',
				'duplicate-test.ordered',
				`CarePlan/${order.id ?? ''}`,
				`${orderedTest(order).name} was already ordered ${when(order.created!, today)} by ${order.author?.display ?? 'an unknown orderer'}, and that order is still open.`,
				{ evidence: evidence(`CarePlan/${order.id ?? ''}`) }
			)
		);
	}
	return alerts;
}
