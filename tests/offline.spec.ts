import { expect, open, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit, Chartroom loads and moves between areas with the network off', async ({ page, context }) => {
	await open(page, '/');
	// The first visit installs the offline copy; wait until it controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await page.reload();

	await context.setOffline(true);
	await open(page, '/lessons');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	// A page this tab never opened comes from the offline copy too.
	await open(page, '/ehr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('EHR workspace');
	await context.setOffline(false);
});
