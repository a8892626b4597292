import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { at, auditTrail } from './__fixtures__/audit-trail';
import { carefulLearner, carelessLearner } from './__fixtures__/roi-desk-day';
import { PRIVACY_RULES, evaluatePrivacy } from './monitor';
import { PRIVACY_RULE_IDS } from './rule-texts';

describe('evaluatePrivacy', () => {
	test('the careful learner: no flags', () => {
		expect(evaluatePrivacy(carefulLearner())).toEqual([]);
	});

	test('the careless learner: exactly these flags, in time order', () => {
		expect(evaluatePrivacy(carelessLearner()).map((f) => [f.at, f.code, f.where])).toEqual([
			[at(0), 'privacy.credential-sharing', 'audit#1'],
			[at(50), 'privacy.wrong-patient', 'audit#7'],
			[at(50), 'privacy.password-in-record', 'DocumentReference/auth-scan'],
			[at(60), 'privacy.minimum-necessary', 'audit#8'],
			[at(70), 'privacy.snooping', 'audit#9'],
			[at(90), 'privacy.excessive-disclosure', 'audit#11'],
			[at(90), 'privacy.disclosure-without-authorization', 'audit#11'],
			[at(120), 'privacy.unlocked-workstation', 'session']
		]);
	});

	test('every finding carries its regulation and why', () => {
		const missing = evaluatePrivacy(carelessLearner()).filter((f) => f.regulation === '' || f.why === '' || f.hint === undefined);
		expect(missing).toEqual([]);
	});

	test('break-the-glass outside the care team: the review flag only', () => {
		const trail = auditTrail({ user: 'md-sato', role: 'physician', workstation: 'room-3' });
		trail.add(0, 'login');
		trail.add(10, 'break-glass', { patient: 'p-garcia-2', section: 'allergies', reason: 'Collapsed in the lobby' });
		trail.add(11, 'view', { patient: 'p-garcia-2', section: 'allergies' });
		trail.add(12, 'view', { patient: 'p-garcia-2', section: 'medications' });
		trail.add(40, 'logout');
		const findings = evaluatePrivacy({ ...carefulLearner(), learner: 'md-sato', audit: trail.records, sessionEvents: [], taskSections: undefined });
		expect(findings.map((f) => [f.code, f.where, f.severity])).toEqual([['privacy.break-the-glass-review', 'audit#2', 'info']]);
	});

	test('a rule for every text, and a text for every rule', () => {
		expect(Object.keys(PRIVACY_RULES)).toEqual(PRIVACY_RULE_IDS);
	});

	test('deterministic whatever order the records arrive in', () => {
		const input = carelessLearner();
		const expected = evaluatePrivacy(input);
		fc.assert(
			fc.property(fc.shuffledSubarray([...input.audit], { minLength: input.audit.length }), (audit) => {
				expect(evaluatePrivacy({ ...input, audit })).toEqual(expected);
			}),
			{ numRuns: 50 }
		);
	});

	test('an empty attempt: no flags', () => {
		expect(evaluatePrivacy({ audit: [] })).toEqual([]);
	});
});
