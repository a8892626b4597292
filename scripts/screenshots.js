// `node scripts/screenshots.js`: serve build/ and photograph the app for the README and notes.
// Keeps the README's pictures current: run it after `npm run build`.
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.js';
import { serveBuild } from './serve-build.js';

const server = await serveBuild({ port: 4176 });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
	const go = async (/** @type {string} */ path) => {
		await page.goto(server.url + path);
		await page.locator('html[data-hydrated="true"]').waitFor();
	};
	const shoot = async (/** @type {string} */ file) => {
		await page.screenshot({ path: file });
		console.log(`wrote ${file}`);
	};

	await go('/');
	await page.getByTestId('storage-summary').filter({ hasText: 'Saved work uses' }).first().waitFor();
	await shoot('docs/screenshot-home.png');

	// A small clinic, a medical assistant signed in, a search with similar names.
	await go('/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption('500');
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await page.getByTestId('clinic-summary').waitFor({ timeout: 120_000 });
	await page.getByLabel('Staff member').selectOption('ma-chen');
	await page.getByLabel('Password').fill('Maple-Canoe-28');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('jo');
	await page.getByRole('listbox').waitFor();
	await shoot('docs/screenshot-search.png');

	await page.keyboard.press('Enter');
	// Outside the care team the EHR asks why the chart is opened.
	const reason = page.getByRole('dialog', { name: 'Why are you opening this chart?' });
	await page.getByTestId('patient-banner').or(reason).waitFor();
	if (await reason.isVisible()) {
		await page.getByLabel('Reason').fill('Rooming the patient for today\'s visit');
		await reason.getByRole('button', { name: 'Open chart' }).click();
	}
	await page.getByTestId('patient-banner').waitFor();
	await page.getByRole('tab', { name: 'Summary' }).waitFor();
	await shoot('docs/screenshot-chart.png');

	await page.getByRole('tab', { name: 'Vitals' }).click();
	await page.getByLabel('Systolic').fill('132');
	await page.getByLabel('Diastolic').fill('84');
	await page.getByLabel('Temperature', { exact: true }).fill('37');
	await page.getByLabel('Weight', { exact: true }).fill('154');
	await page.getByLabel('Height', { exact: true }).fill('68');
	await shoot('docs/screenshot-vitals-error.png');
} finally {
	await browser.close();
	await server.close();
}
