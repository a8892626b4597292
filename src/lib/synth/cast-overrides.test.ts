import { describe, expect, test } from 'vitest';
import { collect, ofType, TODAY } from './__fixtures__/cohorts';
import { ageInYears, parseDay } from './dates';
import type { PatientRecord } from './generate-patient';
import { generatePractitioners } from './generate-practitioners';
import type { Scenario } from './scenario';
import { CHARTROOM } from './systems';

const scenario: Scenario = {
	seed: 'cast',
	cohort: 0,
	today: TODAY,
	cast: {
		flu: { template: 'essential-hypertension', overdue: ['influenza'] },
		punctual: { template: 'essential-hypertension', age: 60 },
		john: { template: 'type-2-diabetes', sex: 'male', name: { given: 'John', family: 'Smith' } },
		jon: { template: 'healthy-adult', similarTo: 'john' },
		twin: { template: 'asthma', similarTo: 'john', name: { given: 'John' } },
		strep: { template: 'acute-strep-pharyngitis', allergy: ['penicillin'], age: 30 },
		ear: { template: 'acute-otitis-media', allergy: ['penicillin'], age: 3 },
		alert: { template: 'acute-strep-pharyngitis', allergy: ['penicillin'], conflict: true, age: 25 },
		uti: { template: 'acute-uti', allergy: ['sulfa'] },
		walkin: { template: 'healthy-adult', registered: false, name: { given: 'Ana', family: 'Ortiz' }, birthDate: '1988-04-02' },
		senator: { template: 'hyperlipidemia', vip: true },
		cousin: { template: 'healthy-adult', relativeOf: 'staff-nurse' },
		expecting: { template: 'pregnancy' },
		warfarin: { template: 'atrial-fibrillation', age: 72 }
	}
};
const records = new Map(collect(scenario).map((r) => [r.castKey as string, r]));
const cast = (key: string) => records.get(key) as PatientRecord;
const seasonStart = parseDay('2024-08-01');
const fluThisSeason = (r: PatientRecord) =>
	ofType(r, 'Immunization').filter((i) => i.vaccineCode.coding?.[0]?.code === '150' && parseDay((i.occurrenceDateTime as string).slice(0, 10)) >= seasonStart);
const medicationCodes = (r: PatientRecord) => ofType(r, 'MedicationRequest').map((m) => m.medicationCodeableConcept?.text);

describe('cast overrides', () => {
	test('overdue influenza: no flu shot since 1 August', () => {
		expect(fluThisSeason(cast('flu'))).toEqual([]);
	});

	test('a cast adult who is not overdue has this season\'s flu shot', () => {
		expect(fluThisSeason(cast('punctual'))).toHaveLength(1);
	});

	test('a given name and sex are kept', () => {
		expect(cast('john').patient.name?.[0]?.family).toBe('Smith');
		expect(cast('john').patient.name?.[0]?.given?.[0]).toBe('John');
		expect(cast('john').patient.gender).toBe('male');
	});

	test('similarTo gives a near-identical name and a different birth date', () => {
		const john = cast('john').patient;
		const jon = cast('jon').patient;
		expect(jon.name?.[0]?.family === john.name?.[0]?.family || jon.name?.[0]?.family === 'Smyth').toBe(true);
		expect(['John', 'Jon']).toContain(jon.name?.[0]?.given?.[0]);
		expect(jon.birthDate).not.toBe(john.birthDate);
		expect(jon.gender).toBe(john.gender);
	});

	test('similarTo with the same given name: same name, different birth date', () => {
		const john = cast('john').patient;
		const twin = cast('twin').patient;
		expect(twin.name?.[0]?.given?.[0]).toBe('John');
		expect(twin.birthDate).not.toBe(john.birthDate);
	});

	test('a penicillin allergy is recorded and amoxicillin is replaced by azithromycin', () => {
		for (const key of ['strep', 'ear']) {
			const r = cast(key);
			expect(ofType(r, 'AllergyIntolerance').map((a) => a.code?.coding?.[0]?.display)).toEqual(['penicillin']);
			expect(medicationCodes(r).join(' ')).not.toMatch(/amoxicillin/);
			expect(medicationCodes(r).join(' ')).toMatch(/azithromycin/);
			expect(ofType(r, 'Condition').map((c) => c.code?.coding?.[0]?.code)).toContain('Z88.0');
		}
	});

	test('conflict keeps the drug the patient is allergic to (a drug-allergy alert exercise)', () => {
		expect(medicationCodes(cast('alert')).join(' ')).toMatch(/amoxicillin/);
	});

	test('a sulfa allergy rules out sulfamethoxazole-trimethoprim', () => {
		expect(medicationCodes(cast('uti')).join(' ')).not.toMatch(/sulfamethoxazole/);
		expect(medicationCodes(cast('uti'))).toHaveLength(1);
	});

	test('an unregistered walk-in has intake data as given, no MRN and no history', () => {
		const walkin = cast('walkin');
		expect(walkin.registered).toBe(false);
		expect(walkin.patient.name?.[0]).toMatchObject({ family: 'Ortiz', given: ['Ana'] });
		expect(walkin.patient.birthDate).toBe('1988-04-02');
		expect(walkin.patient.identifier).toBeUndefined();
		expect(ofType(walkin, 'Encounter')).toEqual([]);
	});

	test('vip and relative-of-staff are tagged and carried in extensions', () => {
		expect(cast('senator').patient.meta?.tag).toContainEqual({ system: CHARTROOM.flag, code: 'vip', display: 'VIP' });
		expect(cast('senator').patient.extension).toContainEqual({ url: CHARTROOM.vipExtension, valueBoolean: true });
		const cousin = cast('cousin').patient;
		expect(cousin.meta?.tag).toContainEqual({ system: CHARTROOM.flag, code: 'relative-of-staff', display: 'Relative of staff' });
		// `staff-nurse` is the roster's first nurse, Grace Okafor: someone a learner signs in as.
		expect(cousin.extension).toContainEqual({ url: CHARTROOM.relativeOfStaffExtension, valueString: 'rn-okafor' });
		const nurse = generatePractitioners(scenario).staff.find((s) => s.id === 'rn-okafor');
		expect(cousin.name?.[0]?.family).toBe('Okafor');
		expect(nurse?.name.family).toBe('Okafor');
	});

	test('a pregnancy cast member is a woman of 16–44 with prenatal visits coded by trimester', () => {
		const r = cast('expecting');
		expect(r.patient.gender).toBe('female');
		const age = ageInYears(parseDay(r.patient.birthDate as string), parseDay(TODAY));
		expect(age).toBeGreaterThanOrEqual(16);
		expect(age).toBeLessThanOrEqual(44);
		const reasons = ofType(r, 'Encounter').filter((e) => e.type?.[0]?.text === 'Prenatal visit').map((e) => e.reasonCode?.[0]?.coding?.[0]?.code);
		expect(reasons.length).toBeGreaterThan(0);
		expect(reasons.every((code) => /^Z34\.[08][123]$/.test(code ?? ''))).toBe(true);
	});

	test('an age override is honoured', () => {
		expect(ageInYears(parseDay(cast('warfarin').patient.birthDate as string), parseDay(TODAY))).toBe(72);
	});
});
