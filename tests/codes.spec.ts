import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, open, reloadHydrated, test } from './fixtures';

// The official file lives beside the project, never in it.
const ORDER_FILE = resolve('../shared/data/icd10cm_order_2022.txt');

async function expectAxeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** A rare code of the full year that Chartroom's curated set does not ship, read from the file. */
function rareCodeFromFile(): { code: string; title: string } {
	const line = readFileSync(ORDER_FILE, 'utf8')
		.split('\n')
		.find((text) => text.slice(16, 76).trim() === 'Bitten by orca, initial encounter');
	if (!line) throw new Error('the orca code is not in the order file');
	const dotless = line.slice(6, 13).trim();
	return { code: `${dotless.slice(0, 3)}.${dotless.slice(3)}`, title: line.slice(77).trim() };
}

test('the encoder finds hypertension from lay words, and the keyboard picks it', async ({ page }) => {
	await open(page, '/codes');
	await expect(page.getByRole('heading', { level: 1, name: 'Encoder' })).toBeVisible();
	await expect(page.getByTestId('code-set-label')).toContainText('ICD-10-CM FY2022');
	const box = page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
	await box.pressSequentially('high blood pressure');
	const listbox = page.getByRole('listbox', { name: 'Matching codes' });
	const i10 = listbox.getByRole('option', { name: /^I10 Essential \(primary\) hypertension/ });
	await expect(i10).toBeVisible();

	const options = await listbox.getByRole('option').allTextContents();
	const position = options.findIndex((text) => text.trim().startsWith('I10'));
	await box.press('Home');
	for (let step = 0; step < position; step++) await box.press('ArrowDown');
	await expect(i10).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await i10.getAttribute('id'))!);
	await box.press('Enter');
	await expect(box).toHaveValue('I10');
	await expect(listbox).toBeHidden();
	await expect(page.getByText('Picked I10 Essential (primary) hypertension.')).toBeVisible();

	// A header is marked, and a typed header gets the validator's finding.
	await box.fill('');
	await box.pressSequentially('E11');
	await expect(listbox.getByRole('option', { name: /^E11 Type 2 diabetes mellitus needs more characters/ })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Checks on this code' })).toContainText('E11');
	await box.press('Escape');
	await expect(listbox).toBeHidden();
	await expectAxeClean(page);
});

test('an instructor loads the real FY2022 order file; the encoder uses it and keeps it', async ({ page }) => {
	test.setTimeout(180_000);
	const rare = rareCodeFromFile();
	await open(page, '/instructor');
	await expect(page.getByRole('heading', { level: 1, name: 'Instructor' })).toBeVisible();
	const label = page.getByTestId('code-set-label');
	await expect(label).toContainText('ICD-10-CM FY2022');
	await page.getByLabel('ICD-10-CM order file').setInputFiles(ORDER_FILE);
	await expect(label).toHaveText(/^ICD-10-CM FY2022 — full set \(72,748 billable codes\), loaded \d{4}-\d{2}-\d{2}$/, { timeout: 90_000 });
	await expect(page.getByRole('status').filter({ hasText: 'Loaded icd10cm_order_2022.txt' })).toContainText('95,524 codes');
	await expect(page.getByRole('button', { name: 'Use the shipped set again' })).toBeVisible();
	await expectAxeClean(page);

	await open(page, '/codes');
	await expect(page.getByTestId('code-set-label')).toHaveText(/full set \(72,748 billable codes\), loaded/, { timeout: 30_000 });
	const box = page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
	await box.pressSequentially('bitten by orca');
	await expect(page.getByRole('option', { name: new RegExp(`^${rare.code.replace('.', '\\.')} ${rare.title}`) })).toBeVisible();

	await reloadHydrated(page);
	await expect(page.getByTestId('code-set-label')).toHaveText(/full set \(72,748 billable codes\), loaded/, { timeout: 30_000 });
	await page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }).pressSequentially(rare.code);
	await expect(page.getByRole('option', { name: new RegExp(`^${rare.code.replace('.', '\\.')} `) })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Checks on this code' })).toBeHidden();

	// Back to the shipped (or the build's) set.
	await open(page, '/instructor');
	await page.getByRole('button', { name: 'Use the shipped set again' }).click();
	await expect(label).not.toContainText('loaded', { timeout: 30_000 });
	await expect(page.getByRole('button', { name: 'Use the shipped set again' })).toBeHidden();
});

test('a file not in the order-file layout is refused whole, naming the line', async ({ page }) => {
	const broken = join(tmpdir(), `chartroom-${process.pid}-icd10cm_order_2022.txt`);
	const cholera = `00001 ${'A00'.padEnd(7)} 0 ${'Cholera'.padEnd(60)} Cholera`;
	writeFileSync(broken, `${cholera}\nthis is not an order file\n`);
	await open(page, '/instructor');
	const label = page.getByTestId('code-set-label');
	await expect(label).toContainText('ICD-10-CM FY2022');
	const before = await label.textContent();
	await page.getByLabel('ICD-10-CM order file').setInputFiles(broken);
	const problems = page.getByRole('list', { name: 'Problems with the code set' });
	await expect(problems).toContainText('line 2:');
	await expect(problems.locator('[data-code="codes.order-file-invalid"]')).toBeVisible();
	await expect(page.getByText('Nothing was stored; the code set in use is unchanged.')).toBeVisible();
	await expect(label).toHaveText(before!);
	await expectAxeClean(page);
});

test('a broken built-in full set is not used: the shipped set is, and the page says why', async ({ page }) => {
	// The build asks for the asset only when the deployer built one in (`npm run codes:import`).
	const fullSetInBuild = existsSync('static/codes/icd10cm-full.json');
	await page.context().route('**/codes/icd10cm-full.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{"system":"ICD-10-CM","fiscalYear":2022,"source":"x","codes":[["E11.9",1]]}' })
	);
	await open(page, '/instructor');
	await expect(page.getByTestId('code-set-label')).toHaveText("ICD-10-CM FY2022 — Chartroom's curated set (1,093 billable codes)");
	const refusal = page.getByRole('list', { name: 'Problems with the code set' }).locator('[data-code="codes.asset-invalid"]');
	if (fullSetInBuild) {
		await expect(refusal).toContainText('each code must be [code, 0 or 1, title]');
		await expect(refusal).toContainText('/codes/icd10cm-full.json: codes[0]');
	} else {
		await expect(refusal).toHaveCount(0);
	}
});
