import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { backToLesson, openChart, recordAllergy, resetAndReopen, signInAs, startLesson, submitLesson } from './workspace';

async function enterVitals(page: Page, values: Record<string, string>) {
	await page.getByRole('tab', { name: 'Vitals' }).click();
	for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByRole('button', { name: 'Save vitals' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Saved \d+ vital-sign records/ })).toBeVisible();
}

test('record-visit-vitals: a careless attempt scores low and says why; after a reset the reference solution scores 100 %', async ({ page }) => {
	await startLesson(page, 'record-visit-vitals');
	await signInAs(page, 'medical-assistant');
	await openChart(page, 'okafor');
	// Careless: converted the weight by hand but left the scale's unit (lb) selected, and skipped the height.
	await enterVitals(page, { Systolic: '142', Diastolic: '88', 'Heart rate': '76', Temperature: '99.1', Weight: '84.8' });
	await backToLesson(page);
	await page.getByLabel('Overweight (25.0 to 29.9)').check();
	expect(await submitLesson(page)).toBe('Result: 55 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('Weight 187 lb: not yet right; expected 84.8 kg (± 0.1 kg), found 38.5 kg');
	await expect(result).toContainText('Hint: The scale reads pounds. Type 187 and keep lb selected');
	await expect(result).toContainText('Height 64 in: not yet right');
	await expect(result).toContainText('Systolic blood pressure 142 mmHg: correct; expected 142 mmHg, found 142 mmHg');

	// Reset restores the clinic as the scenario made it: the careless weight is gone.
	await resetAndReopen(page);
	await signInAs(page, 'medical-assistant');
	await openChart(page, 'okafor');
	await enterVitals(page, { Systolic: '142', Diastolic: '88', 'Heart rate': '76', Temperature: '99.1', Weight: '187', Height: '64' });
	await expect(page.getByRole('table').filter({ hasText: 'Vital signs' })).toContainText('84.8');
	await backToLesson(page);
	await page.getByLabel('Obesity (30.0 or more)').check();
	expect(await submitLesson(page)).toBe('Result: 100 %');
	await expect(page.getByTestId('lesson-history')).toContainText('Best score 100 %, latest 100 % (2 attempts) — passed.');
});

test('record-an-allergy: a free-text "sulfa" scores 0 and says why; the coded allergy with its reaction scores 100 %', async ({ page }) => {
	await startLesson(page, 'record-an-allergy');
	await signInAs(page, 'nurse');
	await openChart(page, 'delgado');
	await recordAllergy(page, { substance: 'sulfa', category: 'medication', reaction: 'Eruption of skin', severity: 'mild', criticality: 'high' });
	await backToLesson(page);
	expect(await submitLesson(page)).toBe('Result: 0 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('Sulfamethoxazole, coded, on Ms. Delgado\'s chart: not yet right; expected "10180", found "716186003"');
	await expect(result).toContainText('Hint: Pick "sulfamethoxazole" from the Substance list');
	await expect(result).toContainText(/Nothing else changed: not yet right; expected no changes beyond the task, found AllergyIntolerance\/\S+ was created/);

	await resetAndReopen(page);
	await signInAs(page, 'nurse');
	await openChart(page, 'delgado');
	await recordAllergy(page, { substance: 'sulfamethoxazole', reaction: 'Urticaria', severity: 'mild', criticality: 'low' });
	await expect(page.getByTestId('banner-allergies')).toContainText('sulfamethoxazole');
	await backToLesson(page);
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
