import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';
import { openChart, signInAs, startLesson } from './curriculum/workspace';

type Flag = { rule: string; code: string; message: string; severity: string; evidence: Array<Record<string, unknown>> };
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

async function flagsStored(page: Page): Promise<Flag[]> {
	return page.evaluate(
		() =>
			new Promise<Flag[]>((resolve, reject) => {
				const request = indexedDB.open('chartroom');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('flags').objectStore('flags').getAll();
					all.onsuccess = () => resolve(all.result as Flag[]);
				};
			})
	);
}

const TODAY = new Date().toISOString().slice(0, 10);

/** A well-known patient no one on staff cares for, and two look-alike Smiths on today's book. */
function castBundle() {
	const patient = (id: string, given: string, family: string, birthDate: string, extra: object = {}) => ({
		resourceType: 'Patient',
		id,
		identifier: [{ system: 'urn:chartroom:mrn', value: `T-${id}` }],
		name: [{ use: 'official', family, given: [given] }],
		gender: 'male',
		birthDate,
		...extra
	});
	const booking = (id: string, patientId: string, hour: number) => ({
		resourceType: 'Appointment',
		id,
		status: 'booked',
		start: `${TODAY}T${hour}:00:00Z`,
		end: `${TODAY}T${hour}:15:00Z`,
		participant: [
			{ actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
			{ actor: { reference: 'Practitioner/pr-03' }, status: 'accepted' }
		]
	});
	const resources = [
		patient('cast-vip', 'Marla', 'Hale', '1961-02-03', { extension: [{ url: 'urn:chartroom:extension:vip', valueBoolean: true }] }),
		patient('cast-jon', 'Jon', 'Smith', '1980-01-01'),
		patient('cast-john', 'John', 'Smith', '1975-05-05'),
		booking('cast-appt-1', 'cast-jon', 14),
		booking('cast-appt-2', 'cast-john', 15)
	];
	return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
}

async function importCast(page: Page) {
	await page.getByText('Import patients from a FHIR bundle').click();
	await page.getByLabel('Bundle file (.json, up to 50 MB)').setInputFiles({ name: 'cast.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(castBundle())) });
	await expect(page.getByRole('status').filter({ hasText: 'Imported 3 patients' })).toBeVisible();
}

async function findAndOpen(page: Page, query: string) {
	await open(page, '/ehr');
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill(query);
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option').first()).toBeVisible();
	await page.waitForTimeout(900); // the search is audited once typing settles
	await page.keyboard.press('Enter');
}

async function recordBloodPressure(page: Page) {
	await page.getByRole('tab', { name: 'Vitals' }).click();
	await page.getByLabel('Systolic').fill('122');
	await page.getByLabel('Diastolic').fill('78');
	await page.getByRole('button', { name: 'Save vitals' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Saved \d vital-sign record/ })).toBeVisible();
}

function flagPanel(page: Page) {
	return page.getByTestId('privacy-flags');
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
	// A whole chart may not leave through the front desk: no export control at all.
	await expect(page.getByRole('button', { name: 'Export chart (FHIR Bundle)' })).toHaveCount(0);

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

test('careless: a chart left open until the workstation locked itself is flagged, with the open chart as evidence', async ({ page }) => {
	await page.clock.install();
	await generateClinic(page);
	await signIn(page, 'ma-chen');
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await expect(page.getByTestId('patient-banner')).toBeVisible();
	await expect(flagPanel(page)).toContainText('Privacy flags (0)');

	await page.clock.fastForward('05:30');
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();
	await page.getByLabel('Password').fill(staff('ma-chen').password);
	await page.getByRole('button', { name: 'Unlock' }).click();

	const flag = flagPanel(page).getByTestId('privacy-flag');
	await expect(flag).toHaveCount(1);
	await expect(flag).toContainText('Workstation left unlocked');
	await expect(flag).toContainText('A chart stayed open and unlocked for more than 5 minutes with no one at the keyboard.');
	await expect(flag).toContainText('45 CFR 164.312(a)(2)(iii) automatic logoff');
	await expect(flag).toContainText('Kevin Chen at room-2 opened Summary');
	const [stored] = await flagsStored(page);
	expect(stored?.code).toBe('privacy.unlocked-workstation');
	expect(stored?.evidence.map((e) => `${e.action}:${e.section}`)).toEqual(['view:summary']);
	await expectAccessible(page);
});

test('careless: a well-known patient\'s chart opened without a reason is flagged as snooping', async ({ page }) => {
	await generateClinic(page);
	await importCast(page);
	await signIn(page, 'ma-chen');
	await findAndOpen(page, 'Hale');
	const dialog = page.getByRole('dialog', { name: 'Why are you opening this chart?' });
	await expect(dialog).toBeVisible();
	await expect(page.getByLabel('Reason')).toBeFocused();
	await expectAccessible(page);
	await dialog.getByRole('button', { name: 'Open without a reason' }).click();
	await expect(page.getByTestId('patient-banner')).toContainText('Hale');
	await expect(page.getByTestId('access-notice')).toContainText('without a reason');

	const flag = flagPanel(page).getByTestId('privacy-flag');
	await expect(flag).toHaveCount(1);
	await expect(flag).toContainText('You opened the chart of a well-known patient you are not caring for, and gave no reason.');
	await expect(flag).toContainText('Kevin Chen at room-2 opened Summary of Hale, Marla');
	const [stored] = await flagsStored(page);
	expect([stored?.code, stored?.evidence[0]?.patient, stored?.evidence[0]?.reason]).toEqual(['privacy.snooping', 'cast-vip', undefined]);
});

test('careless: charting on the look-alike Smith straight from the search is flagged as a wrong-patient risk', async ({ page }) => {
	await generateClinic(page);
	await importCast(page);
	await signIn(page, 'ma-chen');
	await open(page, '/ehr');
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('Jon Smith');
	await expect(page.getByRole('option').first()).toContainText('Similar name — verify date of birth and MRN');
	await page.waitForTimeout(900);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('patient-banner')).toContainText('Smith, Jon');
	await recordBloodPressure(page);

	const flag = flagPanel(page).getByTestId('privacy-flag');
	await expect(flag).toHaveCount(1);
	await expect(flag).toContainText('You charted on a patient picked from a search with similar names, without confirming who it was.');
	await expect(flag).toContainText('searched for “Jon Smith”');
	const [stored] = await flagsStored(page);
	expect(stored?.code).toBe('privacy.wrong-patient');
	expect(stored?.evidence.map((e) => `${e.action} ${e.query ?? e.patient}`)).toEqual(['search Jon Smith', 'create cast-jon']);
});

test('a careful learner: confirms the patient, states a reason for a chart outside the care team, locks before stepping away: no flag', async ({ page }) => {
	await page.clock.install();
	await generateClinic(page);
	await importCast(page);
	await signIn(page, 'ma-chen');

	await findAndOpen(page, 'John Smith');
	await expect(page.getByTestId('patient-banner')).toContainText('Smith, John');
	await page.getByRole('tab', { name: 'Demographics & insurance' }).click();
	await expect(page.getByRole('heading', { name: 'Demographics' })).toBeVisible();
	await recordBloodPressure(page);

	await findAndOpen(page, 'Hale');
	await page.getByLabel('Reason').fill('Patient phoned about her refill; Dr. Sato asked me to pull the medication list');
	await page.getByRole('button', { name: 'Open chart' }).click();
	await expect(page.getByTestId('access-notice')).toContainText('Your reason, recorded with each view');

	await page.keyboard.press('Control+Alt+l');
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();
	await page.clock.fastForward('10:00');
	await page.getByLabel('Password').fill(staff('ma-chen').password);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByTestId('patient-banner')).toContainText('Hale');
	await expect(page.getByRole('dialog')).toHaveCount(0);

	await page.waitForTimeout(1500);
	await expect(flagPanel(page)).toContainText('Privacy flags (0)');
	expect(await flagsStored(page)).toEqual([]);
	const reasons = (await auditLog(page)).filter((r) => r.patient === 'cast-vip' && r.action === 'view').map((r) => r.reason);
	expect(reasons.length).toBeGreaterThan(1);
	expect(new Set(reasons)).toEqual(new Set(['Patient phoned about her refill; Dr. Sato asked me to pull the medication list']));
});

test('break the glass: a physician opens a chart outside the care team in an emergency; audited and flagged for review', async ({ page }) => {
	await generateClinic(page);
	await importCast(page);
	await signIn(page, 'md-sato');
	await findAndOpen(page, 'Hale');
	await page.getByLabel('Emergency access: break the glass').check();
	await page.getByRole('button', { name: 'Break the glass and open' }).click();
	await expect(page.getByText('Type the emergency before you break the glass.')).toBeVisible();
	await page.getByLabel('The emergency').fill('Collapsed in the waiting room, unresponsive; need allergies and medications now');
	await page.getByRole('button', { name: 'Break the glass and open' }).click();
	await expect(page.getByTestId('access-notice')).toContainText('Emergency access granted. This access is recorded and will be reviewed.');

	const flag = flagPanel(page).getByTestId('privacy-flag');
	await expect(flag).toHaveCount(1);
	await expect(flag).toContainText('Emergency access, to be reviewed');
	await expect(flag).toContainText('Hiro Sato at room-3 broke the glass on the chart of Hale, Marla');
	const glass = (await auditLog(page)).filter((r) => r.action === 'break-glass');
	expect(glass.map((r) => [r.user, r.patient, r.outcome, r.reason])).toEqual([
		['md-sato', 'cast-vip', 'success', 'Collapsed in the waiting room, unresponsive; need allergies and medications now']
	]);
});

test('the privacy officer\'s access report answers who opened the VIP chart, when, for how long and from which workstation', async ({ page }) => {
	await generateClinic(page);
	await importCast(page);
	await page.getByLabel('Staff member').selectOption('ma-chen');
	await page.getByLabel('Password').fill('not-it');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText('do not match');
	await signIn(page, 'ma-chen');
	await findAndOpen(page, 'Hale');
	await page.getByRole('button', { name: 'Open without a reason' }).click();
	await expect(page.getByTestId('patient-banner')).toContainText('Hale');
	await page.waitForTimeout(2200);
	await page.getByRole('link', { name: '← Back to patients' }).click();
	// Leaving the chart closes the view with its time on screen.
	await expect.poll(async () => (await auditLog(page)).filter((r) => r.user === 'ma-chen' && r.action === 'view-end').length).toBeGreaterThan(0);
	await open(page, '/reports/access');
	await expect(page.getByTestId('access-report-locked')).toContainText('Your role does not read the access audit.');
	await page.getByRole('button', { name: 'Sign out' }).click();

	await open(page, '/ehr');
	await signIn(page, 'po-ferreira');
	await open(page, '/reports');
	await page.getByRole('link', { name: 'access audit' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access audit');
	await page.getByLabel('Patient').selectOption({ label: 'Hale, Marla (MRN T-cast-vip)' });
	await page.getByLabel('Kind of event').selectOption({ label: 'Chart views' });
	await page.getByRole('button', { name: 'Run report' }).click();

	const byUser = page.getByTestId('access-by-user').getByRole('row');
	await expect(byUser).toHaveCount(2);
	await expect(byUser.nth(1)).toContainText('Kevin Chen');
	await expect(byUser.nth(1)).toContainText('room-2');
	const event = page.getByTestId('access-events').getByRole('row').nth(1);
	await expect(event).toContainText('Kevin Chen (Medical assistant)');
	await expect(event).toContainText('Summary');
	await expect(event.getByRole('cell').nth(7)).toHaveText(/^[2-9] s$/);
	await expectAccessible(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
	const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	expect(csv.split('\r\n')[0]).toBe('When,Staff member,Role,Workstation,Patient,Section,Action,Outcome,Time on screen,Reason');
	expect(csv).toMatch(/Kevin Chen,Medical assistant,room-2,"Hale, Marla \(MRN T-cast-vip\)",Summary,view,success,[2-9] s,\r\n/);

	await page.getByLabel('Patient').selectOption('');
	await page.getByLabel('Kind of event').selectOption({ label: 'Failed sign-ins and unlocks' });
	await page.getByRole('button', { name: 'Run report' }).click();
	await expect(page.getByTestId('access-events').getByRole('row').nth(1)).toContainText('Kevin Chen');
	await expect(page.getByTestId('access-events').getByRole('row').nth(1)).toContainText('failure');

	// Running and exporting the report are audited, with their purpose.
	const own = (await auditLog(page)).filter((r) => r.user === 'po-ferreira' && r.section === 'audit').map((r) => `${r.action} ${r.reason}`);
	expect(own).toEqual(['view Access audit report', 'export Access audit report', 'view Access audit report']);
});

async function openReleaseDesk(page: Page) {
	await generateClinic(page);
	await importCast(page);
	await signIn(page, 'po-ferreira');
	await findAndOpen(page, 'Jon Smith');
	await page.getByLabel('Reason').fill('Release-of-information request from Lincoln Elementary School');
	await page.getByRole('button', { name: 'Open chart' }).click();
	// Two Smiths: confirm it is the one born 01/01/1980 before anything is written to the chart.
	await page.getByRole('tab', { name: 'Demographics & insurance' }).click();
	await expect(page.getByRole('heading', { name: 'Demographics' })).toBeVisible();
	await page.getByRole('link', { name: 'Release of information' }).click();
	await expect(page.getByTestId('release-patient')).toContainText('Smith, Jon');

	// A school asks for the immunization record, with the parent's signed authorization.
	await page.getByLabel('Who is asking').selectOption('other');
	await page.getByLabel('Send to (recipient)').fill('Lincoln Elementary School');
	await page.getByLabel('Purpose stated').fill('School enrolment');
	await page.getByRole('group', { name: 'What the request asks for' }).getByLabel('Immunizations').check();
	await page.getByRole('button', { name: 'Record request' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Request recorded: immunizations for Lincoln Elementary School.' })).toBeVisible();

	await page.getByText('Record an authorization received with the request').click();
	const form = page.getByRole('group', { name: 'Information the authorization describes' });
	await form.getByLabel('Immunizations').check();
	await page.getByLabel('Recipient named').fill('Lincoln Elementary School');
	await page.getByLabel('Purpose stated').nth(1).fill('School enrolment');
	await page.getByLabel('Expires on').fill(`${Number(TODAY.slice(0, 4)) + 1}-06-30`);
	await page.getByLabel('Signed by').selectOption('personal-representative');
	await page.getByLabel('Signed on').fill(TODAY);
	await page.getByRole('button', { name: 'Record authorization' }).click();
	await expect(page.getByTestId('authorization-checks')).toContainText('Valid for this request.');
	await expect(page.getByTestId('may-release')).toContainText('allow: immunizations');
	await page.getByLabel("I checked the requester's identity").check();
}

test('careless: releasing the whole chart for an immunizations-only request is flagged as excessive and unauthorized', async ({ page }) => {
	await openReleaseDesk(page);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Release the whole chart' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'without a valid authorization for all of it' })).toBeVisible();

	const flags = flagPanel(page).getByTestId('privacy-flag');
	await expect(flags).toHaveCount(2);
	const excessive = flags.and(page.locator('[data-rule="excessive-disclosure"]'));
	await expect(excessive).toContainText('Released more than the request needs');
	await expect(excessive).toContainText('You released demographics, insurance, scheduling, problems');
	const unauthorized = flags.and(page.locator('[data-rule="disclosure-without-authorization"]'));
	await expect(unauthorized).toContainText('which the patient\'s authorization does not cover');
	await expect(unauthorized).toContainText('Ana Ferreira at office-2 released the chart of Smith, Jon');
	const stored = await flagsStored(page);
	expect(stored.map((flag) => flag.code).sort()).toEqual(['privacy.disclosure-without-authorization', 'privacy.excessive-disclosure']);
	expect(stored[0]?.evidence.map((e) => `${e.action} ${e.patient} ${e.section ?? 'whole chart'}`)).toEqual(['disclose cast-jon whole chart']);
	// The impermissible release is listed in the patient's accounting of disclosures.
	await expect(page.getByTestId('accounting')).toContainText('Lincoln Elementary School');
	await expect(page.getByTestId('accounting')).toContainText('impermissible');
});

test('careful: releasing only what the request and the authorization allow raises no flag', async ({ page }) => {
	await openReleaseDesk(page);
	await page.getByRole('button', { name: 'Select only what is allowed' }).click();
	await expect(page.getByRole('group', { name: 'Sections to release' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
	await page.getByRole('button', { name: 'Release selected sections' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Released immunizations to Lincoln Elementary School; recorded in the accounting of disclosures.' })).toBeVisible();
	await page.waitForTimeout(1500);
	await expect(flagPanel(page)).toContainText('Privacy flags (0)');
	expect(await flagsStored(page)).toEqual([]);
	const disclosed = (await auditLog(page)).filter((r) => r.action === 'disclose').map((r) => `${r.patient} ${r.section}`);
	expect(disclosed).toEqual(['cast-jon immunizations']);
});

test('careless: a password written into a signed note is flagged, pointing at the note without repeating the password', async ({ page }) => {
	const physician = staff('md-whitfield');
	await generateClinic(page);
	await signIn(page, 'md-whitfield');
	// The first patient is on Dr. Whitfield's book today: on her care team, no reason asked.
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await expect(page.getByTestId('patient-banner')).toBeVisible();
	await page.getByRole('tab', { name: 'Notes' }).click();
	const visit = page.getByLabel('Visit', { exact: true });
	await visit.selectOption((await visit.locator('option').nth(1).getAttribute('value'))!);
	await page.getByLabel('Subjective').fill('Cough for 5 days');
	await page.getByLabel('Objective').fill('Afebrile, lungs clear');
	await page.getByLabel('Assessment').fill('Acute bronchitis');
	await page.getByLabel('Plan').fill(`Fluids. Portal reset done, temporary login ${physician.password}`);
	await page.getByRole('button', { name: 'Sign note' }).click();

	const flag = flagPanel(page).getByTestId('privacy-flag');
	await expect(flag).toHaveCount(1);
	await expect(flag).toContainText('A password in the record');
	await expect(flag).toContainText('You wrote a staff member\'s password into the record.');
	await expect(flag).toContainText(/In DocumentReference\/\S+: the password of Dana Whitfield \(not repeated here\)/);
	await expect(flagPanel(page)).not.toContainText(physician.password);
	const [stored] = await flagsStored(page);
	expect(stored?.code).toBe('privacy.password-in-record');
	expect(JSON.stringify(stored)).not.toContain(physician.password);
});

test('in a lesson: working under a colleague\'s sign-in is flagged as credential sharing, with the lesson attempt', async ({ page }) => {
	await open(page, '/lessons/lock-the-workstation');
	await page.getByRole('button', { name: 'Set up the clinic and open the EHR workspace' }).click();
	await page.waitForURL('**/ehr', { timeout: 60_000 });
	await signIn(page, 'rn-okafor');
	await page.getByRole('button', { name: 'Sign out' }).click();
	// A colleague's password, handed over "to save time".
	await signIn(page, 'rn-brennan');

	const flag = flagPanel(page).getByTestId('privacy-flag');
	await expect(flag).toHaveCount(1);
	await expect(flag).toContainText('Working under someone else\'s sign-in');
	await expect(flag).toContainText('You worked under a staff member\'s sign-in that is not yours.');
	await expect(flag).toContainText('Tom Brennan at station-1 signed in');
	const [stored] = (await flagsStored(page)) as (Flag & { attempt?: string })[];
	expect(stored?.code).toBe('privacy.credential-sharing');
	expect(stored?.attempt).toMatch(/^[0-9a-f-]{36}$/);
});

test('minimum necessary in a lesson: the sections the task needs raise nothing; opening labs and notes is flagged, with those views as evidence', async ({ page }) => {
	// answer-from-the-chart: `needs: [demographics, allergies, medications]` (the caller's questions).
	await startLesson(page, 'answer-from-the-chart');
	await signInAs(page, 'medical-assistant');
	await openChart(page, 'whitaker');
	await expect(page.getByTestId('patient-banner')).toContainText('Whitaker');
	// Careful first: only what the caller asked about (the summary the chart opens on is not judged).
	for (const tab of ['Demographics & insurance', 'Allergies', 'Medications']) {
		await page.getByRole('tab', { name: tab }).click();
		await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
	}
	await expect.poll(async () => (await auditLog(page)).some((r) => r.action === 'view' && r.section === 'medications')).toBe(true);
	await expect(flagPanel(page)).toContainText('Privacy flags (0)');

	// Careless: reading on, into what the task does not need.
	await page.getByRole('tab', { name: 'Labs' }).click();
	await page.getByRole('tab', { name: 'Notes' }).click();
	const flags = flagPanel(page).getByTestId('privacy-flag');
	await expect(flags).toHaveCount(2);
	await expect(flags.first()).toContainText('More of the chart than the task needs');
	await expect(flags.first()).toContainText('You opened laboratory results, which this task does not need.');
	await expect(flags.first()).toContainText('164.514(d)');
	await expect(flags.first()).toContainText(/Kevin Chen at room-2 opened Laboratory results of Whitaker/);
	await expect(flags.nth(1)).toContainText('You opened notes, which this task does not need.');
	const stored = (await flagsStored(page)) as (Flag & { attempt?: string })[];
	expect(stored.map((flag) => [flag.code, flag.evidence.map((e) => `${e.action}:${e.section}`).join(' ')]).sort()).toEqual([
		['privacy.minimum-necessary', 'view:labs'],
		['privacy.minimum-necessary', 'view:notes']
	]);
	expect(stored.every((flag) => /^[0-9a-f-]{36}$/.test(flag.attempt ?? ''))).toBe(true);
});

test('one roster: a nurse opening a co-worker\'s chart and her own relative\'s, with no reason, is flagged for each, in plain words', async ({ page }) => {
	const kin = {
		resourceType: 'Patient',
		id: 'kin-okafor',
		identifier: [{ system: 'urn:chartroom:mrn', value: 'T-kin' }],
		name: [{ use: 'official', family: 'Okafor', given: ['Ruth'] }],
		gender: 'female',
		birthDate: '1958-07-09',
		// The generator's mark on a staff member's relative, naming someone on the sign-in roster.
		extension: [{ url: 'urn:chartroom:extension:relative-of-staff', valueString: 'rn-okafor' }]
	};
	const colleague = { resourceType: 'Patient', id: 'staff-brennan', identifier: [{ system: 'urn:chartroom:mrn', value: 'T-tb' }], name: [{ use: 'official', family: 'Brennan', given: ['Tom'] }], gender: 'male', birthDate: '1984-03-12' };
	await generateClinic(page);
	await page.getByText('Import patients from a FHIR bundle').click();
	const bundle = { resourceType: 'Bundle', type: 'collection', entry: [kin, colleague].map((resource) => ({ resource })) };
	await page.getByLabel('Bundle file (.json, up to 50 MB)').setInputFiles({ name: 'staff.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });
	await expect(page.getByRole('status').filter({ hasText: 'Imported 2 patients' })).toBeVisible();
	await signIn(page, 'rn-okafor');

	for (const [query, name] of [['Ruth Okafor', 'Okafor'], ['Tom Brennan', 'Brennan']] as const) {
		await findAndOpen(page, query);
		await page.getByRole('dialog', { name: 'Why are you opening this chart?' }).getByRole('button', { name: 'Open without a reason' }).click();
		await expect(page.getByTestId('patient-banner')).toContainText(name);
	}

	const flags = flagPanel(page).getByTestId('privacy-flag');
	await expect(flags).toHaveCount(2);
	await expect(flags.first()).toContainText('You opened the chart of a patient who shares your family name, without a care relationship or a reason.');
	await expect(flags.first()).toContainText('Grace Okafor at station-1 opened Summary of Okafor, Ruth');
	await expect(flags.nth(1)).toContainText('You opened a co-worker\'s chart without a care relationship or a reason.');
	await expect(flags.nth(1)).toContainText('Grace Okafor at station-1 opened Summary of Brennan, Tom');
	const stored = await flagsStored(page);
	expect(stored.map((flag) => [flag.code, flag.severity, flag.evidence[0]?.patient]).sort()).toEqual([
		['privacy.snooping', 'error', 'kin-okafor'],
		['privacy.snooping', 'error', 'staff-brennan']
	]);
});
