import { describe, expect, test } from 'vitest';
import { at, auditTrail } from './__fixtures__/audit-trail';
import { checkWrongPatient } from './wrong-patient';

/** Search 1 shows two Maria Garcias, p-garcia-1 and p-garcia-2. */
function afterSearch() {
	const trail = auditTrail({ user: 'ma-chen', role: 'medical-assistant', workstation: 'room-2' });
	trail.add(0, 'search', { query: 'maria garcia' });
	return trail;
}
const similar = { 1: ['p-garcia-1', 'p-garcia-2'] };

describe('wrong patient', () => {
	test('charting on a look-alike without verifying: flagged at the write', () => {
		const trail = afterSearch();
		trail.add(10, 'view', { patient: 'p-garcia-2', section: 'vitals' });
		trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals', resource: 'Observation/o1' });
		const findings = checkWrongPatient({ audit: trail.records, similarSearchResults: similar });
		expect(findings.map((f) => [f.code, f.where, f.severity, f.at])).toEqual([['privacy.wrong-patient', 'audit#3', 'error', at(20)]]);
		expect(findings[0]?.evidence).toEqual([trail.records[0], trail.records[2]]);
	});

	test('demographics opened between search and charting: no flag', () => {
		const trail = afterSearch();
		trail.add(10, 'view', { patient: 'p-garcia-2', section: 'demographics' });
		trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals' });
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: similar })).toEqual([]);
	});

	test('an explicit identity check: no flag', () => {
		const trail = afterSearch();
		trail.add(20, 'update', { patient: 'p-garcia-1', section: 'allergies' });
		const sessionEvents = [{ at: at(15), kind: 'verify-identity' as const, patient: 'p-garcia-1' }];
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: similar, sessionEvents })).toEqual([]);
	});

	test('verifying the other look-alike does not verify this one', () => {
		const trail = afterSearch();
		trail.add(10, 'view', { patient: 'p-garcia-1', section: 'demographics' });
		trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals' });
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: similar }).map((f) => f.where)).toEqual(['audit#3']);
	});

	test('verification before the search does not count; a new look-alike search needs a new check', () => {
		const trail = auditTrail({ user: 'ma-chen', role: 'medical-assistant', workstation: 'room-2' });
		trail.add(0, 'view', { patient: 'p-garcia-2', section: 'demographics' });
		trail.add(5, 'search', { query: 'garcia' });
		trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals' });
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: { 2: ['p-garcia-2', 'p-garcia-1'] } }).map((f) => f.where)).toEqual([
			'audit#3'
		]);
	});

	test('one flag a search, however many writes follow', () => {
		const trail = afterSearch();
		trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals' });
		trail.add(30, 'create', { patient: 'p-garcia-2', section: 'allergies' });
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: similar })).toHaveLength(1);
	});

	test('a patient the search did not flag as similar, or a search with no look-alikes: no flag', () => {
		const trail = afterSearch();
		trail.add(20, 'create', { patient: 'p-other', section: 'vitals' });
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: similar })).toEqual([]);
		expect(checkWrongPatient({ audit: afterSearchThenWrite(), similarSearchResults: {} })).toEqual([]);
	});

	test('a colleague verifying does not verify for you', () => {
		const trail = afterSearch();
		trail.as({ user: 'rn-okafor', role: 'nurse' });
		trail.add(10, 'view', { patient: 'p-garcia-2', section: 'demographics' });
		trail.as({ user: 'ma-chen', role: 'medical-assistant' });
		trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals' });
		expect(checkWrongPatient({ audit: trail.records, similarSearchResults: similar }).map((f) => f.where)).toEqual(['audit#3']);
	});
});

function afterSearchThenWrite() {
	const trail = afterSearch();
	trail.add(20, 'create', { patient: 'p-garcia-2', section: 'vitals' });
	return trail.records;
}
