import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

type Audit = { seq: number; action: string; outcome: string; user: string; patient?: string; section?: string; reason?: string; workstation: string };

function staff(id: string) {
	const member = PRACTICE_STAFF.find((one) => one.id === id);
	if (!member) throw new Error(`no staff member ${id}`);
	return member;
}

async function generateClinic(page: Page, size = '100', seed = '1042') {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption(size);
	await page.getByLabel('Seed').fill(seed);
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText(`seed ${seed}: ${size} patients`, { timeout: 60_000 });
}

async function signIn(page: Page, id: string) {
	const member = staff(id);
	await page.getByLabel('Staff member').selectOption(member.id);
	await page.getByLabel('Password').fill(member.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(member.name);
}

async function auditLog(page: Page): Promise<Audit[]> {
	return page.evaluate(
		() =>
			new Promise<Audit[]>((resolve, reject) => {
				const request = indexedDB.open('chartroom');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('audit').objectStore('audit').getAll();
					all.onsuccess = () => resolve(all.result as Audit[]);
				};
			})
	);
}

async function expectAccessible(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the front desk sees demographics and documents only; reaching the notes or labs is refused and audited', async ({ page }) => {
	await generateClinic(page);
	await signIn(page, 'fd-alvarez');
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	const banner = page.getByTestId('patient-banner');
	await expect(banner).toBeVisible();
	// On today's book, so on the front desk's care team: no reason asked.
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByRole('tab')).toHaveText(['Demographics & insurance', 'Documents']);
	await expect(page.getByRole('tab', { name: 'Demographics & insurance' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('heading', { name: 'Insurance' })).toBeVisible();
	await expect(page.getByTestId('banner-allergies')).toHaveText('Allergies: not shown for your role');

	await page.keyboard.press('Alt+Shift+KeyN');
	await expect(page.getByTestId('access-refusal')).toContainText('Your role does not allow this part of the chart.');
	await expect(page.getByRole('tab', { name: 'Notes' })).toHaveCount(0);
	await expectAccessible(page);

	const chartUrl = page.url().replace(/#.*$/, '');
	await page.goto(`${chartUrl}#labs`);
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByTestId('access-refusal')).toContainText('Your role does not allow this part of the chart.');
	await expect(page.getByRole('heading', { name: 'Laboratory results' })).toHaveCount(0);

	await expect
		.poll(async () => (await auditLog(page)).filter((r) => r.outcome === 'refused').map((r) => `${r.user} ${r.action} ${r.section}`))
		.toEqual(['fd-alvarez view notes', 'fd-alvarez view labs']);
	const views = (await auditLog(page)).filter((r) => r.action === 'view' && r.outcome === 'success').map((r) => r.section);
	expect(views).not.toContain('notes');
	expect(views).not.toContain('labs');
});
