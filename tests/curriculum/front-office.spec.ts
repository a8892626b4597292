import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { backToLesson, openChart, resetAndReopen, signInAs, startLesson, submitLesson } from './workspace';

/** The scenario's cast, as the generator makes it for these lessons' seeds (the lessons show the same values). */
const WALKIN = { dob: '04/03/1980', swappedDob: '03/04/1980', phone: '(614) 555-5337', line: '8103 Reichel Burg', city: 'Rockford', zip: '43007', memberId: 'PRA091922734' };
const NAMESAKE_DOB = '08/27/1953';
const CALLER = { dob: '05/11/1976', memberId: 'LAK255676640' };
const OTHER_HALE = { dob: '04/02/1959', memberId: 'MED104185403' };

async function frontOffice(page: Page, link: 'Schedule' | 'Register a patient') {
	await page.getByRole('navigation', { name: 'Front office' }).getByRole('link', { name: link }).click();
	await expect(page.getByRole('heading', { level: 1, name: link === 'Schedule' ? 'Schedule' : 'Register a patient' })).toBeVisible();
}

/** Searches in the audit trail that the workspace's patient search wrote (the duplicate check's carry a section). */
async function workspaceSearches(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('chartroom');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('audit').objectStore('audit').getAll();
					all.onsuccess = () => {
						resolve((all.result as { action: string; section?: string }[]).filter((row) => row.action === 'search' && !row.section).length);
						request.result.close();
					};
				};
			})
	);
}

/** Searches the workspace and reads the list until the search is in the audit trail (it is written once typing settles). */
async function searchAndRead(page: Page, query: string) {
	const before = await workspaceSearches(page);
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill(query);
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option').first()).toBeVisible();
	await expect.poll(() => workspaceSearches(page)).toBe(before + 1);
}

async function register(page: Page, values: { dob: string; memberId: string }) {
	await frontOffice(page, 'Register a patient');
	await page.getByLabel('Last name').fill('Lopez');
	await page.getByLabel('First name').fill('Maria');
	await page.getByLabel('Date of birth').fill(values.dob);
	await page.getByLabel('Sex').selectOption('female');
	await page.getByLabel('Phone', { exact: true }).fill(WALKIN.phone);
	await page.getByLabel('Phone type').selectOption('home');
	await page.getByLabel('Street address').fill(WALKIN.line);
	await page.getByLabel('City').fill(WALKIN.city);
	await page.getByLabel('ZIP code').fill(WALKIN.zip);
	await page.getByLabel('Insurance').selectOption({ label: 'Prairie Employers Health' });
	await page.getByLabel('Member ID').fill(values.memberId);
	await page.getByRole('button', { name: 'Register patient' }).click();
	await expect(page.getByRole('heading', { name: /^Registered Lopez, Maria, MRN \d{8}$/ })).toBeVisible();
}

test('register-walk-in: registering without searching, with a swapped birth date and a mistyped member ID, scores low and says why; searching first and copying the cards scores 100 %', async ({ page }) => {
	await startLesson(page, 'register-walk-in');
	await signInAs(page, 'front-desk');
	// Careless: registers straight away, reading the birth date day first and dropping a digit of the member ID…
	await register(page, { dob: WALKIN.swappedDob, memberId: 'PRA09192734' });
	// …then searches afterwards and opens the other Maria Lopez's chart "to check".
	await page.getByRole('link', { name: '← EHR workspace' }).click();
	await searchAndRead(page, NAMESAKE_DOB);
	await openChart(page, NAMESAKE_DOB);
	await backToLesson(page);
	await page.getByLabel('Yes: the name is the same, so use that chart').check();
	expect(await submitLesson(page)).toBe('Result: 47 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText(/Searched the patient list before registering: not yet right; expected an event action=search, section=- before action=create, section=demographics, found search at \S+, after create/);
	await expect(result).toContainText('Hint: Type her name in the workspace\'s patient search first.');
	await expect(result).toContainText('Did not open the other Maria Lopez\'s chart: not yet right');
	await expect(result).toContainText('Date of birth: not yet right; expected "1980-04-03", found "1980-03-04"');
	await expect(result).toContainText('Hint: US forms write the month first.');
	await expect(result).toContainText('Member ID from the card: not yet right; expected "PRA091922734", found "PRA09192734"');
	await expect(result).toContainText('Phone number: correct');

	await resetAndReopen(page);
	await signInAs(page, 'front-desk');
	// Search first, and tell the two apart from the list: the Maria Lopez there was born in 1953.
	await searchAndRead(page, 'Lopez');
	const matches = page.getByRole('listbox', { name: 'Matching patients' });
	await expect(matches.getByRole('option').filter({ hasText: NAMESAKE_DOB })).toBeVisible();
	await expect(matches.getByRole('option').filter({ hasText: WALKIN.dob })).toHaveCount(0);
	await register(page, { dob: WALKIN.dob, memberId: WALKIN.memberId.toLowerCase() });
	await backToLesson(page);
	await page.getByLabel('No: her date of birth differs from the ID card, so she is someone else').check();
	expect(await submitLesson(page)).toBe('Result: 100 %');
});

async function book(page: Page, clinician: string, dob: string) {
	await frontOffice(page, 'Schedule');
	await page.getByLabel('Clinician').selectOption({ label: clinician });
	await page.getByRole('button', { name: 'Book 10:30 AM' }).click();
	const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
	await dialog.getByRole('combobox', { name: 'Patient' }).fill('Hale');
	await dialog.getByRole('option').filter({ hasText: `DOB ${dob}` }).click();
	await dialog.getByLabel('Type of visit').selectOption('acute');
	await dialog.getByLabel('Reason for visit (optional)').fill('Cough and fever');
	await dialog.getByRole('button', { name: 'Book appointment' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Booked Hale, Dennis/ })).toContainText('at 10:30 AM with');
}

