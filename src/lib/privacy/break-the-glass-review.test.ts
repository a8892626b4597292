import { expect, test } from 'vitest';
import { auditTrail } from './__fixtures__/audit-trail';
import { checkBreakTheGlassReview } from './break-the-glass-review';

test('every break-the-glass is an info finding for review, and nothing else is', () => {
	const trail = auditTrail({ user: 'md-sato', role: 'physician', workstation: 'room-3' });
	trail.add(0, 'break-glass', { patient: 'p1', section: 'allergies', reason: 'Anaphylaxis in the waiting room' });
	trail.add(1, 'view', { patient: 'p1', section: 'allergies' });
	trail.add(2, 'break-glass', { patient: 'p2' });
	trail.add(3, 'break-glass', { patient: 'p3', outcome: 'refused' });
	const findings = checkBreakTheGlassReview({ audit: trail.records });
	expect(findings.map((f) => [f.code, f.where, f.severity, f.message])).toEqual([
		['privacy.break-the-glass-review', 'audit#1', 'info', 'You used emergency access (break-the-glass) on allergies. It will be reviewed.'],
		['privacy.break-the-glass-review', 'audit#3', 'info', 'You used emergency access (break-the-glass) on the chart. It will be reviewed.']
	]);
	expect(findings[0]?.regulation).toContain('164.312(a)(2)(ii)');
});
