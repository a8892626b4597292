import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

const desk = PRACTICE_STAFF.find((s) => s.role === 'front-desk')!;

async function generateClinic(page: Page, seed: string) {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption('100');
	await page.getByLabel('Seed').fill(seed);
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText(`seed ${seed}: 100 patients`, { timeout: 60_000 });
}

async function signInAsFrontDesk(page: Page) {
	await page.getByLabel('Staff member').selectOption(desk.id);
	await page.getByLabel('Password').fill(desk.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(`${desk.name} · Front desk`);
}

/** Every row of one IndexedDB store, read straight from the browser's database. */
async function readStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const req = indexedDB.open('chartroom');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const all = req.result.transaction(name).objectStore(name).getAll();
					all.onsuccess = () => {
						resolve(all.result as T[]);
						req.result.close();
					};
				};
			}),
		store
	);
}

type Row<T = Record<string, unknown>> = { id: string; resource: T; patient?: string };
type AuditRow = { action: string; section?: string; resource?: string; patient?: string; user: string };

async function expectAxeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the front desk books, reschedules and cancels an appointment with the keyboard', async ({ page }) => {
	await generateClinic(page, '2718');
	await signInAsFrontDesk(page);
	await page.getByRole('navigation', { name: 'Front office' }).getByRole('link', { name: 'Schedule' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();

	// Today's book exists: the generator filled it with the clinic.
	const book = page.locator('table.day-book');
	await expect(book.locator('tr.visit').first()).toBeVisible();
	await expectAxeClean(page);

	const patients = await readStore<Row<{ name: { family: string; given: string[] }[] }>>(page, 'Patient');
	const chosen = patients[patients.length - 1]!;
	const { family, given } = chosen.resource.name[0]!;
	const display = `${family}, ${given.join(' ')}`;

	// Book: from an open line, by keyboard only.
	const bookButton = page.getByRole('button', { name: /^Book \d/ }).first();
	const time = (await bookButton.textContent())!.replace('Book ', '');
	await bookButton.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('combobox', { name: 'Patient' })).toBeFocused();
	await page.keyboard.type(`${family} ${given[0]}`);
	await expect(dialog.getByRole('option').first()).toContainText(display);
	await page.keyboard.press('Enter');
	await expect(dialog).toContainText(`Patient: ${display}`);
	await expect(dialog.getByLabel('Type of visit')).toBeFocused();
	await page.keyboard.type('Follow');
	await expect(dialog.getByLabel('Type of visit')).toHaveValue('follow-up');
	await expectAxeClean(page);
	await dialog.getByLabel('Reason for visit (optional)').focus();
	await page.keyboard.type('Blood pressure check');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: `Booked ${display}` })).toContainText(`at ${time} with`);
	const row = book.locator('tr.visit').filter({ hasText: display });
	await expect(row).toContainText('Follow-up — Blood pressure check');
	await expect(row).toContainText('Booked');

	const stored = async () => (await readStore<Row<{ status: string; start: string; participant: { actor: { reference: string } }[] }>>(page, 'Appointment')).find((r) => r.patient === chosen.id && r.resource.status !== 'fulfilled' && r.id.startsWith('appt-') && r.id.length > 12)!;
	const booked = await stored();
	expect(booked.resource.status).toBe('booked');
	expect(booked.resource.participant.map((p) => p.actor.reference)).toEqual([`Patient/${chosen.id}`, 'Practitioner/pr-01']);

	// Reschedule to the last free time of the day, still by keyboard.
	await page.getByRole('button', { name: `Reschedule ${display}` }).focus();
	await page.keyboard.press('Enter');
	const moving = page.getByRole('dialog', { name: 'Reschedule appointment' });
	await expect(moving).toContainText('Follow-up (15 min)');
	const start = moving.getByLabel(/Start time/);
	await start.focus();
	await page.keyboard.press('End');
	const newTime = (await start.locator('option:checked').textContent())!;
	await expect(moving.getByText(/is not free/)).toHaveCount(0);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: `Moved ${display}` })).toContainText(`at ${newTime} with`);
	await expect(row.getByRole('rowheader')).toContainText(newTime);
	expect((await stored()).resource.start).not.toBe(booked.resource.start);

	// Cancel with a reason; the time is open again.
	await page.getByRole('button', { name: `Cancel ${display}'s appointment` }).focus();
	await page.keyboard.press('Enter');
	const cancel = page.getByRole('dialog', { name: 'Cancel appointment' });
	await expect(cancel.getByLabel('Reason')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(cancel.getByText('Choose why the appointment is cancelled.')).toBeVisible();
	await cancel.getByLabel('Reason').focus();
	await page.keyboard.type('Patient: Lack');
	await page.keyboard.press('Tab');
	await page.keyboard.type('No ride');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: `Cancelled ${display}'s appointment` })).toBeVisible();
	await expect(row).toContainText('Cancelled');
	const cancelled = (await stored()).resource as unknown as { status: string; cancelationReason: { coding: { code: string }[]; text: string } };
	expect(cancelled.status).toBe('cancelled');
	expect(cancelled.cancelationReason).toMatchObject({ coding: [{ code: 'pat-lt' }], text: 'No ride' });

	const audit = await readStore<AuditRow>(page, 'audit');
	const mine = audit.filter((a) => a.resource === `Appointment/${booked.id}`).map((a) => `${a.action}:${a.section}`);
	expect(mine).toEqual(['create:scheduling', 'update:scheduling', 'update:scheduling']);
	expect(audit.some((a) => a.action === 'view' && a.section === 'scheduling' && a.user === desk.id)).toBe(true);

	// The week view shows the same book a week at a time.
	await page.getByLabel('Week').check();
	await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expectAxeClean(page);
});
