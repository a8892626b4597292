import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { backToLesson, openChart, recordAllergy, resetAndReopen, signInAs, startLesson, submitLesson } from './workspace';

/**
 * Charting from what others wrote or did: a scanned paper intake form transcribed and verified,
 * and a lab order that the duplicate-test alert shows is not needed. Each lesson: a careless
 * attempt scores low with the reason, then after a reset the reference work scores 100 %.
 */

async function verifyAgainstPaper(page: Page) {
	await page.getByRole('tab', { name: 'Documents' }).click();
	const scan = page.getByRole('article', { name: /Scanned intake form — scanned/ });
	await scan.getByRole('button', { name: 'Verify against paper' }).click();
	return scan.getByRole('region', { name: 'Verification against the paper' });
}

test('transcribe-a-paper-intake: a misread reaction and a skipped medication score low and say why; the paper transcribed and verified scores 100 %', async ({ page }) => {
	await startLesson(page, 'transcribe-a-paper-intake');
	await signInAs(page, 'nurse');
	await openChart(page, 'pruitt');
	// The lesson's chart already holds the scanned form, and the verification names what the paper adds.
	const verification = await verifyAgainstPaper(page);
	await expect(verification.locator('ul[data-kind="omission"]')).toContainText('The paper lists an allergy to azithromycin');
	await expect(verification.locator('ul[data-kind="omission"]')).toContainText('The paper lists paroxetine hydrochloride 20 MG Oral Tablet');
	await expect(verification.locator('ul[data-kind="mismatch"]')).toContainText('Phone differs: the paper says (614) 555-2479');

	// Careless: the reaction a drug rash "usually" is, a guessed severity, no medication, the old number.
	await recordAllergy(page, { substance: 'azithromycin', reaction: 'Urticaria', severity: 'severe', criticality: 'low' });
	await backToLesson(page);
	await page.getByLabel('What number did she write?').fill('(614) 555-2851');
	await page.getByLabel('Write it in a nursing note so that it is in the chart').check();
	expect(await submitLesson(page)).toBe('Result: 31 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('The reaction as written on the paper: not yet right; expected "271807003", found "126485001"');
	await expect(result).toContainText('Hint: Transcribe the reaction the patient wrote, not the one you expect for that drug.');
	await expect(result).toContainText('The medication on the paper, in the medication history: not yet right; expected "1738495", found nothing');
	await expect(result).toContainText('The phone number on the paper: not yet right');
	await expect(result).toContainText("The allergy on the paper, coded, on Ms. Pruitt's chart: correct");

	await resetAndReopen(page);
	await signInAs(page, 'nurse');
	await openChart(page, 'pruitt');
	await recordAllergy(page, { substance: 'azithromycin', reaction: 'Eruption of skin', severity: 'mild', criticality: 'low' });
	await page.getByRole('tab', { name: 'Medications' }).click();
	await page.getByLabel('Drug (RxNorm)').selectOption('1738495');
	await page.getByLabel('Dose (tablets)').fill('1');
	await page.getByLabel('Route').selectOption('oral');
	await page.getByLabel('Frequency').selectOption('QD');
	await page.getByRole('button', { name: 'Record medication' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: paroxetine hydrochloride 20 MG Oral Tablet recorded.' })).toBeVisible();
	// Verified again: nothing clinical is missing; only the phone, which the front desk keeps, differs.
	const again = await verifyAgainstPaper(page);
	await expect(again.locator('ul[data-kind="match"]')).toContainText('azithromycin matches the paper (Eruption of skin, mild).');
	await expect(again).toContainText('1 differs, 0 missing from the chart');
	await backToLesson(page);
	await page.getByLabel('What number did she write?').fill('614-555-2479');
	await page.getByLabel('Ask the front desk to confirm it with her and update her registration').check();
	expect(await submitLesson(page)).toBe('Result: 100 %');
});

test('avoid-a-duplicate-lab-order: ordering the A1c anyway scores low and says why; cancelling at the alert and ordering what is due scores 100 %', async ({ page }) => {
	await startLesson(page, 'avoid-a-duplicate-lab-order');
	await signInAs(page, 'physician');
	await openChart(page, 'abernathy');
	await page.getByRole('tab', { name: 'Orders' }).click();
	const alert = page.getByRole('alertdialog', { name: 'Duplicate-test alert' });

	// Careless: reads past the alert and orders the A1c anyway, then the panel; quotes an older A1c.
	await page.getByLabel('Laboratory test').selectOption('4548-4');
	await page.getByRole('button', { name: 'Place order' }).click();
	// The alert counts from the clinic's today (the scenario's), naming when, by whom and the value.
	await expect(alert).toContainText('Hemoglobin A1c/Hemoglobin.total in Blood was resulted 42 days ago (04/22/2024), performed by Dr. Alisa Pfannerstill, DO: 8.9 %');
	await alert.getByLabel('Reason to go ahead').fill('Protocol says every visit');
	await alert.getByRole('button', { name: 'Order anyway' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ordered: Hemoglobin A1c/Hemoglobin.total in Blood.' })).toBeVisible();
	await page.getByLabel('Laboratory test').selectOption('51990-0');
	await page.getByRole('button', { name: 'Place order' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ordered: Basic metabolic panel - Blood.' })).toBeVisible();
	await backToLesson(page);
	await page.getByLabel('What was her last hemoglobin A1c result?').fill('8.3');
	expect(await submitLesson(page)).toBe('Result: 38 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText(/No repeat hemoglobin A1c: not yet right; expected no value, found CarePlan\/\S+/);
	await expect(result).toContainText('Hint: The duplicate-test alert said when the last A1c was resulted.');
	await expect(result).toContainText('Basic metabolic panel ordered for Ms. Abernathy: correct');
	await expect(result).toContainText('The last A1c: not yet right; expected 8.9 %, found 8.3');

	await resetAndReopen(page);
	await signInAs(page, 'physician');
	await openChart(page, 'abernathy');
	await page.getByRole('tab', { name: 'Orders' }).click();
	await page.getByLabel('Laboratory test').selectOption('4548-4');
	await page.getByRole('button', { name: 'Place order' }).click();
	await expect(alert).toContainText('8.9 %');
	await alert.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Not ordered: you cancelled at the duplicate-test alert.' })).toBeVisible();
	await page.getByLabel('Laboratory test').selectOption('51990-0');
	await page.getByRole('button', { name: 'Place order' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ordered: Basic metabolic panel - Blood.' })).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Test orders' })).not.toContainText('Hemoglobin A1c');
	await backToLesson(page);
	await page.getByLabel('What was her last hemoglobin A1c result?').fill('8.9 %');
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
