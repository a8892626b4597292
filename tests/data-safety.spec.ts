import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { backupText, clinicResources } from './backup-file';
import { storedCounts, storedRows, wipeDatabase } from './indexeddb';

/**
 * Learners never lose their work: backups that round-trip, imports that apply whole or not at
 * all, hostile and oversized files refused, a full disk and a missing IndexedDB survived, and an
 * old tab that stops writing when a newer one upgrades the database.
 */

const VITALS = '/lessons/vitals-units';
const WEIGHT = 'What is the weight in kilograms';
const CELSIUS = 'What is it in degrees Celsius';

async function chooseBackup(page: Page, path: string): Promise<void> {
	await page.getByLabel('Backup file (.json, up to 50 MB)').setInputFiles(path);
}

test('export → wipe → import in the browser: the preview tells what and when, and the progress comes back', async ({ page }, testInfo) => {
	// A browser that will not promise to keep the site's data, as most do until asked and engaged.
	await page.addInitScript(() => {
		navigator.storage.persisted = async () => false;
		navigator.storage.persist = async () => false;
	});
	await open(page, VITALS);
	await page.getByLabel(WEIGHT).fill('69.9');
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByTestId('lesson-result').getByRole('heading')).toHaveText(/Result: \d+ %/);
	await page.getByLabel(CELSIUS).fill('37 C');
	await expect(page.getByText('Your answers are saved in this browser.')).toBeVisible();

	await open(page, '/settings');
	await expect(page.getByTestId('last-backup')).toHaveText('Last backup: never.');
	const reminder = page.getByRole('contentinfo').getByTestId('storage-summary');
	await expect(reminder).toContainText('Storage is not persistent');
	await expect(reminder).toContainText('Export a backup now and then; last backup: never.');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all progress' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^chartroom-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath('backup.json');
	await download.saveAs(file);
	await expect(page.getByTestId('last-backup')).not.toHaveText('Last backup: never.');
	await expect(reminder.getByTestId('storage-last-backup')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
	const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; formatVersion: number; checksum: { algorithm: string } };
	expect([exported.format, exported.formatVersion, exported.checksum.algorithm]).toEqual(['chartroom-backup', 1, 'SHA-256']);

	await wipeDatabase(page);
	await open(page, VITALS);
	await expect(page.getByText('No attempt submitted yet.')).toBeVisible();

	await open(page, '/settings');
	await chooseBackup(page, file);
	const preview = page.getByTestId('backup-preview');
	await expect(preview).toContainText(`backup.json was exported on`);
	await expect(preview.getByRole('row', { name: /Lesson attempts and scores 1/ })).toBeVisible();
	await expect(preview.getByRole('row', { name: /Answers and forms not yet submitted 1/ })).toBeVisible();
	await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported the backup of' })).toBeVisible();
	await expect(page.getByTestId('last-backup')).not.toHaveText('Last backup: never.');

	await open(page, VITALS);
	await expect(page.getByTestId('lesson-history').getByRole('listitem')).toHaveCount(1);
	await expect(page.getByLabel(CELSIUS)).toHaveValue('37 C');
});

test('closing the tab in the middle of importing 10,000 resources leaves all of them or none', async ({ page, context }, testInfo) => {
	const small = testInfo.outputPath('small.json');
	writeFileSync(small, backupText({ schemaVersion: 3, tables: { attempts: [{ id: 'before', lesson: 'vitals-units', startedAt: '2026-11-01T09:00:00.000Z' }] }, resources: clinicResources(1, 1) }));
	const large = testInfo.outputPath('large.json');
	writeFileSync(large, backupText({ schemaVersion: 3, tables: { attempts: [{ id: 'after', lesson: 'vitals-units', startedAt: '2026-11-02T09:00:00.000Z' }] }, resources: clinicResources(100, 10_000) }));

	await open(page, '/settings');
	await chooseBackup(page, small);
	await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported the backup' })).toBeVisible();

	await chooseBackup(page, large);
	await expect(page.getByTestId('backup-preview')).toContainText('10,001 items');
	await page.getByRole('button', { name: 'Replace my progress with this backup' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Importing large.json' })).toBeVisible();
	await page.close({ runBeforeUnload: false });

	const reopened = await context.newPage();
	await open(reopened, '/settings');
	await reopened.goto('/robots.txt');
	const counts = await storedCounts(reopened, ['Patient', 'Observation']);
	const attempts = (await storedRows<{ id: string }>(reopened, 'attempts')).map((row) => row.id);
	const resources = counts.Patient! + counts.Observation!;
	expect([[1, ['before']], [10_000, ['after']]]).toContainEqual([resources, attempts]);
	testInfo.annotations.push({ type: 'outcome', description: resources === 1 ? 'closed mid-import: rolled back whole' : 'the import had committed before the tab closed' });
});

test('closing the tab in the middle of importing a 10,000-resource FHIR bundle leaves all of it or none', async ({ page, context }, testInfo) => {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption('100');
	await page.getByLabel('Seed').fill('7');
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText('seed 7: 100 patients', { timeout: 60_000 });
	const total = (counts: Record<string, number>) => counts.Patient! + counts.Observation!;
	const before = total(await storedCounts(page, ['Patient', 'Observation']));

	const path = testInfo.outputPath('bundle.json');
	writeFileSync(path, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: clinicResources(100, 10_000, 'imp').map((resource) => ({ resource })) }));
	await page.getByText('Import patients from a FHIR bundle').click();
	await page.getByLabel('Bundle file (.json, up to 50 MB)').setInputFiles(path);
	await expect(page.getByRole('status').filter({ hasText: 'Importing 10,000 records from bundle.json' })).toBeVisible();
	await page.close({ runBeforeUnload: false });

	const reopened = await context.newPage();
	await open(reopened, '/settings');
	await reopened.goto('/robots.txt');
	const after = total(await storedCounts(reopened, ['Patient', 'Observation']));
	expect([before, before + 10_000]).toContain(after);
	testInfo.annotations.push({ type: 'outcome', description: after === before ? 'closed mid-import: rolled back whole' : 'the import had committed before the tab closed' });
});

