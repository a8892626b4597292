import { expect, open, test } from '../fixtures';
import { backToLesson, openChart, signInAs, startLesson, submitLesson } from './workspace';

const PROMPTS = {
	thyroid: 'Assessment: hypothyroidism, on levothyroxine.',
	lipids: 'Assessment: hyperlipidemia, unspecified',
	ear: 'Assessment: acute otitis media of the left ear.',
	uti: 'Assessment: urinary tract infection, site not specified.'
};

test('use-the-encoder: every key is found in the encoder; unspecified ears and lipids earn half, the reference answers 100 %', async ({ page }) => {
	await open(page, '/codes');
	const box = page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
	const listbox = page.getByRole('listbox', { name: 'Matching codes' });
	for (const [words, code] of [
		['hypothyroidism', 'E03.9'],
		['hyperlipidemia', 'E78.5'],
		['otitis media left', 'H66.92'],
		['urinary tract infection', 'N39.0']
	]) {
		await box.fill(words!);
		await expect(listbox.getByRole('option', { name: new RegExp(`^${code!.replace('.', '\\.')} `) })).toBeVisible();
	}

	await open(page, '/lessons/use-the-encoder');
	await page.getByLabel(PROMPTS.thyroid).fill('E07.9');
	await page.getByLabel(PROMPTS.lipids).fill('E78.00');
	await page.getByLabel(PROMPTS.ear).fill('H66.90');
	expect(await submitLesson(page)).toBe('Result: 25 %');
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('Otitis media: partly right; expected H66.92, found H66.90');
	await expect(result).toContainText('Hint: The last character of H66.9- says which ear; left is 2.');
	await expect(result).toContainText('Urinary tract infection: not yet right; expected "N39.0", found not attempted');

	await page.getByLabel(PROMPTS.thyroid).fill('E03.9');
	await page.getByLabel(PROMPTS.lipids).fill('e785');
	await page.getByLabel(PROMPTS.ear).fill('H66.92');
	await page.getByLabel(PROMPTS.uti).fill('N39.0');
	expect(await submitLesson(page)).toBe('Result: 100 %');
});

test('code-from-the-problem-list: the chart\'s problems are the key; a careless, unspecific coding scores low, the chart\'s codes 100 %', async ({ page }) => {
	await startLesson(page, 'code-from-the-problem-list');
	await signInAs(page, 'coder');
	await openChart(page, 'lang');
	await page.getByRole('tab', { name: 'Problems' }).click();
	const problems = page.getByRole('tabpanel');
	for (const code of ['E11.65', 'I10', 'E78.5', 'Z79.84']) await expect(problems).toContainText(code);
	await backToLesson(page);
	const codes = page.getByLabel('Which ICD-10-CM codes does today');
	await codes.fill('I10, E11.9');
	const careless = Number(/(\d+) %/.exec(await submitLesson(page))?.[1]);
	expect(careless).toBeLessThan(50);
	const result = page.getByTestId('lesson-result');
	await expect(result).toContainText('The visit\'s diagnosis codes: partly right; expected E11.65, I10, E78.5, Z79.84, found I10, E11.9');
	await expect(result).toContainText('Hint: Open the chart\'s Problems section.');
	await codes.fill('E11.65, I10, E78.5, Z79.84');
	expect(await submitLesson(page)).toBe('Result: 100 %');
});
