import type { Page } from '@playwright/test';
import { expect, open } from '../fixtures';
import { openedWithReason } from '../clinic';
import { PRACTICE_STAFF } from '../../src/lib/session/practice-staff';
import type { Role } from '../../src/lib/session/roles';

/** Steps a learner takes in every lesson that works in the EHR workspace. */

/** Opens the lesson and sets up its clinic; the page moves to the EHR workspace. */
export async function startLesson(page: Page, lessonId: string): Promise<void> {
	await open(page, `/lessons/${lessonId}`);
	await page.getByRole('button', { name: 'Set up the clinic and open the EHR workspace' }).click();
	await page.waitForURL('**/ehr', { timeout: 60_000 });
	await expect(page.getByTestId('lesson-bar')).toBeVisible();
}

export async function signInAs(page: Page, role: Role): Promise<void> {
	const member = PRACTICE_STAFF.find((staff) => staff.role === role)!;
	// The sign-in list, not a lesson field that mentions a staff member (the page may still be changing).
	await page.getByRole('combobox', { name: 'Staff member' }).selectOption(member.id);
	await page.getByLabel('Password').fill(member.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(member.name);
}

/** Searches and opens the first match, as a learner using the keyboard would. */
export async function openChart(page: Page, query: string): Promise<void> {
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill(query);
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Enter');
	// Outside the care team the EHR asks why; a lesson's patient is the learner's to see.
	await openedWithReason(page, 'Rooming the patient for today\'s visit');
}

export async function backToLesson(page: Page): Promise<void> {
	await page.getByTestId('lesson-bar').getByRole('link', { name: 'Back to the lesson' }).click();
	await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
}

/** Submits and returns the result's heading text, e.g. "Result: 100 %". */
export async function submitLesson(page: Page): Promise<string> {
	// A retry replaces the previous result: wait for this attempt to join the history first.
	const attempts = page.getByTestId('lesson-history').getByRole('listitem');
	const before = await attempts.count();
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(attempts).toHaveCount(before + 1);
	const heading = page.getByTestId('lesson-result').getByRole('heading');
	await expect(heading).toHaveText(/Result: \d+ %/);
	return (await heading.textContent()) ?? '';
}

/** Reset lesson: the answers are cleared and the clinic restored as the scenario made it; back to the workspace. */
export async function resetAndReopen(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Reset lesson' }).click();
	await expect(page.getByTestId('lesson-workspace').getByRole('status')).toContainText('Your clinic for this lesson is ready');
	await page.getByRole('link', { name: 'Open the EHR workspace' }).click();
	await page.waitForURL('**/ehr');
	await expect(page.getByTestId('lesson-bar')).toBeVisible();
}

/** Records an allergy with the chart's allergy form (the learner is on the patient's chart). */
export async function recordAllergy(page: Page, fields: { substance: string; category?: string; reaction: string; severity: string; criticality: string }): Promise<void> {
	await page.getByRole('tab', { name: 'Allergies' }).click();
	await page.getByLabel('Substance').fill(fields.substance);
	if (fields.category) await page.getByLabel('Category').selectOption(fields.category);
	await page.getByLabel('Reaction', { exact: true }).selectOption({ label: fields.reaction });
	await page.getByLabel('Severity').selectOption(fields.severity);
	await page.getByLabel('Criticality').selectOption(fields.criticality);
	await page.getByRole('button', { name: 'Save allergy' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Saved: allergy to / })).toBeVisible();
}
