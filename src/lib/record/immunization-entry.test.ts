import type { Immunization } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { checkImmunization, emptyImmunization, immunizationResource } from './immunization-entry';
import { describeDue, vaccinesDue } from './immunizations-due';

const today = '2025-11-23';
const context = { today, birthDate: '1955-02-10', immunizations: [] as Immunization[] };
const stamp = { patientId: 'p1', at: '2025-11-23T15:00:00.000Z', author: { id: 'rn-okafor', name: 'Grace Okafor' }, id: 'imm-new' };
const flu = { ...emptyImmunization(today), cvx: '150', lot: 'FL2025-A7', site: 'left-arm' as const, route: 'intramuscular' as const };

function dose(cvx: string, date: string): Immunization {
	return { resourceType: 'Immunization', status: 'completed', vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: cvx }] }, patient: { reference: 'Patient/p1' }, occurrenceDateTime: date };
}

describe('checkImmunization', () => {
	it('a dose given here needs vaccine, lot, route and site; a reported one only vaccine and date', () => {
		expect(checkImmunization(emptyImmunization(today), context).missing).toEqual({
			cvx: 'Choose the vaccine (CVX).',
			lot: 'Enter the lot number from the vial.',
			route: 'Choose the route.',
			site: 'Choose the injection site.'
		});
		expect(checkImmunization({ ...emptyImmunization(today), source: 'historical', cvx: '115', date: '2019-04-01' }, context).ready).toBe(true);
		expect(checkImmunization(flu, context).ready).toBe(true);
	});

	it('an intranasal vaccine is not injected and has no injection site', () => {
		const check = checkImmunization({ ...flu, cvx: '149', route: 'intramuscular' }, context);
		expect(check.errors.route).toBe('influenza, live, intranasal, quadrivalent is given intranasal.');
		expect(checkImmunization({ ...flu, cvx: '149', route: 'nasal' }, context).errors.site).toBe('No injection site for a vaccine given intranasal: clear the site.');
	});

	it('an expired lot, a malformed lot and a future date are refused, each beside its field', () => {
		const check = checkImmunization({ ...flu, lot: 'x', expiration: '2025-10-01' }, context);
		expect(check.errors.lot).toBe('A lot number is 3–20 letters, digits or hyphens, as printed on the vial.');
		expect(check.errors.expiration).toBe('This lot expired on 10/01/2025, before the date given: an expired vaccine must not be given.');
		expect(checkImmunization({ ...flu, date: '2025-12-01' }, context).errors.date).toBe('Date given 12/01/2025 is in the future (today is 11/23/2025).');
	});

	it('a second dose of the same vaccine within 4 weeks looks like a duplicate', () => {
		const check = checkImmunization(flu, { ...context, immunizations: [dose('158', '2025-11-10')] });
		expect(check.errors.date).toBe(
			'Influenza vaccine already recorded on 11/10/2025, 13 days from this date. Doses of the same vaccine are at least 4 weeks apart: is this a duplicate?'
		);
	});
});

describe('immunizationResource', () => {
	it('writes CVX, lot, site, route, date and the administering staff member', () => {
		expect(immunizationResource(flu, checkImmunization(flu, context), stamp)).toEqual({
			resourceType: 'Immunization',
			id: 'imm-new',
			meta: { versionId: '1', lastUpdated: stamp.at },
			status: 'completed',
			vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: '150', display: 'influenza, injectable, quadrivalent, preservative free' }], text: 'influenza, injectable, quadrivalent, preservative free' },
			patient: { reference: 'Patient/p1' },
			occurrenceDateTime: today,
			recorded: stamp.at,
			primarySource: true,
			lotNumber: 'FL2025-A7',
			site: { coding: [{ system: 'http://snomed.info/sct', code: '368208006', display: 'Left upper arm structure (body structure)' }], text: 'Left upper arm (deltoid)' },
			route: { coding: [{ system: 'http://snomed.info/sct', code: '78421000', display: 'Intramuscular route (qualifier value)' }], text: 'Intramuscular' },
			performer: [{ function: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0443', code: 'AP', display: 'Administering Provider' }] }, actor: { identifier: { system: 'urn:chartroom:staff', value: 'rn-okafor' }, display: 'Grace Okafor' } }]
		});
	});
});

describe('vaccinesDue', () => {
	it('a 70-year-old with nothing on record is due for flu (overdue after October), Td, pneumococcal and zoster', () => {
		expect(vaccinesDue('1955-02-10', [], today).map(describeDue)).toEqual([
			'Influenza: overdue — no dose this season (since 08/01/2025)',
			'Td and Tdap: due — no tetanus booster on record',
			'Pneumococcal: due — no pneumococcal vaccine on record (recommended from 65)',
			'Zoster: due — recombinant zoster vaccine: 2 doses from 50, none on record'
		]);
	});

	it('doses on record clear what they cover; an old Td is overdue; one zoster dose asks for the second', () => {
		const doses = [dose('150', '2025-09-15'), dose('115', '2012-05-01'), dose('216', '2021-03-01'), dose('187', '2025-06-01')];
		expect(vaccinesDue('1955-02-10', doses, today).map(describeDue)).toEqual([
			'Td and Tdap: overdue — last dose 05/01/2012, booster was due 05/01/2022',
			'Zoster: due — second recombinant zoster dose (first 06/01/2025; 2–6 months apart)'
		]);
	});

	it('in September the flu shot is due, not yet overdue; a 5-month-old is not due at all', () => {
		expect(vaccinesDue('1990-01-01', [dose('115', '2020-01-01')], '2025-09-10').map(describeDue)).toEqual(['Influenza: due — no dose this season (since 08/01/2025)']);
		expect(vaccinesDue('2025-06-20', [], today)).toEqual([]);
	});
});