test('a 60 MB file is refused before it is read, and the tab stays responsive', async ({ page }, testInfo) => {
	// Not JSON at all: had it been read and parsed, the message would say so instead.
	const path = testInfo.outputPath('huge.json');
	writeFileSync(path, Buffer.alloc(60 * 1024 * 1024, '['));
	await open(page, '/settings');
	await page.evaluate(() => {
		const w = window as unknown as { longestGap: number };
		w.longestGap = 0;
		let last = performance.now();
		setInterval(() => {
			const now = performance.now();
			w.longestGap = Math.max(w.longestGap, now - last);
			last = now;
		}, 20);
	});
	const started = Date.now();
	await chooseBackup(page, path);
	await expect(page.getByRole('alert')).toContainText('This file is 60.0 MB; Chartroom accepts files up to 50 MB. Nothing was read or imported.');
	expect(Date.now() - started).toBeLessThan(5_000);
	await page.waitForTimeout(200);
	expect(await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap)).toBeLessThan(500);
	await expect(page.getByRole('button', { name: 'Export all progress' })).toBeEnabled();
});

test('a file carrying __proto__ is refused and pollutes nothing; a changed backup fails its checksum', async ({ page }, testInfo) => {
	const hostile = testInfo.outputPath('hostile.json');
	writeFileSync(hostile, '{"__proto__": {"polluted": 1}}');
	await open(page, '/settings');
	await chooseBackup(page, hostile);
	await expect(page.getByRole('alert')).toContainText('This file contains the key "__proto__"');
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

	const changed = testInfo.outputPath('changed.json');
	writeFileSync(changed, backupText({ schemaVersion: 3, tables: { attempts: [{ id: 'a', lesson: 'l', startedAt: '2026-11-01T09:00:00.000Z', percent: 40 }] }, resources: [] }).replace('"percent":40', '"percent":100'));
	await chooseBackup(page, changed);
	await expect(page.getByRole('alert')).toContainText('its SHA-256 checksum does not match its contents');
	expect(await storedCounts(page, ['attempts'])).toEqual({ attempts: 0 });
});

