import { describe, expect, test } from 'vitest';
import { auditTrail } from './__fixtures__/audit-trail';
import { lifeInsuranceRequest } from './__fixtures__/release-paperwork';
import { checkExcessiveDisclosure } from './excessive-disclosure';

function officer() {
	return auditTrail({ user: 'po-ferreira', role: 'privacy-officer', workstation: 'office-2' });
}

describe('excessive disclosure', () => {
	test('releasing exactly what was requested: no flag', () => {
		const trail = officer();
		trail.add(0, 'disclose', { patient: 'p-lopez', section: 'problems' });
		trail.add(1, 'print', { patient: 'p-lopez', section: 'labs' });
		expect(checkExcessiveDisclosure({ audit: trail.records, requests: [lifeInsuranceRequest] })).toEqual([]);
	});

	test.each(['print', 'export', 'disclose'] as const)('%s of a section beyond the request is flagged at that record', (action) => {
		const trail = officer();
		trail.add(0, 'disclose', { patient: 'p-lopez', section: 'labs' });
		trail.add(1, action, { patient: 'p-lopez', section: 'notes' });
		const findings = checkExcessiveDisclosure({ audit: trail.records, requests: [lifeInsuranceRequest] });
		expect(findings.map((f) => [f.code, f.where, f.severity])).toEqual([['privacy.excessive-disclosure', 'audit#2', 'error']]);
		expect(findings[0]?.message).toBe('You released notes, which the request did not need.');
	});

	test('exporting the whole chart names everything beyond the request', () => {
		const trail = officer();
		trail.add(0, 'export', { patient: 'p-lopez' });
		const [found] = checkExcessiveDisclosure({ audit: trail.records, requests: [lifeInsuranceRequest] });
		expect(found?.where).toBe('audit#1');
		expect(found?.message).toContain('You released demographics, insurance, scheduling, allergies, medications, vital signs,');
		expect(found?.message).not.toContain('laboratory results');
	});

	test('no request for that patient, or a refused print: not judged here', () => {
		const trail = officer();
		trail.add(0, 'print', { patient: 'p-other', section: 'notes' });
		trail.add(1, 'print', { patient: 'p-lopez', section: 'notes', outcome: 'refused' });
		expect(checkExcessiveDisclosure({ audit: trail.records, requests: [lifeInsuranceRequest] })).toEqual([]);
	});

	test('two requests for the patient: what either needs', () => {
		const trail = officer();
		trail.add(0, 'disclose', { patient: 'p-lopez', section: 'immunizations' });
		const school = { ...lifeInsuranceRequest, id: 'roi-8', sections: ['immunizations' as const], recipient: 'Lincoln School' };
		expect(checkExcessiveDisclosure({ audit: trail.records, requests: [lifeInsuranceRequest, school] })).toEqual([]);
	});
});
