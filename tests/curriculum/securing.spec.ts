import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { PRACTICE_STAFF } from '../../src/lib/session/practice-staff';
import { backToLesson, openChart, signInAs, startLesson, submitLesson } from './workspace';

const nurse = PRACTICE_STAFF.find((staff) => staff.role === 'nurse')!;

async function unlock(page: Page) {
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();
	await page.getByLabel('Password').fill(nurse.password);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toHaveCount(0);
}

test('lock-the-workstation: leaving the chart open for the idle lock to catch scores low and is flagged; locking, the idle lock and signing out score 100 %', async ({ page }) => {
	test.setTimeout(120_000);
	await startLesson(page, 'lock-the-workstation');
	await signInAs(page, 'nurse');
	await openChart(page, 'raman');
	// Careless: walks away from the open chart and lets the automatic lock catch it.
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible({ timeout: 25_000 });
	await unlock(page);
	await backToLesson(page);
	await page.getByLabel('It is only a formality: the automatic lock is enough').check();
	expect(await submitLesson(page)).toBe('Result: 25 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('Locked by hand before signing out: not yet right; expected an event action=lock, reason=manual before action=logout, found no such event');
	await expect(result).toContainText('No chart left open and unattended: not yet right; expected no privacy.unlocked-workstation flag, found privacy.unlocked-workstation');
	await expect(result).toContainText('Hint: Use the Lock button at the top of the page, or Ctrl+Alt+L');

	await page.getByRole('button', { name: 'Reset lesson' }).click();
	await expect(page.getByTestId('lesson-workspace').getByRole('status')).toContainText('Your clinic for this lesson is ready');
	await page.getByRole('link', { name: 'Open the EHR workspace' }).click();
	await signInAs(page, 'nurse');
	await openChart(page, 'raman');
	await page.getByRole('button', { name: 'Lock' }).click();
	await unlock(page);
	await page.getByRole('link', { name: '← Back to patients' }).click();
	await expect(page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone')).toBeVisible();
	// The lesson's idle time-out is 15 seconds; nothing is touched meanwhile.
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible({ timeout: 25_000 });
	await unlock(page);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await backToLesson(page);
	await page.getByLabel('Until the automatic lock, anyone passing can read the screen or act under your name').check();
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