async function checkIn(page: Page, values: { dob: string; memberId: string; copay: string; method?: string }) {
	await page.getByRole('link', { name: /^Check in Hale, Dennis/ }).click();
	await expect(page.getByRole('heading', { name: 'Check in' })).toBeVisible();
	await page.getByLabel('Full name, as the patient says it').fill('Dennis Hale');
	await page.getByLabel('Date of birth, as the patient says it').fill(values.dob);
	await page.getByLabel("The patient's card matches the insurance on file").check();
	await page.getByLabel('Member ID on the card').fill(values.memberId);
	await page.getByLabel('Copay collected ($)').fill(values.copay);
	if (values.method) await page.getByLabel('Paid by').selectOption(values.method);
	await page.getByRole('button', { name: 'Check in' }).click();
	await expect(page.getByRole('status').filter({ hasText: /is checked in/ })).toBeVisible();
}

test('schedule-and-check-in: booking and checking in the other Dennis Hale with the wrong clinician, copay not taken, scores low and says why; the right patient, clinician and copay score 100 %', async ({ page }) => {
	await startLesson(page, 'schedule-and-check-in');
	await signInAs(page, 'front-desk');
	// Careless: books Dr. Smith for Dr. Satterfield and the other Dennis Hale, then checks him in
	// by reading his chart's birth date and member ID back to him; no copay taken.
	await book(page, 'Dr. Shane Smith, MD', OTHER_HALE.dob);
	await checkIn(page, { dob: OTHER_HALE.dob, memberId: OTHER_HALE.memberId, copay: '0' });
	await page.getByRole('link', { name: '← Schedule' }).click();
	await backToLesson(page);
	await page.getByLabel('Nothing more: he named the 10:30 patient, so check in the 10:30 appointment').check();
	expect(await submitLesson(page)).toBe('Result: 27 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText(/Booked for the Dennis Hale who called: not yet right; expected "Patient\/p-000000", found "Patient\/p-000001"/);
	await expect(result).toContainText('Hint: Two patients are called Dennis Hale. In the booking form\'s patient search, pick the one whose date of birth is 1976-05-11.');
	await expect(result).toContainText('With Dr. Satterfield: not yet right; expected "Dr. Lea Satterfield, MD", found "Dr. Shane Smith, MD"');
	await expect(result).toContainText('Today at 10:30 AM: correct');
	await expect(result).toContainText(/Mr\. Hale's visit opened, not the other Dennis Hale's: not yet right; expected "Patient\/p-000000", found "Patient\/p-000001"/);
	await expect(result).toContainText('Copay of $30 collected: not yet right; expected 30, found 0');

	await resetAndReopen(page);
	await signInAs(page, 'front-desk');
	await book(page, 'Dr. Lea Satterfield, MD', CALLER.dob);
	await checkIn(page, { dob: CALLER.dob, memberId: CALLER.memberId, copay: '30', method: 'card' });
	await page.getByRole('link', { name: '← Schedule' }).click();
	await backToLesson(page);
	await page.getByLabel('Ask him to say his full name and date of birth, and compare them and his insurance card with the chart').check();
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
