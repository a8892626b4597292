// `node scripts/screenshots.js`: serve build/ and photograph pages for the README and notes.
// Keeps the README's picture of the app current: run it after `npm run build`.
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.js';
import { serveBuild } from './serve-build.js';

const shots = [{ path: '/', file: 'docs/screenshot-home.png' }];

const server = await serveBuild({ port: 4176 });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	for (const shot of shots) {
		await page.goto(server.url + shot.path);
		await page.locator('html[data-hydrated="true"]').waitFor();
		await page.getByTestId('storage-summary').filter({ hasText: 'Saved work uses' }).first().waitFor();
		await page.screenshot({ path: shot.file });
		console.log(`wrote ${shot.file}`);
	}
} finally {
	await browser.close();
	await server.close();
}
