import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';

const AREAS = [
	{ path: '/', heading: 'Practise electronic health records before you touch a real one', nav: 'Home' },
	{ path: '/lessons', heading: 'Lessons', nav: 'Lessons' },
	{ path: '/ehr', heading: 'EHR workspace', nav: 'EHR workspace' },
	{ path: '/codes', heading: 'Encoder', nav: 'Encoder' },
	{ path: '/reports', heading: 'Reports', nav: 'Reports' },
	{ path: '/instructor', heading: 'Instructor', nav: 'Instructor' },
	{ path: '/settings', heading: 'Settings', nav: 'Settings' }
];

for (const area of AREAS) {
	test(`${area.path} passes the WCAG 2.1 AA axe rules and marks its area in the navigation`, async ({ page }) => {
		await open(page, area.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(area.heading);
		await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area.nav })).toHaveAttribute('aria-current', 'page');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('the areas can be reached with the keyboard alone, with a skip link first', async ({ page }) => {
	await open(page, '/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// From the top of a fresh page, walk forward until the Reports link has focus, then follow it.
	await open(page, '/');
	const nav = page.getByRole('navigation', { name: 'Areas' });
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		if (await nav.getByRole('link', { name: 'Reports' }).evaluate((el) => el === document.activeElement)) break;
	}
	await expect(nav.getByRole('link', { name: 'Reports' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/reports$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports');
});

test('the About page names the code sets and carries the LOINC notice', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'About Chartroom and its code sets' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Chartroom');
	await expect(page.getByText(/LOINC® is a registered trademark of Regenstrief Institute/)).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('every page carries a content security policy that allows only the site itself', async ({ page }) => {
	await open(page, '/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+/);
	expect(csp).not.toMatch(/https?:\/\//);
});

test('the footer says how much storage is used and whether it is persistent', async ({ page }) => {
	await open(page, '/settings');
	await expect(page.getByTestId('storage-summary').first()).toContainText(/Saved work uses \d/);
	await expect(page.getByTestId('storage-summary').first()).toContainText(/persistent/);
});
