import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateClinic, openedWithReason, signInAs } from './clinic';
import { storedRows } from './indexeddb';
import type { IntakeContent } from '../src/lib/paper/intake-content';

/**
 * The health-information technician's daily work: a scanned paper intake form in the Documents
 * tab, read page by page with the keyboard, an allergy transcribed from it with the allergy form,
 * then verified against the paper, which still lists what is left to transcribe or to fix.
 */
type Row = { patient: string; resource: { resourceType: string; content: { attachment: { contentType: string; data: string } }[] } };
type Audit = { action: string; section?: string; resource?: string; user: string };

async function openFirstChart(page: Page): Promise<string> {
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await openedWithReason(page, 'Transcribing scanned intake paperwork');
	return new URL(page.url()).pathname.split('/').pop()!;
}

/** What the paper says, read from the stored DocumentReference as grading reads it. */
async function paperOnFile(page: Page, patientId: string): Promise<IntakeContent> {
	const rows = (await storedRows<Row>(page, 'DocumentReference')).filter((r) => r.patient === patientId);
	const values = rows.flatMap((r) => r.resource.content).find((c) => c.attachment.contentType === 'application/json')!;
	return JSON.parse(Buffer.from(values.attachment.data, 'base64').toString('utf8')) as IntakeContent;
}

test('a scanned intake form is paged by keyboard, an allergy transcribed from it, and verified against the paper', async ({ page }) => {
	await generateClinic(page);
	await signInAs(page, 'md-whitfield');
	const patientId = await openFirstChart(page);

	await page.getByRole('tab', { name: 'Documents' }).click();
	await page.getByLabel('Differences from the chart').selectOption({ label: 'All three' });
	await page.getByRole('button', { name: 'Add a scanned intake form' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Scanned intake form added: 2 pages.' })).toBeVisible();

	// The page is an image that says only which page it is: the values must be read off the paper.
	const scan = page.getByRole('article', { name: /Scanned intake form — scanned/ });
	const sheet = scan.getByRole('region', { name: /scanned page 1 of 2/ });
	await expect(scan.getByRole('img', { name: 'Scanned page 1 of 2', exact: true })).toBeVisible();
	await sheet.focus();
	await page.keyboard.press('PageDown');
	await expect(scan.getByRole('img', { name: 'Scanned page 2 of 2', exact: true })).toBeVisible();
	await expect(scan.getByRole('status')).toHaveText('Page 2 of 2');
	await expect(scan.getByRole('button', { name: 'Next page' })).toBeDisabled();
	await page.keyboard.press('ArrowLeft');
	await expect(scan.getByRole('status')).toHaveText('Page 1 of 2');
	const image = scan.getByRole('img', { name: 'Scanned page 1 of 2', exact: true });
	const before = (await image.boundingBox())!.width;
	await page.keyboard.press('+');
	await expect(scan.getByText('Zoom 125%')).toBeVisible();
	expect((await image.boundingBox())!.width).toBeCloseTo(before * 1.25, 0);

	const audits = await storedRows<Audit>(page, 'audit');
	expect(audits.filter((a) => a.action === 'create' && a.section === 'documents' && a.resource?.startsWith('DocumentReference/'))).toHaveLength(1);

	const paper = await paperOnFile(page, patientId);
	expect(paper.differences).toEqual(['allergy-not-in-chart', 'medication-not-in-chart', 'new-phone']);
	const allergy = paper.allergies.at(-1)!;
	const medication = paper.medications.at(-1)!;

	await scan.getByRole('button', { name: 'Verify against paper' }).click();
	const verification = scan.getByRole('region', { name: 'Verification against the paper' });
	await expect(verification.locator('ul[data-kind="omission"]')).toContainText(`The paper lists an allergy to ${allergy.substance}`);

	// Transcribe the allergy with the chart's allergy form.
	await page.getByRole('tab', { name: 'Allergies' }).click();
	await page.getByLabel('Substance').fill(allergy.substance);
	await page.getByLabel('Reaction', { exact: true }).selectOption({ label: allergy.reaction });
	await page.getByLabel('Severity').selectOption(allergy.severity);
	await page.getByLabel('Criticality').selectOption('low');
	await page.getByRole('button', { name: 'Save allergy' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: allergy to' })).toBeVisible();

	await page.getByRole('tab', { name: 'Documents' }).click();
	await scan.getByRole('button', { name: 'Verify against paper' }).click();
	await expect(verification.locator('ul[data-kind="match"]')).toContainText(`${allergy.substance} matches the paper (${allergy.reaction}, ${allergy.severity}).`);
	await expect(verification.locator('ul[data-kind="omission"]')).not.toContainText(allergy.substance);
	await expect(verification.locator('ul[data-kind="omission"]')).toContainText(`The paper lists ${medication.name}`);
	await expect(verification.locator('ul[data-kind="mismatch"]')).toContainText(`Phone differs: the paper says ${paper.demographics.phone}`);
	await expect(verification).toContainText(/\d+ match, 1 differs, 1 missing from the chart/);

	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
