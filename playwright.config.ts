import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.js';

// Another port lets a second checkout run its browser tests beside this one.
const PORT = Number(process.env.CHARTROOM_TEST_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: true,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	webServer: {
		command: `npm run build && node scripts/serve-build-cli.js ${PORT}`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore'
	},
	use: {
		baseURL: `http://localhost:${PORT}`,
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	}
});
