import { describe, expect, it } from 'vitest';
import { ALLERGY_SUBSTANCES, substanceLabel } from '$lib/codes/data/allergy-substances';
import { RXNORM_DRUGS } from '$lib/codes/data/rxnorm-drugs';
import { intakeContent, PAPER_DIFFERENCES } from './intake-content';
import { intakePages } from './intake-svg';
import { paperValues, scannedIntakeFor, scannedPages } from './intake-document';
import { patient, record } from './__fixtures__/record';

const options = { seed: 's1', date: '2026-11-20' };
const stamp = { patientId: 'p1', at: '2026-11-20T10:00:00Z', author: { id: 'hit-1', name: 'Pat Reyes' }, id: 'doc-1' };

describe('intakeContent', () => {
	it('is the same paper for the same record and seed, in every run', () => {
		expect(intakeContent(patient, record, options)).toEqual(intakeContent(patient, record, options));
		const a = scannedIntakeFor(patient, record, options, stamp);
		expect(scannedIntakeFor(patient, record, options, stamp)).toEqual(a);
	});

	it('with no differences, writes on paper exactly what the chart holds', () => {
		const paper = intakeContent(patient, record, { ...options, differences: [] });
		expect(paper.demographics).toEqual({ family: 'Okafor', given: 'Ada N', birthDate: '1961-04-09', sex: 'F', phone: '(479) 555-0142', line: '12 Elm St', city: 'Fayetteville', state: 'AR', postalCode: '72701' });
		expect(paper.insurance).toEqual({ payer: 'Blue Ridge Health <Plan> & Co', memberId: 'XJH448120' });
		expect(paper.allergies).toEqual([{ substance: 'penicillin', reaction: 'Urticaria', severity: 'moderate' }]);
		expect(paper.medications).toEqual([{ name: 'lisinopril 10 MG Oral Tablet', rxcui: '314076', directions: 'Take 1 tablet by mouth once daily.' }]);
		expect(paper.noKnownAllergies).toBe(false);
		expect(paper.visitNote.join(' ')).toContain('Essential (primary) hypertension');
	});

	it('writes each deliberate difference as a listed substance, a listed drug or a new phone number', () => {
		const paper = intakeContent(patient, record, { ...options, differences: PAPER_DIFFERENCES });
		const extra = paper.allergies[1]!;
		expect(paper.allergies).toHaveLength(2);
		expect(ALLERGY_SUBSTANCES.map(substanceLabel)).toContain(extra.substance);
		expect(extra.substance).not.toBe('penicillin');
		expect(extra.reaction).not.toBe('Anaphylaxis');
		const drug = paper.medications[1]!;
		expect(RXNORM_DRUGS.find((d) => d.rxcui === drug.rxcui)?.name).toBe(drug.name);
		expect(drug.rxcui).not.toBe('314076');
		expect(paper.demographics.phone).toMatch(/^\(479\) 555-\d{4}$/);
		expect(paper.demographics.phone).not.toBe('(479) 555-0142');
		expect(paper.differences).toEqual(PAPER_DIFFERENCES);
	});

	it('lets the seed choose the differences: some forms are clean, some carry one or two', () => {
		const counts = new Set(Array.from({ length: 30 }, (_, i) => intakeContent(patient, record, { ...options, seed: `seed-${i}` }).differences.length));
		expect([...counts].sort()).toEqual([0, 1, 2]);
	});

	it('ticks "No known allergies" only when the chart recorded it and nothing was added', () => {
		const nka = { resourceType: 'AllergyIntolerance' as const, id: 'nka', patient: { reference: 'Patient/p1' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '716186003' }] } };
		const resources = [patient, nka];
		expect(intakeContent(patient, resources, { ...options, differences: [] }).noKnownAllergies).toBe(true);
		expect(intakeContent(patient, resources, { ...options, differences: ['allergy-not-in-chart'] }).noKnownAllergies).toBe(false);
		expect(intakeContent(patient, [patient], { ...options, differences: [] }).noKnownAllergies).toBe(false);
	});
});

describe('scanned pages', () => {
	it('draws two SVG pages with the handwritten values, escaped, in system fonts only', () => {
		const paper = intakeContent(patient, record, { ...options, differences: [] });
		const pages = intakePages(paper, 's1');
		expect(pages).toHaveLength(2);
		expect(pages[0]).toContain('Okafor');
		expect(pages[0]).toContain('4/9/1961');
		expect(pages[0]).toContain('Blue Ridge Health &lt;Plan&gt; &amp; Co');
		expect(pages[0]).toContain('Urticaria');
		expect(pages[1]).toContain('Page 2 of 2');
		for (const page of pages) {
			expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
			expect(page).not.toContain('@font-face');
		}
	});

	it('stores the pages and the paper values in one DocumentReference', () => {
		const doc = scannedIntakeFor(patient, record, { ...options, differences: ['new-phone'] }, stamp);
		expect(doc).toMatchObject({ resourceType: 'DocumentReference', status: 'current', subject: { reference: 'Patient/p1' }, type: { coding: [{ system: 'http://loinc.org', code: '34108-1' }], text: 'Scanned intake form' } });
		expect(doc.content!.map((c) => c.attachment.contentType)).toEqual(['image/svg+xml', 'image/svg+xml', 'application/json']);
		expect(scannedPages(doc).map((p) => p.title)).toEqual(['Page 1 of 2', 'Page 2 of 2']);
		expect(paperValues(doc)).toEqual(intakeContent(patient, record, { ...options, differences: ['new-phone'] }));
	});
});
