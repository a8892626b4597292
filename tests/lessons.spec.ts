import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, reloadHydrated, test } from './fixtures';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

const CODING = '/lessons/code-primary-care-diagnoses';
const HIPAA = '/lessons/hipaa-basics';
const VITALS = '/lessons/vitals-units';

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function codeVisits(page: Page, visit1: string, visit2: string, visit3: string) {
	await page.getByLabel('Which ICD-10-CM codes does visit 1 get, in order?').fill(visit1);
	await page.getByLabel('Which ICD-10-CM code does visit 2 get?').fill(visit2);
	await page.getByLabel('Which ICD-10-CM code does visit 3 get?').fill(visit3);
}

async function submit(page: Page) {
	await page.getByRole('button', { name: 'Submit answers' }).click();
}

test('the lessons area lists modules, lessons and certification domains', async ({ page }) => {
	await open(page, '/lessons');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
	for (const module of ['Entering data', 'Retrieving information', 'Coding and billing', 'Privacy and security']) {
		await expect(page.getByRole('heading', { level: 2, name: module })).toBeVisible();
	}
	await expect(page.getByTestId('module-coding').getByRole('link', { name: 'Code three primary-care visits' })).toBeVisible();
	await expect(page.getByTestId('module-securing')).toContainText('HIPAA basics');
	await expect(page.getByTestId('module-entering')).toContainText('Record vital signs in the right units');
	await expect(page.getByTestId('module-retrieving')).toContainText("Answer questions from a patient's chart");
	await expect(page.getByTestId('lesson-code-primary-care-diagnoses')).toContainText('20 min · Coder');
	await expect(page.getByTestId('lesson-code-primary-care-diagnoses')).toContainText('Not started');
	await expect(page.getByTestId('domain-coverage')).toContainText('AHIMA RHIT: Revenue cycle management');
	await expect(page.getByTestId('domain-coverage').getByRole('row', { name: /AHIMA RHIT: Leadership/ })).toContainText('not covered yet');
	await expect(page.getByTestId('practise-next')).toContainText('Practise next: ');
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Code three primary-care visits' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Code three primary-care visits');
});

test('the coding lesson, answered as the reference solution, scores 100 %', async ({ page }) => {
	await open(page, CODING);
	await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible();
	await expect(page.getByText('diabetes follow-up').first()).toBeVisible();
	await expectAccessible(page);
	await codeVisits(page, 'E11.65, I10, Z79.84', 'j020', 'Z00.00');
	await submit(page);
	const result = page.getByTestId('lesson-result');
	await expect(result.getByRole('heading')).toHaveText('Result: 100 %');
	await expect(result).toContainText('10 of 10 points — passed');
	await expect(page.getByTestId('lesson-history')).toContainText('Best score 100 %');
	await expectAccessible(page);
});

test('the HIPAA lesson, answered as the reference solution, scores 100 %', async ({ page }) => {
	await open(page, HIPAA);
	await page.getByLabel("Only what the claim needs: the visit's codes, dates, provider and insurance details").check();
	await page.getByLabel('Lock the workstation before you stand up').check();
	for (const element of [
		'A description of the information to be disclosed',
		'The name of the person or organization to receive it',
		'The purpose of the disclosure',
		'An expiration date or event',
		"The patient's signature and the date"
	]) {
		await page.getByLabel(element).check();
	}
	await page.getByLabel('Sending the referral notes to the cardiologist who will treat the patient').check();
	await submit(page);
	await expect(page.getByTestId('lesson-result').getByRole('heading')).toHaveText('Result: 100 %');
});

test('the vital-signs units lesson, answered as the reference solution, scores 100 %', async ({ page }) => {
	await open(page, VITALS);
	await page.getByLabel('What is the weight in kilograms').fill('69.9 kg');
	await page.getByLabel('What is it in degrees Celsius').fill('37.0 °C');
	await page.getByLabel('What is the height in centimetres').fill('167.6 cm');
	await page.getByLabel('what is the BMI').fill('24.9');
	await page.getByLabel('Healthy weight (18.5 to 24.9)').check();
	await submit(page);
	await expect(page.getByTestId('lesson-result').getByRole('heading')).toHaveText('Result: 100 %');
});

test('a careless attempt scores low, and the feedback names what was wrong', async ({ page }) => {
	await open(page, CODING);
	await codeVisits(page, 'E11.9, I10', 'J02.9', '');
	// Before submitting, nothing on the page gives the key away.
	await expect(page.locator('main')).not.toContainText('E11.65');
	await expect(page.locator('main')).not.toContainText('Z00.00');
	await submit(page);
	const result = page.getByTestId('lesson-result');
	await expect(result.getByRole('heading')).toHaveText('Result: 40 %');
	await expect(result).toContainText('4 of 10 points — not yet passed (80 % needed)');
	await expect(result).toContainText('Visit 1 — diabetes follow-up: partly right; expected E11.65, I10, Z79.84, found E11.9, I10');
	await expect(result).toContainText('Visit 2 — sore throat: partly right; expected J02.0, found J02.9');
	await expect(result).toContainText('Visit 3 — annual physical: not yet right; expected "Z00.00", found not attempted');
	await expect(result).toContainText('Z79.84 is missing: the documentation supports it');
	await expect(result).toContainText('Hint: A positive rapid strep test confirms the organism');
	const visit1 = page.locator('[data-exercise="diabetes-visit"]');
	await expect(visit1.getByTestId('exercise-feedback')).toContainText('Z79.84');
});

