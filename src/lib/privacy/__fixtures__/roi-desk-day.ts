/**
 * One lesson, two learners. The learner is the privacy officer, Ana Ferreira, at office-2: Maria
 * Garcia (p-garcia-2; a second Maria Garcia, p-garcia-1, exists) asked for her problems and labs
 * to go to Northwind Life, and signed an authorization for problems, labs and medications. The
 * task: confirm her identity, scan the authorization into her documents, release what was asked.
 */
import { PRACTICE_STAFF } from '$lib/session/practice-staff';
import type { PrivacyInput } from '../privacy-input';
import type { Authorization, DisclosureRequest } from '../release-of-information';
import { at, auditTrail } from './audit-trail';
import { lifeInsuranceRequest, signedAuthorization } from './release-paperwork';

const request: DisclosureRequest = { ...lifeInsuranceRequest, patient: 'p-garcia-2', at: at(0) };
const authorization: Authorization = { ...signedAuthorization, patient: 'p-garcia-2' };

const lesson = {
	learner: 'po-ferreira',
	staff: PRACTICE_STAFF,
	careTeams: { 'p-garcia-1': ['md-sato'], 'p-garcia-2': ['md-whitfield', 'rn-okafor'], 'p-moreau': ['md-sato'] },
	patients: {
		'p-garcia-1': { family: 'Garcia' },
		'p-garcia-2': { family: 'Garcia' },
		'p-moreau': { family: 'Moreau', vip: true }
	},
	taskSections: ['demographics', 'documents', 'labs', 'problems'],
	requests: [request],
	authorizations: [authorization]
} satisfies Omit<PrivacyInput, 'audit'>;

export function carefulLearner(): PrivacyInput {
	const trail = auditTrail({ user: 'po-ferreira', role: 'privacy-officer', workstation: 'office-2' });
	trail.add(0, 'login');
	trail.add(10, 'search', { query: 'maria garcia' });
	trail.add(20, 'view', { patient: 'p-garcia-2', section: 'demographics', reason: 'ROI request roi-7' });
	trail.add(30, 'create', { patient: 'p-garcia-2', section: 'documents', resource: 'DocumentReference/auth-scan' });
	trail.add(40, 'view', { patient: 'p-garcia-2', section: 'labs' });
	trail.add(50, 'disclose', { patient: 'p-garcia-2', section: 'labs', reason: 'Life insurance application' });
	trail.add(55, 'disclose', { patient: 'p-garcia-2', section: 'problems', reason: 'Life insurance application' });
	trail.add(60, 'lock', { reason: 'manual' });
	trail.add(210, 'unlock');
	trail.add(220, 'logout');
	return {
		...lesson,
		audit: trail.records,
		similarSearchResults: { 2: ['p-garcia-1', 'p-garcia-2'] },
		sessionEvents: [
			{ at: at(61), kind: 'area-changed', detail: 'lessons' },
			{ at: at(200), kind: 'area-changed', detail: 'ehr' }
		],
		writtenTexts: [{ at: at(30), resource: 'DocumentReference/auth-scan', text: 'Authorization for Northwind Life scanned; expires 2025-06-30.' }],
		until: at(400)
	};
}

export function carelessLearner(): PrivacyInput {
	const trail = auditTrail({ user: 'cd-mbeki', role: 'coder', workstation: 'office-2' });
	// The coder's password was on a sticky note: the learner tries it first.
	trail.add(0, 'login'); // 1
	trail.add(5, 'search', { query: 'garcia' }); // 2
	trail.add(10, 'logout'); // 3
	trail.as({ user: 'po-ferreira', role: 'privacy-officer' });
	trail.add(20, 'login'); // 4
	trail.add(30, 'search', { query: 'maria garcia' }); // 5: two Maria Garcias
	trail.add(40, 'view', { patient: 'p-garcia-2', section: 'labs', reason: 'ROI request roi-7' }); // 6
	trail.add(50, 'create', { patient: 'p-garcia-2', section: 'documents', resource: 'DocumentReference/auth-scan' }); // 7: unverified
	trail.add(60, 'view', { patient: 'p-garcia-2', section: 'notes' }); // 8: not needed
	trail.add(70, 'view', { patient: 'p-moreau', section: 'demographics' }); // 9: curiosity
	trail.add(80, 'disclose', { patient: 'p-garcia-2', section: 'labs' }); // 10: fine
	trail.add(90, 'disclose', { patient: 'p-garcia-2', section: 'notes' }); // 11: neither requested nor authorized
	trail.add(100, 'view', { patient: 'p-garcia-2', section: 'documents' }); // 12
	return {
		...lesson,
		audit: trail.records,
		similarSearchResults: { 5: ['p-garcia-1', 'p-garcia-2'] },
		sessionEvents: [{ at: at(120), kind: 'area-changed', detail: 'lessons' }],
		writtenTexts: [
			{ at: at(50), resource: 'DocumentReference/auth-scan', text: 'Authorization scanned. Coder sign-in if needed: Ledger-Willow-84' }
		]
	};
}
