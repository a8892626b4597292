import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';
import { ROLE_TITLES } from '../src/lib/session/roles';

const assistant = PRACTICE_STAFF.find((s) => s.role === 'medical-assistant')!;

async function generateClinic(page: Page, size: string, seed: string) {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption(size);
	await page.getByLabel('Seed').fill(seed);
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText(`seed ${seed}: ${size} patients`, { timeout: 60_000 });
}

async function signIn(page: Page, member = assistant) {
	await page.getByLabel('Staff member').selectOption(member.id);
	await page.getByLabel('Password').fill(member.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(`${member.name} · ${ROLE_TITLES[member.role]}`);
}

async function auditActions(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const req = indexedDB.open('chartroom');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const all = req.result.transaction('audit').objectStore('audit').getAll();
					all.onsuccess = () => resolve(all.result.map((e: { action: string; section?: string }) => (e.section ? `${e.action}:${e.section}` : e.action)));
				};
			})
	);
}

test('a learner generates a clinic, signs in, finds a patient by keyboard and reads the chart', async ({ page }) => {
	await generateClinic(page, '100', '1042');
	await expect(page.getByTestId('clinic-summary')).toContainText('seed 1042: 100 patients');

	await page.getByLabel('Password').fill('not-the-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('That staff member and password do not match. Check the practice password and try again.');
	await signIn(page);

	const firstRow = page.getByRole('table').getByRole('row').nth(1);
	const family = (await firstRow.getByRole('link').textContent())!.split(',')[0]!;
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill(family.toLowerCase());
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option').first()).toContainText(family);
	await page.keyboard.press('Enter');

	const banner = page.getByTestId('patient-banner');
	await expect(banner.getByRole('heading', { level: 1 })).toContainText(family);
	await expect(banner).toContainText('MRN');
	await expect(page.getByTestId('banner-allergies')).toContainText(/Allergies: (No known allergies|Allergies not recorded|\w)/);

	// Tabs follow the WAI-ARIA pattern: arrow keys move between sections.
	await page.getByRole('tab', { name: 'Summary' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Demographics & insurance' })).toHaveAttribute('aria-selected', 'true');
	await page.getByRole('tab', { name: 'Vitals' }).click();
	await expect(page.getByRole('table').filter({ hasText: 'Vital signs' })).toBeVisible();

	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	await expect.poll(() => auditActions(page)).toEqual(
		expect.arrayContaining(['login', 'search', 'view:summary', 'view-end:summary', 'view:demographics', 'view:vitals'])
	);
});

test('locking hides every patient detail, even the tab title, until the password is typed', async ({ page }) => {
	await generateClinic(page, '100', '7');
	await signIn(page);
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await expect(page.getByTestId('patient-banner')).toBeVisible();
	const name = await page.getByTestId('patient-banner').getByRole('heading').textContent();

	await page.keyboard.press('Control+Alt+l');
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();
	await expect(page.getByTestId('patient-banner')).toHaveCount(0);
	await expect(page).toHaveTitle('Workstation locked — Chartroom');
	expect(await page.content()).not.toContain(name!);

	// A reload does not get round the lock.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();

	await page.getByLabel('Password').fill('wrong');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('alert')).toHaveText('Wrong password. The workstation stays locked.');
	await page.getByLabel('Password').fill(assistant.password);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByTestId('patient-banner').getByRole('heading')).toHaveText(name!);
	await expect.poll(() => auditActions(page)).toEqual(expect.arrayContaining(['lock', 'unlock']));
});

test('cancelling a generation leaves the previous clinic exactly as it was', async ({ page }) => {
	await generateClinic(page, '100', '1042');
	await page.getByText('Generate a different clinic').click();
	await page.getByLabel('Patients', { exact: true }).selectOption('5000');
	await page.getByLabel('Seed').fill('99');
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await expect.poll(async () => Number(await page.getByRole('progressbar').getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Generation cancelled. The previous clinic is unchanged.' })).toBeVisible();
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByTestId('clinic-summary')).toContainText('seed 1042: 100 patients');
});

test('a chart exports as a FHIR Bundle, and a bundle imports whole or not at all', async ({ page }) => {
	await generateClinic(page, '100', '1042');
	// Exporting a whole chart is for the physician (and the privacy officer); the first patient is on Dr. Whitfield's book.
	await signIn(page, PRACTICE_STAFF.find((s) => s.id === 'md-whitfield')!);
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await expect(page.getByTestId('patient-banner')).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export chart (FHIR Bundle)' }).click()]);
	const bundle = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
	expect(bundle.resourceType).toBe('Bundle');
	expect(bundle.entry[0].resource.resourceType).toBe('Patient');
	expect(bundle.entry.length).toBeGreaterThan(5);
	await expect.poll(() => auditActions(page)).toContain('export:all');

	// Re-import it as a new patient; then a broken and a hostile file are refused whole.
	const patient = bundle.entry[0].resource;
	patient.id = 'imported-1';
	patient.identifier = [];
	patient.name = [{ family: 'Imported', given: ['Ines'] }];
	const reimport = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient }] };
	await page.goto('/ehr');
	await page.getByText('Import patients from a FHIR bundle').click();
	const input = page.getByLabel('Bundle file (.json, up to 50 MB)');
	await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(reimport)) });
	await expect(page.getByRole('status').filter({ hasText: 'Imported 1 patient (1 records) from good.json.' })).toBeVisible();

	const broken = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { ...patient, id: 'imported-2' } }, { resource: { resourceType: 'Encounter', id: 'e-x', class: { code: 'AMB' } } }] };
	await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
	await expect(page.getByRole('list', { name: 'Import problems' })).toContainText('Encounter.status is required by FHIR R4 and is missing.');
	await input.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__": {"polluted": 1}, "resourceType": "Bundle"}') });
	await expect(page.getByRole('list', { name: 'Import problems' })).toContainText('This file contains the key "__proto__"');
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted ?? 'clean')).toBe('clean');

	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('imported');
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option')).toHaveCount(1);
});