test('typed answers survive a reload before submitting, and Reset clears them', async ({ page }) => {
	await open(page, VITALS);
	await page.getByLabel('What is the weight in kilograms').fill('69.9');
	await page.getByLabel('What is it in degrees Celsius').fill('37 C');
	await page.getByLabel('Healthy weight (18.5 to 24.9)').check();
	await expect(page.getByText('Your answers are saved in this browser.')).toBeVisible();
	await reloadHydrated(page);
	await expect(page.getByLabel('What is the weight in kilograms')).toHaveValue('69.9');
	await expect(page.getByLabel('What is it in degrees Celsius')).toHaveValue('37 C');
	await expect(page.getByLabel('Healthy weight (18.5 to 24.9)')).toBeChecked();
	await expect(page.getByText('3 of 5 exercises answered.')).toBeVisible();

	await page.getByRole('button', { name: 'Reset lesson' }).click();
	await expect(page.getByLabel('What is the weight in kilograms')).toHaveValue('');
	await reloadHydrated(page);
	await expect(page.getByLabel('What is the weight in kilograms')).toHaveValue('');
	await expect(page.getByLabel('Healthy weight (18.5 to 24.9)')).not.toBeChecked();
});

test('attempt history shows after a reload, on the lesson and in the list', async ({ page }) => {
	await open(page, CODING);
	await codeVisits(page, 'E11.9', '', '');
	await submit(page);
	await expect(page.getByTestId('lesson-result').getByRole('heading')).toHaveText(/Result: \d+ %/);
	await codeVisits(page, 'E11.65, I10, Z79.84', 'J02.0', 'Z00.00');
	await submit(page);
	await expect(page.getByTestId('lesson-result').getByRole('heading')).toHaveText('Result: 100 %');

	await reloadHydrated(page);
	const history = page.getByTestId('lesson-history');
	await expect(history).toContainText('Best score 100 %, latest 100 % (2 attempts) — passed.');
	await expect(history.getByRole('listitem')).toHaveCount(2);
	// Submitting cleared the drafts: the form starts empty for the next try.
	await expect(page.getByLabel('Which ICD-10-CM code does visit 2 get?')).toHaveValue('');

	await open(page, '/lessons');
	await expect(page.getByTestId('lesson-code-primary-care-diagnoses')).toContainText('Best 100 % · completed');
	// The domain row counts this lesson as practised, out of every lesson that tags the domain.
	const row = page.getByTestId('domain-coverage').getByRole('row', { name: 'AHIMA RHIT: Revenue cycle management' });
	const [, lessons] = (await row.textContent())!.match(/Revenue cycle management\s*(\d+)/)!;
	await expect(row).toHaveText(new RegExp(`Revenue cycle management\\s*${lessons}\\s*1\\s*${Math.round(100 / Number(lessons))} %`));
});

test('the chart-reading lesson sets up its clinic, and the chart in the EHR answers its questions', async ({ page }) => {
	const LESSON = '/lessons/answer-from-the-chart';
	await open(page, LESSON);
	const patients = page.getByTestId('lesson-patients');
	await expect(patients).toContainText(/Harold Whitaker, born \d{4}-\d{2}-\d{2}$/);
	await expect(page.getByText('Mr. Harold Whitaker calls the clinic')).toBeVisible();
	await expect(page.locator('.story strong', { hasText: 'Whitaker' })).toHaveText('Whitaker');
	await page.getByRole('button', { name: 'Set up the clinic and open the EHR workspace' }).click();
	await page.waitForURL('**/ehr', { timeout: 60_000 });
	await expect(page.getByTestId('clinic-summary')).toContainText('seed 2207: 60 patients');
	await expect(page.getByTestId('lesson-bar')).toContainText("Lesson: Answer questions from a patient's chart — you act as the medical assistant.");

	const assistant = PRACTICE_STAFF.find((s) => s.role === 'medical-assistant')!;
	await page.getByLabel('Staff member').selectOption(assistant.id);
	await page.getByLabel('Password').fill(assistant.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('whitaker');
	await expect(page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option').first()).toContainText('Whitaker');
	await page.keyboard.press('Enter');
	const banner = page.getByTestId('patient-banner');
	await expect(banner.getByRole('heading', { level: 1 })).toContainText('Whitaker');
	await expect(page.getByTestId('banner-allergies')).toContainText(/penicillin/i);
	const mrn = /MRN\s*(\d{8})/.exec((await banner.textContent()) ?? '')?.[1];
	expect(mrn).toBeDefined();

	await page.getByTestId('lesson-bar').getByRole('link', { name: 'Back to the lesson' }).click();
	await expect(page.getByTestId('lesson-workspace').getByRole('status')).toContainText('Your clinic for this lesson is ready');
	const [, birthDate = ''] = /born (\d{4}-\d{2}-\d{2})/.exec((await patients.textContent()) ?? '') ?? [];
	const [year = 0, month = 0, day = 0] = birthDate.split('-').map(Number);
	const age = 2024 - year - (month > 6 || (month === 6 && day > 3) ? 1 : 0);
	await page.getByLabel("What is Mr. Whitaker's date of birth?").fill(`${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}`);
	await page.getByLabel('What is his medical record number (MRN)?').fill(mrn!);
	await page.getByLabel('How old is he today, in whole years?').fill(String(age));
	await page.getByLabel('Which drug is he allergic to?').fill('Penicillin');
	await page.getByLabel('Metformin').check();
	await submit(page);
	await expect(page.getByTestId('lesson-result').getByRole('heading')).toHaveText('Result: 100 %');
});
