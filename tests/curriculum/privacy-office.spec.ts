import type { Page } from '@playwright/test';
import { expect, open, test } from '../fixtures';
import { backToLesson, resetAndReopen, signInAs, startLesson, submitLesson } from './workspace';

/** Reports → access audit, chart views of one patient over the default last seven days. */
async function runAccessReport(page: Page, family: string) {
	await open(page, '/reports');
	await page.getByRole('link', { name: 'access audit' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access audit');
	const patient = page.getByLabel('Patient');
	await expect(patient.getByRole('option', { name: new RegExp(`^${family},`) })).toHaveCount(1);
	const value = await patient.getByRole('option', { name: new RegExp(`^${family},`) }).getAttribute('value');
	await patient.selectOption(value!);
	await page.getByLabel('Kind of event').selectOption({ label: 'Chart views' });
	await page.getByRole('button', { name: 'Run report' }).click();
	return page.getByTestId('access-by-user').getByRole('row');
}

test('vip-access-report: answering without the report scores low; the report names who looked, how long and where: 100 %', async ({ page }) => {
	await startLesson(page, 'vip-access-report');
	await signInAs(page, 'privacy-officer');
	// Careless: no report; the physician who spent longest in the chart is blamed.
	await backToLesson(page);
	// The story names the care team from the scenario's history.
	await expect(page.getByText('At her visit she was roomed by')).toContainText('roomed by Grace Okafor (Nurse) and seen by Dana Whitfield (Physician)');
	await page.getByLabel("Who opened Ms. Montrose's chart without a care relationship with her?").fill('Dana Whitfield');
	await page.getByLabel('For how many minutes did that person have her chart on screen?').fill('12');
	await page.getByLabel('From which workstation was the chart opened?').fill('room-2');
	expect(await submitLesson(page)).toBe('Result: 25 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText(/Ran the access report for the patient: not yet right; expected an event action=view, patient=\S+, section=audit, found no such event/);
	await expect(result).toContainText('Hint: In Reports, open the access audit, choose the patient');
	await expect(result).toContainText('Who looked without a care relationship: not yet right; expected "Tom Brennan", found "Dana Whitfield"');
	await expect(result).toContainText('From which terminal: not yet right; expected "front-1", found "room-2"');

	await resetAndReopen(page);
	await signInAs(page, 'privacy-officer');
	const byUser = await runAccessReport(page, 'Montrose');
	// The seeded history, once (a reset does not add it again): the two on her care team and one other.
	await expect(byUser).toHaveCount(4);
	await expect(byUser.nth(1)).toContainText('Grace Okafor');
	await expect(byUser.nth(2)).toContainText('Dana Whitfield');
	const other = byUser.filter({ hasText: 'Tom Brennan' });
	const cells = other.getByRole('cell');
	await expect(cells.nth(1)).toHaveText('14 min 00 s');
	await expect(cells.nth(3)).toHaveText('front-1');
	const minutes = /^(\d+) min/.exec((await cells.nth(1).textContent()) ?? '')![1]!;
	const workstation = (await cells.nth(3).textContent())!;
	await open(page, '/lessons/vip-access-report');
	await page.getByLabel("Who opened Ms. Montrose's chart without a care relationship with her?").fill('Tom Brennan');
	await page.getByLabel('For how many minutes did that person have her chart on screen?').fill(minutes);
	await page.getByLabel('From which workstation was the chart opened?').fill(workstation);
	expect(await submitLesson(page)).toBe('Result: 100 %');
});

const TODAY = new Date().toISOString().slice(0, 10);

async function openReleaseDesk(page: Page) {
	await signInAs(page, 'privacy-officer');
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('whitaker');
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Enter');
	await page.getByLabel('Reason').fill('Release-of-information request from Lincoln Elementary School');
	await page.getByRole('button', { name: 'Open chart' }).click();
	await page.getByRole('link', { name: 'Release of information' }).click();
	await expect(page.getByTestId('release-patient')).toContainText('Whitaker, Noah');
	// The school's letter: immunizations and health conditions. Once a request is on file the form is folded.
	const requester = page.getByLabel('Who is asking');
	if (!(await requester.isVisible())) await page.getByText('Record a request that has arrived').click();
	await requester.selectOption('other');
	await page.getByLabel('Send to (recipient)').fill('Lincoln Elementary School');
	await page.getByLabel('Purpose stated').fill('School enrolment');
	const asks = page.getByRole('group', { name: 'What the request asks for' });
	await asks.getByLabel('Immunizations').check();
	await asks.getByLabel('Problems').check();
	await page.getByRole('button', { name: 'Record request' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Request recorded' })).toBeVisible();
}

test('release-under-authorization: the whole chart without the authorization is flagged and scores low; immunizations only under it, 100 %', async ({ page }) => {
	await startLesson(page, 'release-under-authorization');
	await openReleaseDesk(page);
	// Careless: no look at the authorization, the whole chart goes.
	await page.getByLabel("I checked the requester's identity").check();
	await page.getByRole('button', { name: 'Release the whole chart' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'without a valid authorization for all of it' })).toBeVisible();
	await expect(page.getByTestId('privacy-flags').getByTestId('privacy-flag')).toHaveCount(2);
	await backToLesson(page);
	await page.getByLabel('Schools never need health information').check();
	// Only "nothing else changed" holds: nothing was recorded on the chart.
	expect(await submitLesson(page)).toBe('Result: 8 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText("The authorization is on Noah's chart: not yet right");
	await expect(result).toContainText('Nothing beyond what the request needs: not yet right; expected no privacy.excessive-disclosure flag, found privacy.excessive-disclosure');
	await expect(result).toContainText('Nothing the authorization does not cover: not yet right; expected no privacy.disclosure-without-authorization flag, found privacy.disclosure-without-authorization');
	await expect(result).toContainText('Hint: Releasing the whole chart sends far more than a school asks for');

	await resetAndReopen(page);
	await openReleaseDesk(page);
	await page.getByText('Record an authorization received with the request').click();
	await page.getByRole('group', { name: 'Information the authorization describes' }).getByLabel('Immunizations').check();
	await page.getByLabel('Recipient named').fill('Lincoln Elementary School');
	await page.getByLabel('Purpose stated').nth(1).fill('School enrolment');
	await page.getByLabel('Expires on').fill(`${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4)}`);
	await page.getByLabel('Signed by').selectOption('personal-representative');
	await page.getByLabel('Signed on').fill(TODAY);
	await page.getByRole('button', { name: 'Record authorization' }).click();
	await expect(page.getByTestId('may-release')).toContainText('allow: immunizations');
	await page.getByLabel("I checked the requester's identity").check();
	await page.getByRole('button', { name: 'Select only what is allowed' }).click();
	await expect(page.getByRole('group', { name: 'Sections to release' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
	await page.getByRole('button', { name: 'Release selected sections' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Released immunizations to Lincoln Elementary School; recorded in the accounting of disclosures.' })).toBeVisible();
	// A release under the patient's own authorization needs no accounting, and the reset lesson's
	// clinic holds nothing of the careless attempt's disclosure.
	const accounting = page.getByRole('region', { name: 'Accounting of disclosures' });
	await expect(accounting).toContainText('No accountable disclosure.');
	await expect(accounting).toContainText('1 other release(s) need no accounting');
	await backToLesson(page);
	await page.getByLabel("The parent's authorization covers the immunization record only").check();
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
