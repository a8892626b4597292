import { expect, open, test } from './fixtures';

/** Dexie stores schema version N as IndexedDB version N × 10. */
const IDB_VERSION_1 = 10;

test('an old-version database is upgraded in the browser without losing rows', async ({ page }) => {
	// Write the database as an older Chartroom left it, from a page of the site that does not
	// open it (an app page would reopen it at the current version the moment it is deleted).
	await open(page, '/settings');
	await page.goto('/robots.txt');
	await page.evaluate(async (version) => {
		await new Promise<void>((resolve, reject) => {
			const del = indexedDB.deleteDatabase('chartroom');
			del.onsuccess = () => resolve();
			del.onerror = () => reject(del.error);
		});
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('chartroom', version);
			req.onupgradeneeded = () => {
				const d = req.result;
				const patients = d.createObjectStore('Patient', { keyPath: 'id' });
				patients.createIndex('mrn', 'mrn', { unique: true });
				patients.createIndex('tokens', 'tokens', { multiEntry: true });
				patients.createIndex('birthDate', 'birthDate');
				const conditions = d.createObjectStore('Condition', { keyPath: 'id' });
				conditions.createIndex('[patient+date]', ['patient', 'date']);
				d.createObjectStore('Encounter', { keyPath: 'id' }).createIndex('[patient+date]', ['patient', 'date']);
				const audit = d.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
				audit.createIndex('at', 'at');
				audit.createIndex('[patient+at]', ['patient', 'at']);
				audit.createIndex('[user+at]', ['user', 'at']);
				audit.createIndex('action', 'action');
			};
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['Patient', 'Condition', 'Encounter', 'audit'], 'readwrite');
		tx.objectStore('Patient').put({
			id: 'p-1',
			mrn: 'MRN-0001',
			tokens: ['ada', 'quill'],
			birthDate: '1950-02-03',
			resource: { resourceType: 'Patient', id: 'p-1', name: [{ family: 'Quill', given: ['Ada'] }], telecom: [{ system: 'phone', value: '555-010-7788' }] }
		});
		// A namesake born another year, and a visit: the search marks and last visit are filled in.
		tx.objectStore('Patient').put({
			id: 'p-2',
			mrn: 'MRN-0002',
			tokens: ['ada', 'quill'],
			birthDate: '1971-08-09',
			resource: { resourceType: 'Patient', id: 'p-2', name: [{ family: 'Quill', given: ['Ada'] }] }
		});
		tx.objectStore('Encounter').put({
			id: 'e-1',
			patient: 'p-1',
			date: '2025-05-06T09:00:00Z',
			resource: { resourceType: 'Encounter', id: 'e-1', status: 'finished', class: { code: 'AMB' }, subject: { reference: 'Patient/p-1' }, period: { start: '2025-05-06T09:00:00Z' } }
		});
		tx.objectStore('Condition').put({
			id: 'c-1',
			patient: 'p-1',
			date: '2020-01-01',
			resource: { resourceType: 'Condition', id: 'c-1', subject: { reference: 'Patient/p-1' }, code: { coding: [{ code: 'I10' }] } }
		});
		tx.objectStore('audit').add({ at: '2026-01-01T09:00:00Z', user: 'u', role: 'nurse', workstation: 'WS-1', action: 'view', outcome: 'success' });
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, IDB_VERSION_1);

	await open(page, '/settings');
	await expect(page.getByText('Database: open.')).toBeVisible();

	const after = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('chartroom');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['Patient', 'Condition', 'audit'], 'readonly');
		const get = <T>(req: IDBRequest<T>) => new Promise<T>((resolve) => (req.onsuccess = () => resolve(req.result)));
		const byPhone = await get(tx.objectStore('Patient').index('phone').getAllKeys('5550107788'));
		// Version 5 files each patient's conditions in one row, found by code.
		const byCode = await get(tx.objectStore('Condition').index('keys').getAllKeys(IDBKeyRange.bound('I10', 'I10\uffff')));
		const conditionRow = await get(tx.objectStore('Condition').get('p-1'));
		const audits = await get(tx.objectStore('audit').count());
		const patients = (await get(tx.objectStore('Patient').getAll())).map((row) => [row.id, row.lastVisit, row.similarName]);
		const version = db.version;
		db.close();
		return { byPhone, byCode, filed: conditionRow.ids, audits, patients, version };
	});
	expect(after).toEqual({
		byPhone: ['p-1'],
		byCode: ['p-1'],
		filed: ['c-1'],
		audits: 1,
		patients: [
			['p-1', '2025-05-06T09:00:00Z', true],
			['p-2', undefined, true]
		],
		version: 50
	});
});

test('a tab tells the learner to reload when another tab opens a newer version', async ({ page, context }) => {
	await open(page, '/settings');
	await expect(page.getByText('Database: open.')).toBeVisible();
	const other = await context.newPage();
	await other.goto('/robots.txt');
	// The other tab plays a future Chartroom that upgrades the schema.
	const upgraded = await other.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const req = indexedDB.open('chartroom', 990);
				req.onupgradeneeded = () => req.result.createObjectStore('future');
				req.onsuccess = () => {
					const v = req.result.version;
					req.result.close();
					resolve(v);
				};
				req.onerror = () => reject(req.error);
			})
	);
	expect(upgraded).toBe(990);
	await expect(page.getByRole('alert')).toContainText('Chartroom was updated in another tab');
	await expect(page.getByRole('button', { name: 'Reload this tab' })).toBeVisible();
});

test('a tab older than the saved database says so and does not write to it', async ({ page }) => {
	await open(page, '/settings');
	await expect(page.getByText('Database: open.')).toBeVisible();
	await page.goto('/robots.txt');
	// A newer Chartroom upgrades the stored database while this build is still cached.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('chartroom', 990);
				req.onupgradeneeded = () => req.result.createObjectStore('future');
				req.onsuccess = () => {
					req.result.close();
					resolve();
				};
				req.onerror = () => reject(req.error);
			})
	);
	await open(page, '/settings');
	await expect(page.getByRole('alert')).toContainText('older version of Chartroom than your saved work');
	await expect(page.getByText('Database: outdated.')).toBeVisible();
});
