import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { storedRows } from './indexeddb';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

const desk = PRACTICE_STAFF.find((s) => s.role === 'front-desk')!;

async function generateClinic(page: Page, seed: string, size = '100') {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption(size);
	await page.getByLabel('Seed').fill(seed);
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText(`seed ${seed}: ${size} patients`, { timeout: 60_000 });
}

async function signInAsFrontDesk(page: Page) {
	await page.getByLabel('Staff member').selectOption(desk.id);
	await page.getByLabel('Password').fill(desk.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(`${desk.name} · Front desk`);
}

type Row<T = Record<string, unknown>> = { id: string; resource: T; patient?: string };
type AuditRow = { action: string; section?: string; resource?: string; patient?: string; user: string };

/** Open a chart from where the page is; the desk may be asked why when the patient is not on its book. */
async function passChartGate(page: Page, tabName = 'Demographics & insurance') {
	const reason = page.getByRole('dialog', { name: 'Why are you opening this chart?' });
	const tab = page.getByRole('tab', { name: tabName });
	await expect(reason.or(tab)).toBeVisible();
	if (await reason.isVisible()) {
		await reason.getByLabel('Reason').fill('Front desk: registration and insurance work');
		await reason.getByRole('button', { name: 'Open chart' }).click();
	}
	await tab.click();
}

async function expectAxeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the front desk books, reschedules and cancels an appointment with the keyboard, and marks a no-show', async ({ page }) => {
	// 500 patients: the book draws on the first 400, so some patients have nothing booked.
	await generateClinic(page, '2718', '500');
	await signInAsFrontDesk(page);
	await page.getByRole('navigation', { name: 'Front office' }).getByRole('link', { name: 'Schedule' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();

	// Today's book exists: the generator filled it with the clinic.
	const book = page.locator('table.day-book');
	await expect(book.locator('tr.visit').first()).toBeVisible();
	await expectAxeClean(page);

	// Someone with nothing booked yet, so their new visit is the only one on the book.
	const patients = await storedRows<Row<{ name: { family: string; given: string[] }[] }>>(page, 'Patient');
	const bookedPatients = new Set((await storedRows<Row>(page, 'Appointment')).map((r) => r.patient));
	const chosen = patients.filter((p) => !bookedPatients.has(p.id)).at(-1)!;
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

	const stored = async () => (await storedRows<Row<{ status: string; start: string; participant: { actor: { reference: string } }[] }>>(page, 'Appointment')).find((r) => r.patient === chosen.id)!;
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
	await expectAxeClean(page);
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

	const audit = await storedRows<AuditRow>(page, 'audit');
	const mine = audit.filter((a) => a.resource === `Appointment/${booked.id}`).map((a) => `${a.action}:${a.section}`);
	expect(mine).toEqual(['create:scheduling', 'update:scheduling', 'update:scheduling']);
	expect(audit.some((a) => a.action === 'view' && a.section === 'scheduling' && a.user === desk.id)).toBe(true);

	// Another of today's patients never came: a no-show, recorded on the day.
	const absent = book.locator('tr.visit.status-booked').first();
	const absentName = (await absent.getByRole('link').first().textContent())!;
	const absentId = (await absent.getAttribute('data-testid'))!.replace('visit-', '');
	await absent.getByRole('button', { name: `Mark ${absentName} as a no-show` }).click();
	await expect(page.getByRole('status').filter({ hasText: `${absentName} marked as a no-show` })).toBeVisible();
	await expect(book.getByTestId(`visit-${absentId}`)).toContainText('No-show');
	expect((await storedRows<Row<{ status: string }>>(page, 'Appointment')).find((r) => r.id === absentId)?.resource.status).toBe('noshow');

	// The week view shows the same book a week at a time.
	await page.getByLabel('Week').check();
	await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expectAxeClean(page);
});

test('the front desk checks a patient in (identity, insurance, contact details, copay) and out, and books the follow-up', async ({ page }) => {
	await generateClinic(page, '2718');
	await signInAsFrontDesk(page);
	await open(page, '/ehr/schedule');
	const firstBooked = page.locator('table.day-book tr.visit.status-booked').first();
	const name = (await firstBooked.getByRole('link').first().textContent())!;
	await firstBooked.getByRole('link', { name: `Check in ${name}` }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	const summary = page.getByTestId('visit-summary');
	await expect(summary).toContainText('Booked');
	await expectAxeClean(page);

	const patients = await storedRows<Row<{ id: string; birthDate: string; name: { family: string; given: string[] }[] }>>(page, 'Patient');
	const patient = patients.find((p) => `${p.resource.name[0]!.family}, ${p.resource.name[0]!.given.join(' ')}` === name)!.resource;
	const [y, m, d] = patient.birthDate.split('-');

	// A wrong birth date is caught beside the field, as typed.
	await page.getByLabel('Full name, as the patient says it').fill(`${patient.name[0]!.given[0]} ${patient.name[0]!.family}`);
	await page.getByLabel('Date of birth, as the patient says it').fill(`${m}/${d}/${Number(y) + 1}`);
	await expect(page.getByText('This date of birth does not match the chart. Ask again: you may have the wrong patient.')).toBeVisible();
	await page.getByRole('button', { name: 'Check in' }).click();
	await expect(page.getByLabel('Date of birth, as the patient says it')).toBeFocused();
	await page.getByLabel('Date of birth, as the patient says it').fill(`${m}/${d}/${y}`);
	await expect(page.getByText('This date of birth does not match the chart.')).toHaveCount(0);

	const onFile = page.getByText('On file:');
	if (await onFile.count()) {
		const memberId = (await onFile.locator('strong').nth(1).textContent())!;
		await page.getByLabel("The patient's card matches the insurance on file").check();
		await page.getByLabel('Member ID on the card').fill(memberId.toLowerCase());
	} else {
		await page.getByLabel('Self-pay today (no card)').check();
	}
	await page.getByLabel('Phone').fill('614 555 0199');
	await page.getByLabel('Copay collected ($)').fill('25');

	// Locking the workstation mid-form loses nothing typed.
	await page.waitForTimeout(700);
	await page.keyboard.press('Control+Alt+l');
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();
	await page.getByLabel('Password').fill(desk.password);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your unsaved check-in entries were restored.' })).toBeVisible();
	await expect(page.getByLabel('Phone')).toHaveValue('614 555 0199');
	await expect(page.getByLabel('Copay collected ($)')).toHaveValue('25');
	await page.getByRole('button', { name: 'Check in' }).click();
	await expect(page.getByText('How did the patient pay?')).toBeVisible();
	await page.getByLabel('Paid by').selectOption('card');
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Check in' }).click();
	await expect(page.getByRole('status').filter({ hasText: `${name} is checked in; copay $25.00 collected.` })).toBeVisible();
	await expect(summary).toContainText('Checked in');
	await expect(summary).toContainText('$25.00 (Credit or debit card)');

	const appointmentId = page.url().split('/').pop()!;
	const encounterFor = async () =>
		(await storedRows<Row<{ status: string; appointment?: { reference: string }[]; extension?: { url: string; extension: { url: string; valueMoney?: { value: number } }[] }[]; period: { start: string; end?: string } }>>(page, 'Encounter')).find(
			(r) => r.resource.appointment?.[0]?.reference === `Appointment/${appointmentId}`
		)!;
	const opened = await encounterFor();
	expect(opened.resource.status).toBe('arrived');
	expect(opened.patient).toBe(patient.id);
	expect(opened.resource.extension?.[0]?.extension.find((e) => e.url === 'amount')?.valueMoney?.value).toBe(25);
	const stored = (await storedRows<Row<{ telecom: { system: string; value: string }[] }>>(page, 'Patient')).find((r) => r.id === patient.id)!;
	expect(stored.resource.telecom.find((t) => t.system === 'phone')?.value).toBe('(614) 555-0199');

	// Check out, then book the follow-up two weeks on.
	await page.getByRole('button', { name: 'Check out' }).click();
	await expect(page.getByRole('status').filter({ hasText: `${name} is checked out.` })).toBeVisible();
	await expect(summary).toContainText('Checked out');
	const closed = await encounterFor();
	expect(closed.resource.status).toBe('finished');
	expect(closed.resource.period.end).toBeTruthy();
	const appointment = (await storedRows<Row<{ status: string }>>(page, 'Appointment')).find((r) => r.id === appointmentId)!;
	expect(appointment.resource.status).toBe('fulfilled');

	await expectAxeClean(page);
	await page.getByLabel('Return in').selectOption({ label: '2 weeks' });
	await page.getByRole('button', { name: 'Book follow-up' }).click();
	const dialog = page.getByRole('dialog', { name: 'Book a follow-up' });
	await expect(dialog).toContainText(`Patient: ${name}`);
	await expect(dialog.getByLabel('Type of visit')).toHaveValue('follow-up');
	await dialog.getByLabel(/Start time/).selectOption({ index: 1 });
	await dialog.getByRole('button', { name: 'Book appointment' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Follow-up booked for ${name}` })).toBeVisible();
	const followUps = (await storedRows<Row<{ status: string; start: string }>>(page, 'Appointment')).filter((r) => r.patient === patient.id && r.resource.status === 'booked');
	expect(followUps.length).toBeGreaterThan(0);

	const audit = (await storedRows<AuditRow>(page, 'audit')).filter((a) => a.patient === patient.id).map((a) => `${a.action}:${a.section}:${a.resource?.split('/')[0]}`);
	expect(audit).toEqual(
		expect.arrayContaining(['view:demographics:Patient', 'view:insurance:Patient', 'update:scheduling:Appointment', 'create:scheduling:Encounter', 'update:demographics:Patient', 'update:scheduling:Encounter', 'create:scheduling:Appointment'])
	);
});

test('registering a patient: checked as typed, a draft survives a reload, and a likely duplicate is shown before saving', async ({ page }) => {
	await generateClinic(page, '314');
	await signInAsFrontDesk(page);
	const patients = await storedRows<Row<{ birthDate: string; name: { family: string; given: string[] }[] }>>(page, 'Patient');
	const existing = patients[0]!;
	const { family, given } = existing.resource.name[0]!;
	const [y, m, d] = existing.resource.birthDate.split('-');

	await page.getByRole('navigation', { name: 'Front office' }).getByRole('link', { name: 'Register a patient' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Register a patient' })).toBeVisible();
	await expectAxeClean(page);

	await page.getByLabel('Last name').fill(family);
	await page.getByLabel('First name').fill(given[0]!);
	await page.getByLabel('Date of birth').fill('13/45/1990');
	await expect(page.getByText('"13/45/1990" is not a date: type MM/DD/YYYY, e.g. 04/02/1958.')).toBeVisible();
	await expect(page.getByLabel('Date of birth')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Date of birth').fill(`${m}/${d}/${y}`);
	await page.getByLabel('Sex', { exact: true }).selectOption('female');
	await page.getByLabel('Phone', { exact: true }).fill('614 55');
	await expect(page.getByText('Phone must have 10 digits (area code and number), e.g. (614) 555-0142; 5 typed.')).toBeVisible();
	await page.getByLabel('Phone', { exact: true }).fill('614 555 0177');
	await page.getByLabel('Street address').fill('77 Harbor Rd');
	await page.getByLabel('City').fill('Riverbend');
	await page.getByLabel('ZIP code').fill('43215');

	// A reload mid-form keeps every field typed.
	await page.waitForTimeout(700);
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByRole('status').filter({ hasText: 'Your unsaved entries were restored.' })).toBeVisible();
	await expect(page.getByLabel('Last name')).toHaveValue(family);
	await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('614 555 0177');

	await page.getByRole('button', { name: 'Register patient' }).click();
	await expect(page.getByText('Choose the insurance on the card, or Self-pay.')).toBeVisible();
	await expect(page.getByLabel('Insurance', { exact: true })).toBeFocused();
	await page.getByLabel('Insurance', { exact: true }).selectOption({ label: 'Lakeshore Health Plan' });
	await page.getByLabel('Member ID').fill('LAK 000 777 111');
	await page.getByRole('button', { name: 'Register patient' }).click();

	// The same name and birth date: the existing registration is shown, nothing saved yet.
	const warning = page.getByRole('region', { name: 'Possible duplicate: this patient may already be registered' });
	await expect(warning).toBeVisible();
	await expect(warning.getByRole('row').filter({ hasText: `${family}, ${given.join(' ')}` })).toContainText(/Same name and same date of birth/);
	await expectAxeClean(page);
	expect((await storedRows<Row>(page, 'Patient')).length).toBe(patients.length);

	await warning.getByRole('button', { name: 'Not the same person: save as a new patient' }).click();
	const done = page.getByRole('heading', { level: 2, name: /^Registered / });
	await expect(done).toContainText(`Registered ${family}, ${given[0]}, MRN `);
	const mrn = (await done.textContent())!.split('MRN ')[1]!;
	const stored = (await storedRows<Row<{ identifier: { value: string }[]; birthDate: string }> & { mrn: string }>(page, 'Patient')).find((r) => r.mrn === mrn)!;
	expect(stored.resource.birthDate).toBe(existing.resource.birthDate);
	const coverage = (await storedRows<Row<{ subscriberId: string; status: string }>>(page, 'Coverage')).filter((r) => r.patient === stored.id);
	expect(coverage.map((c) => [c.resource.subscriberId, c.resource.status])).toEqual([['LAK000777111', 'active']]);
	const audit = (await storedRows<AuditRow & { query?: string }>(page, 'audit')).filter((a) => a.patient === stored.id || a.query?.startsWith('duplicate check'));
	expect(audit.map((a) => `${a.action}:${a.section}`)).toEqual(['search:demographics', 'create:demographics', 'create:insurance']);
	expect((await storedRows<{ key: string }>(page, 'drafts')).filter((row) => row.key.startsWith('register:'))).toEqual([]);

	// Editing from the chart's demographics tab: a new card ends the old coverage.
	await page.getByRole('link', { name: 'Open the chart' }).click();
	// Nothing is booked for the new patient yet, so the desk may be asked why it opens the chart.
	await passChartGate(page);
	await page.getByRole('link', { name: 'Edit demographics and insurance' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit demographics and insurance');
	await expectAxeClean(page);
	await expect(page.getByLabel('Member ID')).toHaveValue('LAK000777111');
	await page.getByLabel('Email').fill('not-an-email');
	await expect(page.getByText('"not-an-email" is not an email address')).toBeVisible();
	await page.getByLabel('Email').fill('new.patient@example.com');
	await page.getByLabel('Member ID').fill('LAK000999222');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Demographics saved; the new insurance replaces the old, which is kept as ended.' })).toBeVisible();
	const coverages = (await storedRows<Row<{ subscriberId: string; status: string }>>(page, 'Coverage')).filter((r) => r.patient === stored.id);
	expect(coverages.map((c) => [c.resource.subscriberId, c.resource.status]).sort()).toEqual([['LAK000777111', 'cancelled'], ['LAK000999222', 'active']]);
	const edited = (await storedRows<Row<{ telecom: { system: string; value: string }[] }>>(page, 'Patient')).find((r) => r.id === stored.id)!;
	expect(edited.resource.telecom.find((t) => t.system === 'email')?.value).toBe('new.patient@example.com');
	const edits = (await storedRows<AuditRow>(page, 'audit')).filter((a) => a.patient === stored.id).map((a) => `${a.action}:${a.section}`);
	expect(edits).toEqual(expect.arrayContaining(['view:demographics', 'view:insurance', 'update:demographics', 'update:insurance', 'create:insurance']));
});

test('the master patient index finds a duplicate registration and merges it: every record ends up under the survivor', async ({ page }) => {
	await generateClinic(page, '1618');
	await signInAsFrontDesk(page);
	const patients = await storedRows<Row<{ birthDate: string; name: { family: string; given: string[] }[] }> & { mrn: string }>(page, 'Patient');
	const original = patients[1]!;
	const { family, given } = original.resource.name[0]!;
	const [y, m, d] = original.resource.birthDate.split('-');
	const originalRecords = (await storedRows<Row>(page, 'Encounter')).filter((r) => r.patient === original.id).length;

	// A second registration of the same person, confirmed past the duplicate warning.
	await open(page, '/ehr/register');
	await page.getByLabel('Last name').fill(family);
	await page.getByLabel('First name').fill(given[0]!);
	await page.getByLabel('Date of birth').fill(`${m}/${d}/${y}`);
	await page.getByLabel('Sex', { exact: true }).selectOption('unknown');
	await page.getByLabel('Phone', { exact: true }).fill('(614) 555-0101');
	await page.getByLabel('Street address').fill('1 Duplicate Ln');
	await page.getByLabel('City').fill('Riverbend');
	await page.getByLabel('ZIP code').fill('43215');
	await page.getByLabel('Insurance', { exact: true }).selectOption({ label: 'Summit Mutual Health' });
	await page.getByLabel('Member ID').fill('SUM123123123');
	await page.getByRole('button', { name: 'Register patient' }).click();
	await page.getByRole('button', { name: 'Not the same person: save as a new patient' }).click();
	const done = page.getByRole('heading', { level: 2, name: /^Registered / });
	await expect(done).toBeVisible();
	const duplicateMrn = (await done.textContent())!.split('MRN ')[1]!;
	const duplicate = (await storedRows<Row & { mrn: string }>(page, 'Patient')).find((r) => r.mrn === duplicateMrn)!;

	await page.getByRole('navigation', { name: 'Front office' }).getByRole('link', { name: 'Master patient index' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Master patient index' })).toBeVisible();
	await page.getByRole('button', { name: 'Find likely duplicates' }).click();
	const pair = page.getByRole('article').filter({ hasText: duplicateMrn });
	await expect(pair).toContainText('Same name and same date of birth: likely the same person.');
	await expect(pair).toContainText(original.mrn);
	await expectAxeClean(page);

	// Keep the original registration, review, merge.
	await pair.getByLabel(`Keep ${family}, ${given.join(' ')}, MRN ${original.mrn}`).check();
	await pair.getByRole('button', { name: 'Review merge' }).click();
	await expect(pair).toContainText(`MRN ${duplicateMrn} stays on the retired registration`);
	await expect(pair).toContainText('1 record moves to');
	await expectAxeClean(page);
	await pair.getByRole('button', { name: 'Merge records' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Merged: 1 record moved to' })).toContainText(`MRN ${duplicateMrn} is kept as a former MRN`);

	// Stored: the duplicate kept, inactive and linked; its coverage under the survivor; audited.
	const stored = await storedRows<Row<{ active: boolean; link?: { other: { reference: string }; type: string }[]; identifier: { value: string; use?: string }[] }>>(page, 'Patient');
	const retired = stored.find((r) => r.id === duplicate.id)!.resource;
	expect(retired.active).toBe(false);
	expect(retired.link).toEqual([{ other: expect.objectContaining({ reference: `Patient/${original.id}` }), type: 'replaced-by' }]);
	expect(retired.identifier.map((i) => i.value)).toEqual([duplicateMrn]);
	expect(stored.find((r) => r.id === original.id)!.resource.identifier.map((i) => `${i.use}:${i.value}`)).toContain(`old:${duplicateMrn}`);
	const coverages = (await storedRows<Row<{ subscriberId?: string }>>(page, 'Coverage')).filter((r) => r.resource.subscriberId === 'SUM123123123');
	expect(coverages.map((c) => c.patient)).toEqual([original.id]);
	expect((await storedRows<Row>(page, 'Encounter')).filter((r) => r.patient === original.id)).toHaveLength(originalRecords);
	const merges = (await storedRows<AuditRow>(page, 'audit')).filter((a) => a.action === 'merge').map((a) => [a.patient, a.resource, a.user]);
	expect(merges).toEqual([
		[original.id, `Patient/${duplicate.id}`, desk.id],
		[duplicate.id, `Patient/${original.id}`, desk.id]
	]);

	// The survivor's chart shows the merged insurance; the retired chart points to the survivor.
	await page.getByRole('link', { name: `Open ${family}, ${given.join(' ')}'s chart` }).click();
	await passChartGate(page);
	await expect(page.getByTestId('merged-notice')).toContainText(`former MRN ${duplicateMrn}`);
	await expect(page.getByRole('tabpanel')).toContainText('SUM123123123');
	await open(page, '/ehr');
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill(duplicateMrn);
	await expect(page.getByRole('option').first()).toContainText('Merged record — open the surviving chart');
});