test('recording vitals: a wrong unit is caught next to the field, the draft survives a reload, and the save is audited', async ({ page }) => {
	await generateClinic(page, '100', '1042');
	await signIn(page);
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await page.getByRole('tab', { name: 'Vitals' }).click();

	await page.getByLabel('Systolic').fill('132');
	await page.getByLabel('Diastolic').fill('84');
	// A temperature in Celsius typed while the unit says °F.
	await page.getByLabel('Temperature', { exact: true }).fill('37');
	await expect(page.getByText('Temperature 37 °F is not plausible (expected 95–106.7 °F). Check the number and the unit.')).toBeVisible();
	await expect(page.getByLabel('Temperature', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('button', { name: 'Save vitals' })).toBeDisabled();
	await page.getByLabel('Weight', { exact: true }).fill('154');
	await page.getByLabel('Height', { exact: true }).fill('68');
	await expect(page.getByTestId('bmi')).toHaveText('23.4 kg/m²');

	await page.waitForTimeout(700); // the draft is saved after a pause in typing
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.getByRole('tab', { name: 'Vitals' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your unsaved vitals were restored.' })).toBeVisible();
	await expect(page.getByLabel('Systolic')).toHaveValue('132');
	await expect(page.getByLabel('Temperature', { exact: true })).toHaveValue('37');

	await page.getByLabel('Temperature unit').selectOption('°C');
	await expect(page.getByRole('button', { name: 'Save vitals' })).toBeEnabled();
	await page.getByRole('button', { name: 'Save vitals' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved 5 vital-sign records.' })).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Vital signs' }).getByRole('row').nth(1)).toContainText(/132\/84 mmHg|37 °C|69\.9 kg|172\.7 cm|23\.4 kg\/m²/);
	await expect.poll(async () => (await auditActions(page)).filter((a) => a === 'create:vitals').length).toBe(5);
});
