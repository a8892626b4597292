import type { Page } from '@playwright/test';
import { expect, open, test } from '../fixtures';
import { backToLesson, signInAs, startLesson, submitLesson } from './workspace';

test('find-the-right-patient: the birth date tells two Alan Pryces apart; the look-alike MRN scores low, the right one 100 %', async ({ page }) => {
	await startLesson(page, 'find-the-right-patient');
	await open(page, '/lessons/find-the-right-patient');
	const born = /born (\d{4})-(\d{2})-(\d{2})/.exec((await page.getByTestId('lesson-patients').textContent()) ?? '');
	expect(born, 'the lesson names the caller by name and birth date').not.toBeNull();
	await expect(page.getByTestId('lesson-patients')).not.toContainText('MRN');
	await page.getByRole('link', { name: 'Open the EHR workspace' }).click();
	await signInAs(page, 'front-desk');
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('pryce');
	const matches = page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option');
	await expect(matches).toHaveCount(2);
	const [, year, month, day] = born!;
	const right = matches.filter({ hasText: `${month}/${day}/${year}` });
	const wrong = matches.filter({ hasNotText: `${month}/${day}/${year}` });
	await expect(right).toHaveCount(1);
	// Careless first: the other Alan Pryce's chart.
	await wrong.click();
	const banner = page.getByTestId('patient-banner');
	const wrongMrn = /MRN\s*(\d{8})/.exec((await banner.textContent()) ?? '')?.[1];
	await page.goBack();
	await page.getByLabel('Name, date of birth (MM/DD/YYYY), MRN or phone').fill('pryce');
	await right.click();
	await expect(banner).toContainText(`${month}/${day}/${year}`);
	const rightMrn = /MRN\s*(\d{8})/.exec((await banner.textContent()) ?? '')?.[1];
	expect(rightMrn).not.toBe(wrongMrn);

	await backToLesson(page);
	await page.getByLabel('How many patients named Alan Pryce').fill('1');
	await page.getByLabel('None: take the first result').check();
	await page.getByLabel("What is the medical record number (MRN) of the Alan Pryce who is calling?").fill(wrongMrn!);
	expect(await submitLesson(page)).toBe('Result: 0 %');
	await expect(page.getByTestId('lesson-result')).toContainText(`The caller's MRN: not yet right; expected "${rightMrn}", found "${wrongMrn}"`);
	await expect(page.getByTestId('lesson-result')).toContainText(`Hint: Open the match whose date of birth is ${year}-${month}-${day}`);

	await page.getByLabel('How many patients named Alan Pryce').fill('2');
	await page.getByLabel('The date of birth he gives').check();
	await page.getByLabel("What is the medical record number (MRN) of the Alan Pryce who is calling?").fill(rightMrn!);
	expect(await submitLesson(page)).toBe('Result: 100 %');
});

async function runReport(page: Page, title: string): Promise<string[]> {
	await page.getByLabel('Report', { exact: true }).selectOption({ label: title });
	await page.getByRole('button', { name: 'Run report' }).click();
	const table = page.getByRole('table', { name: new RegExp(title) });
	await expect(table).toBeVisible();
	// "Family, Given Middle" → "Given Family", as the lesson asks.
	return (await table.getByRole('row').locator('a').allTextContents()).map((name) => {
		const [family = '', given = ''] = name.split(',').map((part) => part.trim());
		return `${given.split(' ')[0]} ${family}`;
	});
}

test('population-and-recall-reports: the reports list exactly the lesson\'s patients; a careless reading scores low', async ({ page }) => {
	await startLesson(page, 'population-and-recall-reports');
	await open(page, '/reports');
	const both = await runReport(page, 'Diabetes with hypertension');
	expect(both.sort()).toEqual(['Gloria Reyes', 'Walter Brennan']);
	const overdue = await runReport(page, 'Overdue flu shot');
	expect(overdue).toEqual(['Nadia Petrov']);

	await open(page, '/lessons/population-and-recall-reports');
	// Careless: counted everyone with diabetes, and listed them.
	await page.getByLabel('How many patients does the report').fill('3');
	await page.getByLabel('Which patients does it list?').fill('Walter Brennan\nSamuel Osei\nGloria Reyes');
	expect(await submitLesson(page)).toBe('Result: 20 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('How many have both: not yet right; expected 2, found 3');
	await expect(result).toContainText('Hint: A patient with diabetes alone, or hypertension alone, is not on this report.');

	await page.getByLabel('How many patients does the report').fill('2');
	await page.getByLabel('Which patients does it list?').fill(both.join('\n'));
	await page.getByLabel('Which patients does the recall report').fill(overdue.join('\n'));
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
