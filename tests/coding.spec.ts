import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { generateClinic, signInAs } from './clinic';
import { storedRows } from './indexeddb';

type Audit = { action: string; outcome: string; user: string; section?: string; resource?: string; patient?: string };
type Row<T> = { id: string; resource: T };
type StoredClaim = { status: string; diagnosis?: { diagnosisCodeableConcept?: { coding?: { code?: string }[] } }[]; item?: { diagnosisSequence?: number[]; productOrService: { coding?: { code?: string }[] } }[] };

async function expectAxeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Types into the focused diagnosis picker and picks the first match with Enter. */
async function pickDiagnosis(page: Page, typed: string, expected: string) {
	await expect(page.getByLabel('Add a diagnosis (ICD-10-CM)')).toBeFocused();
	await page.keyboard.type(typed);
	await expect(page.getByRole('listbox', { name: 'Matching codes' }).getByRole('option').first()).toContainText(expected);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('coding-message')).toContainText(`Added ${expected}`);
}

async function findings(page: Page): Promise<string[]> {
	return page.getByTestId('claim-check').locator('[data-code]').evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
}

test('a coder takes an encounter from the queue to a clean, submitted claim with the keyboard alone', async ({ page }) => {
	test.setTimeout(120_000);
	await generateClinic(page);
	await signInAs(page, 'cd-mbeki');

	// The header leads to the coding queue.
	await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Coding' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Coding queue' })).toBeVisible();
	await expect(page.getByTestId('queue-summary')).toContainText(/\d+ encounters? waits? for coding/);
	const rows = page.getByRole('table').getByRole('row');
	expect(await rows.count()).toBeGreaterThan(1);
	await expect(rows.nth(1)).toContainText('Ready to code');
	await expectAxeClean(page);

	// Take the oldest encounter.
	const first = rows.nth(1).getByRole('link');
	const patientName = (await first.textContent())!.trim();
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('patient-banner').getByRole('heading', { level: 1 })).toHaveText(patientName);
	await expect(page.getByRole('heading', { name: "Provider's note" })).toBeVisible();
	await expect(page.getByLabel('Note text')).toContainText(/\w/);
	await expect(page.getByTestId('coding-status')).toHaveText('Ready to code');

	// A category header as diagnosis A, hypertension as B; a visit line with no pointer.
	await page.getByLabel('Add a diagnosis (ICD-10-CM)').focus();
	await pickDiagnosis(page, 'E11', 'E11');
	await pickDiagnosis(page, 'I10', 'I10');
	await expect(page.getByTestId('diagnosis')).toHaveCount(2);

	await page.getByLabel('Service code').focus();
	await page.keyboard.type('99213');
	await expect(page.locator('#service-code-help')).toContainText('CPT 99213');
	await page.keyboard.press('Tab'); // units: 1
	await page.keyboard.press('Tab'); // pointers: left blank
	await expect(page.getByLabel('Diagnosis pointers', { exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('service-line')).toHaveCount(1);
	await expect(page.getByTestId('lines-total')).toHaveText('$120.00');

	// The scrubber flags the header code and the missing pointer; the claim cannot go out.
	await expect.poll(() => findings(page)).toEqual(['claim.not-billable', 'claim.missing-pointer']);
	await expect(page.getByTestId('claim-check')).toContainText('Diagnosis A: E11 is a category: it needs more characters (e.g. E11.9).');
	await expect(page.getByTestId('claim-check')).toContainText('Line 1 (CPT 99213) has no diagnosis pointer');
	await expectAxeClean(page);

	// Fix the header: "Go to the field" lands on its Remove button; then code to the highest specificity.
	const check = page.getByTestId('claim-check');
	await check.locator('[data-code="claim.not-billable"]').getByRole('button', { name: 'Go to the field' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Remove E11' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('diagnosis')).toHaveCount(1);
	await page.getByLabel('Add a diagnosis (ICD-10-CM)').focus();
	await pickDiagnosis(page, 'E11.9', 'E11.9');

	// Fix the pointer: the line treats both diagnoses.
	await check.locator('[data-code="claim.missing-pointer"]').getByRole('button', { name: 'Go to the field' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Diagnosis pointers, line 1')).toBeFocused();
	await page.keyboard.type('AB');
	await expect(check).toContainText('Clean claim: nothing a payer would reject.');

	// Save and review the claim: the CMS-1500 data.
	await page.getByRole('button', { name: 'Save and review the claim' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: `Claim for ${patientName}` })).toBeVisible();
	const form = page.getByTestId('claim-form');
	await expect(form.getByRole('list', { name: 'Diagnoses A to L' })).toHaveText(/A\.\s*I10.*B\.\s*E11\.9/s);
	await expect(form.getByRole('table')).toContainText('CPT 99213');
	await expect(page.getByTestId('claim-total')).toHaveText('$120.00');
	await expect(page.getByTestId('claim-status')).toHaveText('Draft, not submitted');
	await expectAxeClean(page);

	await page.getByRole('button', { name: 'Submit claim' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('submit-result')).toContainText('Submitted to');
	await expect(page.getByTestId('claim-status')).toHaveText('Submitted');

	// The record: an active Claim with the codes and pointers, and every step audited.
	const claims = await storedRows<Row<StoredClaim>>(page, 'Claim');
	expect(claims).toHaveLength(1);
	const claim = claims[0]!.resource;
	expect(claim.status).toBe('active');
	expect(claim.diagnosis?.map((d) => d.diagnosisCodeableConcept?.coding?.[0]?.code)).toEqual(['I10', 'E11.9']);
	expect(claim.item?.map((i) => [i.productOrService.coding?.[0]?.code, i.diagnosisSequence])).toEqual([['99213', [1, 2]]]);
	const audits = (await storedRows<Audit>(page, 'audit')).filter((a) => a.user === 'cd-mbeki');
	const seen = audits.map((a) => `${a.action}:${a.section ?? ''}:${a.resource?.split('/')[0] ?? ''}`);
	expect(seen).toEqual(
		expect.arrayContaining(['search:billing:', 'view:billing:Patient', 'view:notes:Patient', 'create:billing:Claim', 'update:billing:Claim', 'update:billing:Encounter', 'view:insurance:Patient'])
	);

	// Back in the queue, the encounter is done.
	await page.getByRole('link', { name: '← Back to the coding queue' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('queue-summary')).toBeVisible();
	await page.getByLabel('Show claims already submitted').focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('row').filter({ hasText: 'Claim submitted' })).toHaveCount(1);
});

test('a coder queries the provider and the queue shows the encounter waiting for the answer', async ({ page }) => {
	await generateClinic(page, '100', '77');
	await signInAs(page, 'cd-mbeki');
	await open(page, '/coding');
	const row = page.getByRole('table').getByRole('row').nth(1);
	await row.getByRole('link').click();
	await expect(page.getByRole('heading', { name: 'Query the provider' })).toBeVisible();

	await page.getByRole('button', { name: 'Send query' }).click();
	await expect(page.locator('#query-question-error')).toHaveText('Write the question for the provider.');
	await page.getByLabel(/Question for/).fill('The note lists the A1c but not whether the diabetes is controlled: please document.');
	await page.getByRole('button', { name: 'Send query' }).click();
	await expect(page.getByTestId('coding-message')).toContainText('Query sent to');
	await expect(page.getByTestId('coding-status')).toHaveText('Query to provider');

	await open(page, '/coding');
	await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Query to provider' })).toHaveCount(1);
});

test('staff without billing access are refused the coding queue, and the refusal is recorded', async ({ page }) => {
	await generateClinic(page, '100', '1042');
	await signInAs(page, 'fd-alvarez');
	await open(page, '/coding');
	await expect(page.getByRole('alert')).toContainText('has no access to billing');
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect
		.poll(async () => (await storedRows<Audit>(page, 'audit')).filter((a) => a.user === 'fd-alvarez' && a.outcome === 'refused' && a.section === 'billing').length)
		.toBeGreaterThan(0);
});
