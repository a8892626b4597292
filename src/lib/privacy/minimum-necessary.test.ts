import { describe, expect, test } from 'vitest';
import { auditTrail } from './__fixtures__/audit-trail';
import { checkMinimumNecessary, taskSectionsOf } from './minimum-necessary';

function maTrail() {
	const trail = auditTrail({ user: 'ma-chen', role: 'medical-assistant', workstation: 'room-2' });
	trail.add(0, 'view', { patient: 'p1', section: 'demographics' });
	trail.add(5, 'view', { patient: 'p1', section: 'vitals' });
	return trail;
}

describe('minimum necessary', () => {
	test('only the sections the task needs: no flag', () => {
		expect(checkMinimumNecessary({ audit: maTrail().records, taskSections: ['demographics', 'vitals'] })).toEqual([]);
	});

	test('a section beyond the task is flagged at its first view, naming it', () => {
		const trail = maTrail();
		trail.add(10, 'view', { patient: 'p1', section: 'notes' });
		trail.add(20, 'view', { patient: 'p1', section: 'notes' });
		const findings = checkMinimumNecessary({ audit: trail.records, taskSections: ['demographics', 'vitals'] });
		expect(findings.map((f) => [f.code, f.where, f.severity])).toEqual([['privacy.minimum-necessary', 'audit#3', 'warning']]);
		expect(findings[0]?.message).toBe('You opened notes, which this task does not need.');
		expect(findings[0]?.evidence).toHaveLength(2);
	});

	test('the same section of another patient is another finding', () => {
		const trail = maTrail();
		trail.add(10, 'view', { patient: 'p1', section: 'labs' });
		trail.add(20, 'view', { patient: 'p2', section: 'labs' });
		expect(checkMinimumNecessary({ audit: trail.records, taskSections: ['demographics', 'vitals'] }).map((f) => f.where)).toEqual([
			'audit#3',
			'audit#4'
		]);
	});

	test('no task sections given: not judged', () => {
		const trail = maTrail();
		trail.add(10, 'view', { patient: 'p1', section: 'notes' });
		expect(checkMinimumNecessary({ audit: trail.records })).toEqual([]);
	});

	test('writes and refused views are not views of more than needed', () => {
		const trail = maTrail();
		trail.add(10, 'update', { patient: 'p1', section: 'allergies' });
		trail.add(11, 'view', { patient: 'p1', section: 'billing', outcome: 'refused' });
		expect(checkMinimumNecessary({ audit: trail.records, taskSections: ['demographics', 'vitals'] })).toEqual([]);
	});

	test('the summary a chart opens on is not a section the learner chose: not judged; the labs tab is', () => {
		const trail = maTrail();
		trail.add(1, 'view', { patient: 'p1', section: 'summary' });
		trail.add(30, 'view', { patient: 'p1', section: 'labs' });
		const findings = checkMinimumNecessary({ audit: trail.records, taskSections: ['demographics', 'vitals'] });
		expect(findings.map((f) => [f.where, f.message])).toEqual([['audit#4', 'You opened laboratory results, which this task does not need.']]);
		expect(findings[0]?.regulation).toContain('164.514(d)');
	});

	test('each person is judged on their own views', () => {
		const trail = maTrail();
		trail.as({ user: 'rn-okafor', role: 'nurse' });
		trail.add(10, 'view', { patient: 'p1', section: 'notes' });
		trail.as({ user: 'ma-chen', role: 'medical-assistant' });
		trail.add(20, 'view', { patient: 'p1', section: 'notes' });
		expect(checkMinimumNecessary({ audit: trail.records, taskSections: ['demographics', 'vitals'] }).map((f) => f.evidence?.length)).toEqual([1, 1]);
	});
});

describe('the task sections a lesson workspace stores', () => {
	test('a list of known sections is the task', () => {
		expect(taskSectionsOf(['demographics', 'allergies'])).toEqual(['demographics', 'allergies']);
	});

	test.each([[undefined], [[]], ['demographics'], [['demographics', 'lab-results']], [[42]]])('%j is no task: the rule stays quiet', (value) => {
		expect(taskSectionsOf(value)).toBeUndefined();
	});
});
