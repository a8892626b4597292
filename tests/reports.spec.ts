import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

const nurse = PRACTICE_STAFF.find((s) => s.role === 'nurse')!;

// The clinic panel offers 100, 500, 1,000… patients; 500 gives every standard report a few rows.
async function generateClinic(page: Page, size = '500', seed = '1042') {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption(size);
	await page.getByLabel('Seed').fill(seed);
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText(`seed ${seed}: ${size} patients`, { timeout: 60_000 });
}

async function axeViolations(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('without a clinic, Reports says how to get one', async ({ page }) => {
	await open(page, '/reports');
	await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Generate a clinic in the EHR workspace' })).toHaveAttribute('href', '/ehr');
});

test('a learner runs diabetes with hypertension, downloads the CSV and opens a patient', async ({ page }) => {
	test.setTimeout(120_000);
	await generateClinic(page);
	await open(page, '/reports');
	await page.getByLabel('Report', { exact: true }).selectOption({ label: 'Diabetes with hypertension' });
	await page.getByRole('button', { name: 'Run report' }).click();

	const count = page.getByTestId('report-count');
	await expect(count).toContainText(/\d+ patients? as of/);
	const n = Number((await count.locator('strong').textContent())!.replace(/,/g, ''));
	expect(n).toBeGreaterThan(0);
	const table = page.getByRole('table', { name: /Diabetes with hypertension/ });
	await expect(table.getByRole('row')).toHaveCount(Math.min(n, 200) + 1);
	await expect(table.getByRole('row').nth(1)).toContainText(/E11\.\d+.*I10/);
	await expect(page.getByRole('img', { name: 'Patients by age band' })).toBeVisible();

	expect(await axeViolations(page)).toEqual([]);

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^diabetes-with-hypertension-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = await readFile((await download.path())!, 'utf8');
	const lines = csv.split('\r\n');
	expect(lines[0]).toBe('MRN,Name,Date of birth,Sex,Detail');
	expect(lines.filter(Boolean)).toHaveLength(n + 1);

	const firstName = (await table.getByRole('row').nth(1).getByRole('link').textContent())!;
	await table.getByRole('row').nth(1).getByRole('link').click();
	await page.getByLabel('Staff member').selectOption(nurse.id);
	await page.getByLabel('Password').fill(nurse.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('patient-banner').getByRole('heading', { level: 1 })).toContainText(firstName.split(',')[0]!);
});

test('a recall list records outreach and splits open from closed; a built report can be saved', async ({ page }) => {
	await generateClinic(page, '100', '7');
	await open(page, '/reports');
	await page.getByLabel('Report', { exact: true }).selectOption({ label: 'Overdue flu shot' });
	await page.getByRole('button', { name: 'Run report' }).click();
	const count = page.getByTestId('report-count');
	await expect(count).toContainText('still open');
	const table = page.getByRole('table', { name: /Overdue flu shot/ });
	const first = table.getByRole('row').nth(1);
	const name = (await first.getByRole('link').textContent())!;
	await page.getByLabel(`Outreach for ${name}`).selectOption('scheduled');
	await page.getByLabel('Show').selectOption('closed');
	await expect(table.getByRole('row')).toHaveCount(2);
	await expect(table.getByRole('row').nth(1)).toContainText(name);

	await page.getByLabel('Report', { exact: true }).selectOption({ label: 'Build your own…' });
	await page.getByLabel('ICD-10-CM codes (criterion 1)').fill('I10');
	await page.getByLabel('Criterion to add').selectOption({ label: 'Sex' });
	await page.getByRole('button', { name: 'Add criterion' }).click();
	await page.getByLabel('Sex (criterion 2)').selectOption('female');
	await page.getByLabel('Report name').fill('Women with hypertension');
	await page.getByRole('button', { name: 'Save report' }).click();
	await expect(page.getByText('Saved “Women with hypertension”.')).toBeVisible();
	await page.getByRole('button', { name: 'Run report' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Women with hypertension' })).toBeVisible();
	await expect(page.getByTestId('report-count')).toContainText(/\d+ patients? as of/);
	expect(await axeViolations(page)).toEqual([]);
});