test('a full disk: the learner is told to export, saved work is unchanged, and the typing is kept for the export', async ({ page }, testInfo) => {
	// Fault injection in real Chromium: every IndexedDB put fails as a full disk does, on demand.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if ((window as unknown as { refuseWrites?: boolean }).refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await open(page, VITALS);
	await page.getByLabel(WEIGHT).fill('69.9');
	await expect(page.getByText('Your answers are saved in this browser.')).toBeVisible();
	const saved = await storedRows<{ key: string; value: unknown }>(page, 'drafts');

	await page.evaluate(() => ((window as unknown as { refuseWrites: boolean }).refuseWrites = true));
	await page.getByLabel(CELSIUS).fill('37 C');
	await expect(page.getByRole('alert').filter({ hasText: 'Storage is full — export your work.' })).toBeVisible();
	await expect(page.getByText('Storage is full — export your work (Settings → Back up your progress).')).toBeVisible();
	expect(await storedRows(page, 'drafts')).toEqual(saved);
	await expect(page.getByLabel(CELSIUS)).toHaveValue('37 C');

	// The banner's link leads to the export, which carries the answer the disk refused.
	await page.getByRole('link', { name: 'Back up your progress' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all progress' }).click();
	const file = testInfo.outputPath('rescued.json');
	await (await downloading).saveAs(file);
	const drafts = (JSON.parse(readFileSync(file, 'utf8')) as { contents: { tables: { drafts: { key: string; value: unknown }[] } } }).contents.tables.drafts;
	expect(drafts.map((row) => [row.key, row.value])).toContainEqual(['lesson:vitals-units:temperature', '37 C']);

	// Space freed: back on the lesson, the answer typed on the full disk is there and now saved; the warning goes.
	await page.evaluate(() => ((window as unknown as { refuseWrites: boolean }).refuseWrites = false));
	await page.goBack();
	await expect(page.getByLabel(CELSIUS)).toHaveValue('37 C');
	await expect(page.getByText('Your answers are saved in this browser.')).toBeVisible();
	expect((await storedRows<{ key: string; value: unknown }>(page, 'drafts')).map((row) => [row.key, row.value])).toContainEqual(['lesson:vitals-units:temperature', '37 C']);
	await expect(page.getByRole('alert').filter({ hasText: 'Storage is full' })).toHaveCount(0);
});

test('without IndexedDB the app loads everywhere, says work will not be saved, and throws nothing', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
	for (const path of ['/', '/lessons', VITALS, '/ehr', '/reports', '/codes', '/instructor', '/settings']) {
		await open(page, path);
		await expect(page.getByRole('alert').filter({ hasText: 'your work will not be saved' })).toBeVisible();
	}
	await open(page, VITALS);
	await page.getByLabel(WEIGHT).fill('69.9');
	await expect(page.getByText('Your answers cannot be saved in this browser (storage unavailable).')).toBeVisible();
	await open(page, '/settings');
	await page.getByRole('button', { name: 'Export all progress' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Nothing can be exported' })).toBeVisible();
});

test('a tab on the old build stops writing when a newer one upgrades the database, and the upgrade completes', async ({ page, context }) => {
	await open(page, VITALS);
	await page.getByLabel(WEIGHT).fill('69.9');
	await expect(page.getByText('Your answers are saved in this browser.')).toBeVisible();

	const newer = await context.newPage();
	await newer.goto('/robots.txt');
	const upgraded = await newer.evaluate(
		() =>
			new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
				const req = indexedDB.open('chartroom', 990);
				req.onupgradeneeded = () => req.result.createObjectStore('future');
				req.onsuccess = () => {
					const result = { version: req.result.version, stores: [...req.result.objectStoreNames] };
					req.result.close();
					resolve(result);
				};
				req.onerror = () => reject(req.error);
				req.onblocked = () => reject(new Error('the old tab kept the database open'));
			})
	);
	expect(upgraded.version).toBe(990);
	expect(upgraded.stores).toContain('future');

	await expect(page.getByRole('alert')).toContainText('Chartroom was updated in another tab');
	await page.getByLabel(WEIGHT).fill('70.5');
	await page.getByLabel(CELSIUS).fill('37 C');
	await expect(page.getByText('Your answers cannot be saved in this browser (storage unavailable).')).toBeVisible();
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await page.waitForTimeout(600);

	const drafts = await storedRows<{ key: string; value: unknown }>(newer, 'drafts');
	expect(drafts.map((row) => [row.key, row.value])).toEqual([['lesson:vitals-units:weight', '69.9']]);
	expect(await newer.evaluate(() => indexedDB.databases())).toContainEqual({ name: 'chartroom', version: 990 });
});

test('the fixtures catch a CSP violation and a request to another origin', async ({ page, consoleErrors, foreignRequests }) => {
	await open(page, '/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
	});
	await expect.poll(() => consoleErrors.some((error) => error.startsWith('CSP violation: script-src-elem'))).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
	// Seen, so the fixture would fail this test as it fails any other: cleared here because it was provoked.
	consoleErrors.length = 0;

	await page.route('http://other-origin.test/**', (route) => route.fulfill({ body: 'elsewhere', contentType: 'text/plain' }));
	await page.goto('http://other-origin.test/');
	expect(foreignRequests).toEqual(['http://other-origin.test/']);
	foreignRequests.length = 0;
});

test('every browser test runs under those fixtures', () => {
	const specs = readdirSync('tests').filter((name) => name.endsWith('.spec.ts'));
	const bare = specs.filter((name) => {
		const source = readFileSync(`tests/${name}`, 'utf8');
		return !/import \{[^}]*\btest\b[^}]*\} from '\.\/fixtures'/.test(source) || /import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/.test(source);
	});
	expect(specs.length).toBeGreaterThan(5);
	expect(bare).toEqual([]);
});
