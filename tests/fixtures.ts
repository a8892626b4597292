import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs under two standing rules: Chartroom never contacts another origin,
 * and a page never logs an error (CSP violations are logged as errors). A test that breaks
 * either fails, whatever it was checking.
 */
export const test = base.extend<{ foreignRequests: string[]; consoleErrors: string[] }>({
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const own = new URL(baseURL ?? 'http://localhost').origin;
			const seen: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== own) seen.push(url);
			});
			await use(seen);
			expect(seen, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	],
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			// Say every CSP violation out loud, whatever Chromium's own console wording (or silence) for it.
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'an inline script or style'}`)
				);
			});
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Navigate and wait until Svelte has hydrated, so that no early click is lost. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated="true"]').waitFor();
}

export async function reloadHydrated(page: Page): Promise<void> {
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
}
