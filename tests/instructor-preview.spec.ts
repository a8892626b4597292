import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

async function openLessonFile(page: Page, name: string, text: string) {
	await page.getByLabel('Lesson file', { exact: true }).setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
}

const HOSTILE = `---
id: hostile-preview
title: A lesson that tries to run code
module: retrieving
role: medical-assistant
minutes: 5
objectives: [Read a chart]
domains: [cehrs:clinical-operations]
scenario:
  seed: 5
  cohort: 0
  today: 2024-06-03
  cast:
    patient: { template: healthy-adult, name: { given: Ana, family: Ruiz } }
exercises:
  family:
    kind: answer
    prompt: What is the patient's family name?
    input: text
    key: "{{patient.name.family}}"
---

# Story

Ms. {patient.name} is here. <script>window.__pwned = 'script'</script>

Look: <img src="x" onerror="window.__pwned = 'img'"> and [a trap](javascript:window.__pwned='link') and ![a picture](https://example.org/tracker.png)

<Exercise id="family" />
`;

test('an instructor previews a broken lesson file and sees each problem by file, line and field', async ({ page }) => {
	await open(page, '/instructor');
	await openLessonFile(page, 'unknown-field.md', readFileSync('tests/fixtures/broken-lessons/unknown-field.md', 'utf8'));
	await expect(page.getByTestId('preview-summary')).toHaveText('unknown-field.md: 1 file, 0 lessons, 1 error, 0 warnings');
	const problems = page.getByRole('list', { name: 'Problems in unknown-field.md' });
	await expect(problems).toContainText('unknown field "tolerence"');
	await expect(problems).toContainText('Hint: did you mean "tolerance"?');
	await expect(problems).toContainText('unknown-field.md:22: exercises.weight.tolerence');
	await expect(page.getByTestId('lesson-preview')).toHaveCount(0);

	await page.getByLabel('Lesson file', { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
	await expect(page.getByRole('alert')).toHaveText('notes.txt is not a lesson file: lessons are Markdown files ending in .md.');
});

test('a previewed lesson shows its HTML as text, runs none of it, loads nothing, and its exercise can be tried', async ({ page }) => {
	await open(page, '/instructor');
	await openLessonFile(page, 'hostile.md', HOSTILE);
	const preview = page.getByTestId('lesson-preview');
	await expect(preview.getByRole('heading', { level: 2 })).toHaveText('A lesson that tries to run code');
	await expect(page.getByTestId('solution-score')).toContainText("The file's reference solutions score 100 %.");
	await expect(preview).toContainText('Ms. Ana Ruiz is here.');
	await expect(preview).toContainText("<script>window.__pwned = 'script'</script>");
	await expect(preview).toContainText(`<img src="x" onerror="window.__pwned = 'img'">`);
	await expect(preview).toContainText('[image: a picture]');
	expect(await preview.locator('script, img, iframe, [onerror], [onclick]').count()).toBe(0);
	expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

	await preview.getByLabel("What is the patient's family name?").fill('ruiz');
	await preview.getByRole('button', { name: 'Try: submit answers' }).click();
	await expect(page.getByTestId('preview-result').getByRole('heading')).toHaveText('Result: 100 %');
	// Trying a preview leaves no trace in the learner's progress.
	await open(page, '/lessons');
	await expect(page.getByText('A lesson that tries to run code')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test('the instructor sees which lessons practise each certification domain, and which domains no lesson covers', async ({ page }) => {
	await open(page, '/instructor');
	const coverage = page.getByTestId('domain-coverage');
	await expect(coverage.getByRole('row', { name: /AHIMA RHIT: Leadership/ })).toContainText('not covered yet');
	await expect(coverage.getByRole('row', { name: /NHA CEHRS: Revenue cycle/ })).toContainText('Code three primary-care visits');
	await expect(coverage.getByRole('row', { name: /NHA CEHRS: Clinical operations/ })).toContainText("Record a patient's vital signs in the chart");
});
