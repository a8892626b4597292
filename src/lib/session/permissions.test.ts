import { describe, expect, test } from 'vitest';
import { accessWhere, can, decideAccess, decideChartExport, mayBreakGlass, mayExportChart, type AccessRequest } from './permissions';
import { CHART_SECTIONS, CLINICAL_SECTIONS, RECORD_ACTIONS, RECORD_SECTIONS, type RecordAction, type RecordSection } from './record-sections';
import { ROLE_PERMISSIONS } from './role-permissions';
import { ROLES, type Role } from './roles';

function rolesThatCan(section: RecordSection, action: RecordAction): Role[] {
	return ROLES.filter((role) => can(role, section, action));
}

/** What a role may do to one section, in the order of RECORD_ACTIONS. */
function actionsOf(role: Role, section: RecordSection): RecordAction[] {
	return RECORD_ACTIONS.filter((action) => can(role, section, action));
}

/** The sections a role may view, and those it may write (create or update). */
function reach(role: Role) {
	return {
		view: RECORD_SECTIONS.filter((section) => can(role, section, 'view')),
		write: RECORD_SECTIONS.filter((section) => can(role, section, 'create') || can(role, section, 'update'))
	};
}

describe('role matrix', () => {
	test('front desk: registration, insurance, scheduling, scanned intake; no clinical record', () => {
		expect(reach('front-desk')).toEqual({
			view: ['demographics', 'insurance', 'scheduling', 'documents'],
			write: ['demographics', 'insurance', 'scheduling', 'documents']
		});
	});

	test('only the physician prescribes and signs, and only medications and notes', () => {
		expect(rolesThatCan('medications', 'prescribe')).toEqual(['physician']);
		expect(rolesThatCan('notes', 'sign')).toEqual(['physician']);
		expect(RECORD_SECTIONS.filter((s) => s !== 'medications' && rolesThatCan(s, 'prescribe').length > 0)).toEqual([]);
		expect(RECORD_SECTIONS.filter((s) => s !== 'notes' && rolesThatCan(s, 'sign').length > 0)).toEqual([]);
	});

	test('medical assistant records medications without prescribing, and reads problems, labs, notes', () => {
		expect(actionsOf('medical-assistant', 'medications')).toEqual(['view', 'create', 'update']);
		expect(reach('medical-assistant').write).toEqual(['allergies', 'medications', 'vitals', 'immunizations']);
		expect(['problems', 'labs', 'notes'].map((s) => actionsOf('medical-assistant', s as RecordSection))).toEqual([['view'], ['view'], ['view']]);
	});

	test('nurse reads the clinical record and charts vitals, allergies, medication history, immunizations and notes', () => {
		expect(reach('nurse').write).toEqual(['allergies', 'medications', 'vitals', 'immunizations', 'notes']);
		expect(actionsOf('nurse', 'medications')).toEqual(['view', 'create', 'update']);
		expect(actionsOf('nurse', 'orders')).toEqual(['view']);
		expect(CLINICAL_SECTIONS.filter((s) => !can('nurse', s, 'view'))).toEqual([]);
	});

	test('physician: every clinical action', () => {
		expect(CLINICAL_SECTIONS.filter((s) => !['view', 'create', 'update', 'print'].every((a) => can('physician', s, a as RecordAction)))).toEqual([]);
	});

	test('coder reads notes, problems and encounters and writes only billing', () => {
		expect(reach('coder')).toEqual({
			view: ['demographics', 'insurance', 'problems', 'notes', 'encounters', 'billing'],
			write: ['billing']
		});
	});

	test('only the privacy officer reads the audit and discloses; they read every section and change none', () => {
		expect(rolesThatCan('audit', 'view')).toEqual(['privacy-officer']);
		expect(CHART_SECTIONS.filter((s) => rolesThatCan(s, 'disclose').join() !== 'privacy-officer')).toEqual([]);
		expect(reach('privacy-officer')).toEqual({ view: [...RECORD_SECTIONS], write: ['documents'] });
		expect(actionsOf('privacy-officer', 'audit')).toEqual(['view', 'print', 'export']);
	});

	test('no role may act on a section it cannot view', () => {
		const problems: string[] = [];
		for (const role of ROLES) {
			for (const section of RECORD_SECTIONS) {
				for (const action of RECORD_ACTIONS) {
					if (can(role, section, action) && !can(role, section, 'view')) problems.push(`${role} ${action} ${section}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('every role states its rationale', () => {
		expect(ROLES.filter((role) => ROLE_PERMISSIONS[role].rationale.length < 80)).toEqual([]);
	});
});

describe('mayBreakGlass', () => {
	test.each([
		['nurse', 'medications', 'update', true],
		['physician', 'notes', 'view', true],
		['nurse', 'medications', 'prescribe', false],
		['nurse', 'notes', 'print', false],
		['nurse', 'billing', 'view', false],
		['medical-assistant', 'notes', 'create', false],
		['front-desk', 'notes', 'view', false]
	] as const)('%s %s %s: %s', (role, section, action, expected) => {
		expect(mayBreakGlass(role, section, action)).toBe(expected);
	});
});

describe('decideAccess', () => {
	const base: AccessRequest = {
		staff: { id: 'rn-okafor', role: 'nurse' },
		patient: 'p1',
		section: 'vitals',
		action: 'view',
		careTeam: ['rn-okafor', 'md-whitfield']
	};

	test('care-team member with a permitted action: allowed, nothing to say', () => {
		expect(decideAccess(base)).toEqual({ allowed: true });
	});

	test('outside the care team without a reason: needs a reason', () => {
		const result = decideAccess({ ...base, careTeam: ['md-whitfield'] });
		expect(result.allowed).toBe(false);
		expect(result.requires).toBe('reason');
		expect([result.finding?.code, result.finding?.where]).toEqual(['access.reason-required', 'Patient/p1#vitals']);
	});

	test('a blank reason is no reason', () => {
		expect(decideAccess({ ...base, careTeam: [], reason: '   ' }).requires).toBe('reason');
	});

	test('outside the care team with a reason: allowed', () => {
		expect(decideAccess({ ...base, careTeam: [], reason: 'Covering for Tom at lunch' })).toEqual({ allowed: true });
	});

	test('work on no chart skips the care-team check', () => {
		const { patient: _none, ...registration } = base;
		expect(decideAccess({ ...registration, staff: { id: 'fd-alvarez', role: 'front-desk' }, section: 'demographics', action: 'create', careTeam: [] })).toEqual({
			allowed: true
		});
	});

	test('a role without permission and no emergency access: refused', () => {
		const result = decideAccess({ ...base, staff: { id: 'fd-alvarez', role: 'front-desk' }, section: 'notes', careTeam: ['fd-alvarez'] });
		expect(result).toMatchObject({ allowed: false });
		expect(result.requires).toBeUndefined();
		expect([result.finding?.code, result.finding?.where, result.finding?.severity]).toEqual([
			'access.not-permitted',
			'Patient/p1#notes',
			'error'
		]);
	});

	test('a reason does not open what the role may not do', () => {
		const result = decideAccess({ ...base, staff: { id: 'cd-mbeki', role: 'coder' }, section: 'vitals', reason: 'curious' });
		expect(result.finding?.code).toBe('access.not-permitted');
	});

	test('a clinician lacking permission is offered break-the-glass', () => {
		const result = decideAccess({ ...base, section: 'orders', action: 'create' });
		expect([result.allowed, result.requires, result.finding?.code]).toEqual([false, 'break-glass', 'access.break-glass-required']);
	});

	test('break-the-glass with a reason: allowed and flagged', () => {
		const result = decideAccess({ ...base, section: 'orders', action: 'create', breakGlass: true, reason: 'Anaphylaxis in room 2' });
		expect(result.allowed).toBe(true);
		expect([result.finding?.code, result.finding?.severity, result.finding?.where]).toEqual([
			'access.break-glass',
			'warning',
			'Patient/p1#orders'
		]);
	});

	test('break-the-glass opens a chart outside the care team, and still needs a reason', () => {
		const outside = { ...base, staff: { id: 'md-sato', role: 'physician' as const }, careTeam: [], breakGlass: true };
		expect(decideAccess(outside)).toMatchObject({ allowed: false, requires: 'reason' });
		expect(decideAccess({ ...outside, reason: 'Unresponsive in the waiting room' }).finding?.code).toBe('access.break-glass');
	});

	test('break-the-glass never prescribes, and is not for non-clinical roles', () => {
		const prescribe = decideAccess({ ...base, section: 'medications', action: 'prescribe', breakGlass: true, reason: 'urgent' });
		expect([prescribe.allowed, prescribe.finding?.code]).toEqual([false, 'access.not-permitted']);
		const coder = decideAccess({ ...base, staff: { id: 'cd-mbeki', role: 'coder' }, section: 'notes', breakGlass: true, reason: 'urgent' });
		expect([coder.allowed, coder.finding?.code]).toEqual([false, 'access.not-permitted']);
	});

	test('privacy officer: a reason, then access marked as ROI/audit purpose', () => {
		const officer = { ...base, staff: { id: 'po-ferreira', role: 'privacy-officer' as const }, section: 'notes' as const, careTeam: [] };
		expect(decideAccess(officer).requires).toBe('reason');
		const result = decideAccess({ ...officer, reason: 'Complaint 2025-014' });
		expect([result.allowed, result.finding?.code, result.finding?.severity]).toEqual([true, 'access.audit-purpose', 'info']);
	});

	test('accessWhere without a patient is the section', () => {
		expect(accessWhere({ section: 'audit' })).toBe('audit');
	});
});

describe('exporting a whole chart', () => {
	test('only the physician and the privacy officer may export a chart; front desk, coder and rooming staff may not', () => {
		expect(ROLES.filter(mayExportChart)).toEqual(['physician', 'privacy-officer']);
	});

	test('the physician exports every section they see, and nothing they do not (insurance, billing, the audit)', () => {
		const seen = RECORD_SECTIONS.filter((section) => can('physician', section, 'view'));
		expect(seen.filter((section) => !can('physician', section, 'export'))).toEqual([]);
		expect(RECORD_SECTIONS.filter((section) => can('physician', section, 'export') && !seen.includes(section))).toEqual([]);
		expect(rolesThatCan('notes', 'export')).toEqual(['physician', 'privacy-officer']);
	});

	test('exporting is not disclosing: the physician still releases nothing outside treatment', () => {
		expect(CHART_SECTIONS.filter((section) => can('physician', section, 'disclose'))).toEqual([]);
	});

	const attempt = (role: Role, id: string) => decideChartExport({ staff: { id, role }, patient: 'p1', workstation: 'front-1', at: '2026-11-23T10:00:00.000Z', attempt: 'a-1' });

	test.each([
		['front-desk', 'fd-alvarez'],
		['coder', 'cd-mbeki'],
		['medical-assistant', 'ma-chen'],
		['nurse', 'rn-okafor']
	] as const)('%s: refused, with the refusal in plain words, and audited as a refused export of the whole chart', (role, id) => {
		const { decision, audit } = attempt(role, id);
		expect([decision.allowed, decision.finding?.code, decision.finding?.message]).toEqual([false, 'access.export-not-permitted', 'Your role may not export a whole chart.']);
		expect(audit).toEqual({
			at: '2026-11-23T10:00:00.000Z',
			user: id,
			role,
			workstation: 'front-1',
			action: 'export',
			outcome: 'refused',
			patient: 'p1',
			section: 'all',
			resource: 'Patient/p1',
			attempt: 'a-1'
		});
	});

	test('physician and privacy officer: allowed, audited as a successful export, nothing to say', () => {
		for (const [role, id] of [['physician', 'md-sato'], ['privacy-officer', 'po-ferreira']] as const) {
			const { decision, audit } = attempt(role, id);
			expect([decision.allowed, decision.finding, audit.outcome, audit.action, audit.user]).toEqual([true, undefined, 'success', 'export', id]);
		}
	});

	test('outside a lesson the audit record carries no attempt', () => {
		const { audit } = decideChartExport({ staff: { id: 'md-sato', role: 'physician' }, patient: 'p1', workstation: 'room-3', at: '2026-11-23T10:00:00.000Z' });
		expect('attempt' in audit).toBe(false);
	});
});
