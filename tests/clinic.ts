import type { Page } from '@playwright/test';
import { expect, open } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

/** Generate a synthetic clinic from the EHR workspace, as a learner does. */
export async function generateClinic(page: Page, size = '100', seed = '1042'): Promise<void> {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption(size);
	await page.getByLabel('Seed').fill(seed);
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText(`seed ${seed}: ${size} patients`, { timeout: 60_000 });
}

/** Sign in on the sign-in form shown on the current page, as one of the practice staff. */
export async function signInAs(page: Page, id: string): Promise<void> {
	const member = PRACTICE_STAFF.find((one) => one.id === id);
	if (!member) throw new Error(`no staff member ${id}`);
	await page.getByLabel('Staff member').selectOption(member.id);
	await page.getByLabel('Password').fill(member.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(member.name);
}

/**
 * After choosing a patient: outside the signed-in member's care team the EHR asks why the chart
 * is opened; give `reason` then. Returns when the chart's banner shows.
 */
export async function openedWithReason(page: Page, reason: string): Promise<void> {
	const dialog = page.getByRole('dialog', { name: 'Why are you opening this chart?' });
	await expect(page.getByTestId('patient-banner').or(dialog)).toBeVisible();
	if (await dialog.isVisible()) {
		await page.getByLabel('Reason').fill(reason);
		await dialog.getByRole('button', { name: 'Open chart' }).click();
	}
	await expect(page.getByTestId('patient-banner')).toBeVisible();
}
