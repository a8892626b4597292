import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { backToLesson, resetAndReopen, signInAs, startLesson, submitLesson } from './workspace';

const SPECIFIC = 'Which ICD-10-CM code does the provider';

async function openVisitFromQueue(page: Page) {
	await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Coding' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Coding queue' })).toBeVisible();
	await page.getByRole('table').getByRole('row').filter({ hasText: 'Brandt, Walter' }).getByRole('link').click();
	await expect(page.getByLabel('Note text')).toContainText('E11.65 Type 2 diabetes mellitus with hyperglycemia');
}

async function addDiagnosis(page: Page, code: string) {
	await page.getByLabel('Add a diagnosis (ICD-10-CM)').fill(code);
	await expect(page.getByRole('listbox', { name: 'Matching codes' }).getByRole('option').first()).toContainText(code);
	await page.getByLabel('Add a diagnosis (ICD-10-CM)').press('Enter');
	await expect(page.getByTestId('coding-message')).toContainText(`Added ${code}`);
}

/** The encounter form as the provider marked it: I10, then the category E11; the visit line points nowhere. */
async function enterTheFormAsMarked(page: Page) {
	await addDiagnosis(page, 'I10');
	await addDiagnosis(page, 'E11');
	await page.getByLabel('Service code').fill('99213');
	await page.getByRole('button', { name: 'Add line' }).click();
	await expect(page.getByTestId('service-line')).toHaveCount(1);
	const check = page.getByTestId('claim-check');
	await expect
		.poll(() => check.locator('[data-code]').evaluateAll((items) => items.map((i) => i.getAttribute('data-code'))))
		.toEqual(['claim.not-billable', 'claim.missing-pointer']);
	await expect(check).toContainText('Diagnosis B: E11 is a category: it needs more characters');
}

async function submitTheClaim(page: Page) {
	await expect(page.getByTestId('claim-check')).toContainText('Clean claim: nothing a payer would reject.');
	await page.getByRole('button', { name: 'Save and review the claim' }).click();
	await page.getByRole('button', { name: 'Submit claim' }).click();
	await expect(page.getByTestId('claim-status')).toHaveText('Submitted');
}

test('fix-what-the-scrubber-flags: a claim sent with an unspecific code and the wrong primary scores low; every flag fixed from the note, 100 %', async ({ page }) => {
	test.setTimeout(90_000);
	await startLesson(page, 'fix-what-the-scrubber-flags');
	await signInAs(page, 'coder');
	await openVisitFromQueue(page);
	await enterTheFormAsMarked(page);
	// Careless: swaps E11 for the first code that clears the edit and points the line at A (the hypertension).
	await page.getByRole('button', { name: 'Remove E11' }).click();
	await addDiagnosis(page, 'E11.9');
	await page.getByLabel('Diagnosis pointers, line 1').fill('A');
	await submitTheClaim(page);
	await backToLesson(page);
	await page.getByLabel('A service line has no diagnosis pointer').check();
	await page.getByLabel('No insurance is on the claim').check();
	await page.getByLabel(SPECIFIC).fill('E11.9');
	expect(await submitLesson(page)).toBe('Result: 33 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('Diagnosis A is the reason for the visit: not yet right; expected "E11.65", found "I10"');
	await expect(result).toContainText('Hint: The visit was a diabetes follow-up, so the diabetes is listed first (A)');
	await expect(result).toContainText('The diabetes coded as specifically as the note allows: not yet right; expected "E11.65", found "I10", "E11.9"');
	await expect(result).toContainText('The code that replaces E11: partly right; expected E11.65, found E11.9');
	await expect(result).toContainText('Long-term use of oral diabetes drugs: not yet right');

	await resetAndReopen(page);
	await signInAs(page, 'coder');
	await openVisitFromQueue(page);
	await enterTheFormAsMarked(page);
	await page.getByRole('button', { name: 'Remove E11' }).click();
	await addDiagnosis(page, 'E11.65');
	await page.getByRole('button', { name: 'Move E11.65 up' }).click();
	await addDiagnosis(page, 'Z79.84');
	await page.getByLabel('Diagnosis pointers, line 1').fill('ABC');
	await submitTheClaim(page);
	await backToLesson(page);
	await page.getByLabel('A diagnosis is a category code: it needs more characters').check();
	await page.getByLabel('A service line has no diagnosis pointer').check();
	await page.getByLabel(SPECIFIC).fill('E11.65');
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
