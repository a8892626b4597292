import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, reloadHydrated, test } from './fixtures';
import { openedWithReason } from './clinic';
import { storedRows } from './indexeddb';
import { PRACTICE_STAFF } from '../src/lib/session/practice-staff';

/**
 * Clinical entry as a physician does it: an allergy, a prescription that meets it, a problem
 * picked by code, a signed note and its addendum, a visit sent to coding, a lab ordered twice.
 * Each journey checks the stored FHIR resources and the audit events, and runs axe on the forms.
 */
const physician = PRACTICE_STAFF.find((s) => s.id === 'md-whitfield')!;

type Audit = { action: string; section?: string; resource?: string; reason?: string; user: string; outcome: string };

async function auditLog(page: Page): Promise<Audit[]> {
	return storedRows<Audit>(page, 'audit');
}

/** Stored FHIR resources are read loosely: the assertions below say what shape they must have. */
type Loose = any;
type Row = { id: string; patient?: string; resource: Loose };

async function resourcesOf(page: Page, type: string, patientId: string): Promise<Loose[]> {
	return (await storedRows<Row>(page, type)).filter((r) => r.patient === patientId).map((r) => r.resource);
}

/** A generated clinic, the physician signed in, the first patient's chart open (saying why, if asked). */
async function openChartAsPhysician(page: Page): Promise<string> {
	await open(page, '/ehr');
	await page.getByLabel('Patients', { exact: true }).selectOption('100');
	await page.getByLabel('Seed').fill('1042');
	await page.getByRole('button', { name: 'Generate clinic' }).click();
	await expect(page.getByTestId('clinic-summary')).toContainText('seed 1042: 100 patients', { timeout: 60_000 });
	await page.getByLabel('Staff member').selectOption(physician.id);
	await page.getByLabel('Password').fill(physician.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText(physician.name);
	await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
	await openedWithReason(page, 'Covering for Dr. Sato today');
	return new URL(page.url()).pathname.split('/').pop()!;
}

async function expectAccessible(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('an allergy is recorded, a prescription against it meets the alert, and the half-typed prescription survives a reload and a lock', async ({ page }) => {
	const patientId = await openChartAsPhysician(page);

	await page.getByRole('tab', { name: 'Allergies' }).click();
	await page.getByLabel('Substance').fill('penicillin');
	await page.getByLabel('Reaction', { exact: true }).selectOption({ label: 'Anaphylaxis' });
	await page.getByLabel('Severity').selectOption('mild');
	await expect(page.getByText('Anaphylaxis is a severe reaction: choose severe.')).toBeVisible();
	await expect(page.getByLabel('Severity')).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('button', { name: 'Save allergy' }).click();
	await expect(status(page, 'Not saved: 2 fields need attention.')).toBeVisible();
	await expect(page.getByText('Choose the criticality: how dangerous a future reaction could be.')).toBeVisible();
	await page.getByLabel('Severity').selectOption('severe');
	await page.getByLabel('Criticality').selectOption('high');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Save allergy' }).click();
	await expect(status(page, 'Saved: allergy to penicillin.')).toBeVisible();
	await expect(page.getByTestId('banner-allergies')).toContainText('penicillin');
	await expect(page.getByRole('button', { name: 'Record “No known allergies”' })).toBeDisabled();

	const [allergy] = (await resourcesOf(page, 'AllergyIntolerance', patientId)).filter((a) => a.recorder?.identifier?.value === physician.id);
	expect(allergy).toMatchObject({
		code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '70618' }] },
		criticality: 'high',
		reaction: [{ manifestation: [{ coding: [{ code: '39579001' }] }], severity: 'severe' }],
		meta: { versionId: '1' },
		recorder: { display: physician.name }
	});

	await page.getByRole('tab', { name: 'Medications' }).click();
	await page.getByLabel('Drug (RxNorm)').selectOption({ label: 'amoxicillin 500 MG Oral Capsule' });
	await page.getByLabel(/^Dose/).fill('1');
	await page.getByLabel('Route').selectOption('oral');
	await page.getByLabel('Frequency').selectOption('TID');
	await page.getByLabel('Duration (days, optional)').fill('10');
	await page.getByLabel(/^Quantity/).fill('20');
	await expect(page.getByText('20 capsules do not last 10 days at 1 capsule three times daily (that needs 30).')).toBeVisible();
	await page.getByLabel(/^Quantity/).fill('30');
	await expect(page.getByTestId('medication-sig')).toHaveText('Take 1 capsule by mouth three times daily for 10 days.');

	// Reload mid-form: the draft is there.
	await page.waitForTimeout(700);
	await reloadHydrated(page);
	await page.getByRole('tab', { name: 'Medications' }).click();
	await expect(status(page, 'Your unsaved prescription was restored.')).toBeVisible();
	await expect(page.getByLabel(/^Quantity/)).toHaveValue('30');
	await expect(page.getByTestId('medication-sig')).toHaveText('Take 1 capsule by mouth three times daily for 10 days.');

	// Lock mid-form: unlocking brings it back too.
	await page.keyboard.press('Control+Alt+l');
	await expect(page.getByRole('heading', { name: 'Workstation locked' })).toBeVisible();
	await page.getByLabel('Password').fill(physician.password);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await page.getByRole('tab', { name: 'Medications' }).click();
	await expect(page.getByLabel('Drug (RxNorm)')).toHaveValue('308191');

	await page.getByRole('button', { name: 'Prescribe', exact: true }).click();
	const alert = page.getByRole('alertdialog', { name: 'Drug-allergy alert' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('amoxicillin is one of the penicillins (ATC J01C), and the patient is allergic to penicillin (Anaphylaxis, severe, criticality high)');
	await expectAccessible(page);
	await alert.getByRole('button', { name: 'Prescribe anyway' }).click();
	await expect(alert.getByText('Say why it is safe to go ahead')).toBeVisible();
	await alert.getByRole('button', { name: 'Cancel' }).click();
	await expect(status(page, 'Not saved: you cancelled at the allergy alert. Your entries are kept; choose another drug.')).toBeVisible();
	expect(await resourcesOf(page, 'MedicationRequest', patientId).then((all) => all.filter((m) => m.requester?.identifier?.value === physician.id))).toEqual([]);

	await page.getByRole('button', { name: 'Prescribe', exact: true }).click();
	await alert.getByLabel('Reason to go ahead').fill('Skin-tested negative by allergy clinic in 2024');
	await alert.getByRole('button', { name: 'Prescribe anyway' }).click();
	await expect(status(page, 'Saved: amoxicillin 500 MG Oral Capsule prescribed.')).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Medications' })).toContainText('Take 1 capsule by mouth three times daily for 10 days.');

	const [prescription] = (await resourcesOf(page, 'MedicationRequest', patientId)).filter((m) => m.requester?.identifier?.value === physician.id);
	expect(prescription).toMatchObject({
		status: 'active',
		intent: 'order',
		medicationCodeableConcept: { coding: [{ code: '308191' }] },
		dosageInstruction: [{ text: 'Take 1 capsule by mouth three times daily for 10 days.', timing: { code: { coding: [{ code: 'TID' }] } } }],
		dispenseRequest: { quantity: { value: 30 } },
		note: [{ text: 'Drug-allergy alert acknowledged: Skin-tested negative by allergy clinic in 2024' }]
	});
	const audits = await auditLog(page);
	expect(audits.filter((a) => a.action === 'create' && a.user === physician.id).map((a) => `${a.section} ${a.resource?.split('/')[0]} ${a.reason ?? ''}`.trim())).toEqual([
		'allergies AllergyIntolerance',
		'medications MedicationRequest Skin-tested negative by allergy clinic in 2024'
	]);
	// Stopping it is a new version of the same record, with the reason, audited as an update.
	await page.getByRole('button', { name: 'Stop amoxicillin 500 MG Oral Capsule' }).click();
	const stop = page.getByRole('group', { name: 'Stop amoxicillin 500 MG Oral Capsule' });
	await stop.getByRole('button', { name: 'Stop', exact: true }).click();
	await expect(stop.getByText('Say why, for whoever reads this record next.')).toBeVisible();
	await stop.getByLabel('Why').fill('Switched after discussing the alert with the patient');
	await stop.getByRole('button', { name: 'Stop', exact: true }).click();
	await expect(page.getByRole('table').filter({ hasText: 'Medications' })).toContainText('stopped — Switched after discussing the alert with the patient');
	await expect
		.poll(async () => (await resourcesOf(page, 'MedicationRequest', patientId)).find((m) => m.id === prescription.id)?.meta)
		.toMatchObject({ versionId: '2' });
	expect((await auditLog(page)).filter((a) => a.action === 'update' && a.section === 'medications').map((a) => [a.resource, a.reason])).toEqual([
		[`MedicationRequest/${prescription.id}`, 'Switched after discussing the alert with the patient']
	]);
	// The draft is gone once saved.
	await expect.poll(async () => (await storedRows<{ key: string }>(page, 'drafts')).map((d) => d.key).filter((key: string) => key.startsWith('medication:'))).toEqual([]);
});

test('a problem is added with the code picker, a note is signed and then addended, and the visit is sent to coding', async ({ page }) => {
	const patientId = await openChartAsPhysician(page);

	await page.getByRole('tab', { name: 'Problems' }).click();
	const picker = page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
	await picker.fill('J20');
	await page.getByRole('option').filter({ hasText: 'J20 Acute bronchitis' }).filter({ hasText: 'needs more characters' }).click();
	await expect(page.getByText('J20 is a category, not a complete code: pick one of the codes under it, with all its characters.')).toBeVisible();
	await picker.fill('J20.9');
	await page.getByRole('option').filter({ hasText: 'J20.9' }).first().click();
	await expect(page.getByTestId('problem-chosen')).toContainText('J20.9 Acute bronchitis, unspecified');
	await page.getByLabel('Onset date (optional)').fill('2099-01-01');
	await expect(page.getByText(/Onset date 01\/01\/2099 is in the future/)).toBeVisible();
	const onset = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
	await page.getByLabel('Onset date (optional)').fill(onset);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Add to problem list' }).click();
	await expect(status(page, 'Saved: J20.9 Acute bronchitis, unspecified on the problem list.')).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Problem list' })).toContainText('J20.9');
	const [condition] = (await resourcesOf(page, 'Condition', patientId)).filter((c) => c.recorder?.identifier?.value === physician.id);
	expect(condition).toMatchObject({
		code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J20.9' }] },
		clinicalStatus: { coding: [{ code: 'active' }] },
		category: [{ coding: [{ code: 'problem-list-item' }] }],
		onsetDateTime: onset
	});

	await page.getByRole('tab', { name: 'Notes' }).click();
	const visit = page.getByLabel('Visit', { exact: true });
	const visitId = await visit.locator('option').nth(1).getAttribute('value');
	await visit.selectOption(visitId!);
	await page.getByLabel('Subjective').fill('Chief complaint: cough for 5 days\nHistory of present illness: dry cough, no fever');
	await page.getByRole('button', { name: 'Sign note' }).click();
	await expect(page.getByText('Write the objective: what was measured and examined.')).toBeVisible();
	await expect(page.getByText('Write the subjective: what the patient reports.')).toHaveCount(0);
	await page.getByLabel('Objective').fill('Vitals: afebrile\nExam: lungs clear');
	await page.getByLabel('Assessment').fill('Assessment: acute bronchitis');
	await page.getByLabel('Plan').fill('Plan: fluids, honey, return if not better in 2 weeks');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Sign note' }).click();
	await expect(status(page, 'Signed: Office visit (SOAP).')).toBeVisible();
	const article = page.getByRole('article').filter({ hasText: 'dry cough, no fever' });
	await expect(article).toContainText(`${physician.name} · Signed by ${physician.name}`);

	await article.getByRole('button', { name: 'Add addendum' }).click();
	await article.getByLabel('Addendum', { exact: true }).fill('Chest X-ray reviewed: no infiltrate.');
	await article.getByRole('button', { name: 'Sign addendum' }).click();
	await expect(article.getByRole('region', { name: /^Addendum of/ })).toContainText('Chest X-ray reviewed: no infiltrate.');

	const notes = (await resourcesOf(page, 'DocumentReference', patientId)).filter((d) => d.author?.[0]?.identifier?.value === physician.id);
	const original = notes.find((n) => !n.relatesTo)!;
	const addendum = notes.find((n) => n.relatesTo)!;
	expect(original).toMatchObject({ docStatus: 'final', meta: { versionId: '1' }, authenticator: { display: physician.name }, context: { encounter: [{ reference: `Encounter/${visitId}` }] } });
	expect(addendum).toMatchObject({ docStatus: 'final', relatesTo: [{ code: 'appends', target: { reference: `DocumentReference/${original.id}` } }] });

	await page.getByRole('tab', { name: 'Encounters' }).click();
	await page.getByRole('button', { name: 'Send to coding' }).first().click();
	await expect(status(page, /Sent the visit of .* to coding\./)).toBeVisible();
	const sent = (await resourcesOf(page, 'Encounter', patientId)).filter((e) => e.meta?.tag?.some((t: { code: string }) => t.code === 'sent-to-coding'));
	expect(sent.length).toBe(1);
	expect(sent[0].meta).toMatchObject({ versionId: '2', tag: expect.arrayContaining([{ system: 'https://chartroom.invalid/workflow', code: 'sent-to-coding', display: 'Sent to coding' }]) });

	// Two weeks later the bronchitis is over: resolved, not deleted.
	await page.getByRole('tab', { name: 'Problems' }).click();
	await page.getByRole('button', { name: 'Resolve Acute bronchitis, unspecified' }).click();
	await page.getByRole('group', { name: 'Resolve Acute bronchitis, unspecified' }).getByLabel('Why').fill('Cough gone at follow-up');
	await page.getByRole('group', { name: 'Resolve Acute bronchitis, unspecified' }).getByRole('button', { name: 'Resolve', exact: true }).click();
	await expect(page.getByRole('table').filter({ hasText: 'Problem list' }).getByRole('row').filter({ hasText: 'J20.9' })).toContainText('Resolved');
	await expect.poll(async () => (await resourcesOf(page, 'Condition', patientId)).find((c) => c.id === condition.id)?.clinicalStatus?.coding?.[0]?.code).toBe('resolved');

	const audits = (await auditLog(page)).filter((a) => a.user === physician.id && (a.action === 'create' || a.action === 'update'));
	expect(audits.map((a) => `${a.action} ${a.section} ${a.resource?.split('/')[0]}${a.reason ? ` (${a.reason})` : ''}`)).toEqual([
		'create problems Condition',
		'create notes DocumentReference',
		'create notes DocumentReference',
		'update encounters Encounter (Sent to coding)',
		'update problems Condition (Cough gone at follow-up)'
	]);
});

test('a lab ordered twice meets the duplicate-test alert naming when and by whom; an immunization too close to the last dose is caught, another clears what was due', async ({ page }) => {
	const patientId = await openChartAsPhysician(page);

	await page.getByRole('tab', { name: 'Orders' }).click();
	await page.getByLabel('Laboratory test').selectOption('2132-9');
	await page.getByLabel('Instructions (optional)').fill('Draw with next visit labs.');
	await page.getByRole('button', { name: 'Place order' }).click();
	await expect(status(page, 'Ordered: Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma.')).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Test orders' })).toContainText(physician.name);

	await page.getByLabel('Laboratory test').selectOption('2132-9');
	await page.getByRole('button', { name: 'Place order' }).click();
	const alert = page.getByRole('alertdialog', { name: 'Duplicate-test alert' });
	const today = new Date();
	const shown = `${String(today.getMonth() + 1).padStart(2, '0')}/${String(today.getDate()).padStart(2, '0')}/${today.getFullYear()}`;
	await expect(alert).toContainText(`Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma was already ordered today (${shown}) by ${physician.name}, and that order is still open.`);
	await expectAccessible(page);
	await alert.getByLabel('Reason to go ahead').fill('First specimen hemolyzed; lab asked for a redraw');
	await alert.getByRole('button', { name: 'Order anyway' }).click();
	await expect(status(page, 'Ordered: Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma.')).toBeVisible();

	const orders = (await resourcesOf(page, 'CarePlan', patientId)).filter((c) => c.intent === 'order');
	expect(orders.length).toBe(2);
	expect(orders[0]).toMatchObject({ activity: [{ detail: { kind: 'ServiceRequest', code: { coding: [{ system: 'http://loinc.org', code: '2132-9' }] }, status: 'scheduled' } }], author: { display: physician.name } });
	expect(orders.map((o) => o.note?.[0]?.text ?? '')).toContain('Duplicate-test alert acknowledged: First specimen hemolyzed; lab asked for a redraw');
	const orderAudits = (await auditLog(page)).filter((a) => a.section === 'orders' && a.action === 'create');
	expect(orderAudits.map((a) => a.reason ?? '')).toEqual(['', 'First specimen hemolyzed; lab asked for a redraw']);

	await page.getByRole('tab', { name: 'Immunizations' }).click();
	await expect(page.getByRole('note')).toContainText('Td and Tdap: due');
	// This patient had her flu shot last month: a second one now looks like a duplicate.
	await page.getByLabel('Vaccine (CVX)').selectOption('150');
	await expect(page.getByText(/^Influenza vaccine already recorded on \d\d\/\d\d\/\d{4}, \d+ days from this date\. Doses of the same vaccine are at least 4 weeks apart: is this a duplicate\?$/)).toBeVisible();
	await expect(page.getByLabel('Date given')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Vaccine (CVX)').selectOption('115');
	await page.getByLabel('Lot number').fill('x');
	await expect(page.getByText('A lot number is 3–20 letters, digits or hyphens, as printed on the vial.')).toBeVisible();
	await page.getByLabel('Lot number').fill('TDAP25-A7');
	await page.getByLabel('Route').selectOption('intramuscular');
	await page.getByLabel('Site').selectOption('left-arm');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Save immunization' }).click();
	await expect(status(page, 'Saved: Tdap (CVX 115).')).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Immunizations' }).getByRole('row').nth(1)).toContainText('TDAP25-A7');
	await expect(page.getByRole('note').filter({ hasText: 'Td and Tdap:' })).toHaveCount(0);
	const [dose] = (await resourcesOf(page, 'Immunization', patientId)).filter((i) => i.lotNumber === 'TDAP25-A7');
	expect(dose).toMatchObject({ status: 'completed', primarySource: true, vaccineCode: { coding: [{ code: '115' }] }, site: { coding: [{ code: '368208006' }] }, performer: [{ actor: { display: physician.name } }] });
	expect((await auditLog(page)).filter((a) => a.section === 'immunizations' && a.action === 'create').map((a) => a.resource)).toEqual([`Immunization/${dose.id}`]);
});
