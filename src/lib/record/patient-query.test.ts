import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parsePatientQuery } from './patient-query';

describe('parsePatientQuery', () => {
	it('reads a name and a US birth date', () => {
		expect(parsePatientQuery('Smith, Jon 4/2/1958')).toEqual({ nameTokens: ['smith', 'jon'], birthDate: '1958-04-02' });
	});
	it('reads an ISO birth date', () => {
		expect(parsePatientQuery('1958-04-02')).toEqual({ nameTokens: [], birthDate: '1958-04-02' });
	});
	it('reads a medical record number whatever its case', () => {
		expect(parsePatientQuery('mrn-0004521')).toEqual({ nameTokens: [], mrn: 'MRN-0004521' });
	});
	it('reads a phone number written with spaces and brackets', () => {
		expect(parsePatientQuery('(555) 010 2233')).toEqual({ nameTokens: [], phone: '5550102233' });
	});
	it('folds accents in names', () => {
		expect(parsePatientQuery('Núñez José').nameTokens).toEqual(['nunez', 'jose']);
	});
	it('ignores an impossible date rather than searching for it', () => {
		expect(parsePatientQuery('13/45/1990').birthDate).toBeUndefined();
	});
	it('knows when nothing searchable was typed', () => {
		expect(isEmptyQuery(parsePatientQuery(' , ; '))).toBe(true);
	});
});
