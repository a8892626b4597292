/**
 * Access control for the simulated EHR (ONC 45 CFR 170.315(d)(1); HIPAA 164.312(a)(1)): the role
 * matrix in `role-permissions.ts`, the care relationship, a stated reason and emergency access.
 */
import { finding, type Finding } from '$lib/findings/finding';
import { ACCESS_TEXTS, type AccessDecisionCode } from './access-texts';
import { CHART_SECTIONS, isClinicalSection, type RecordAction, type RecordSection } from './record-sections';
import { EMERGENCY_ACCESS, ROLE_PERMISSIONS } from './role-permissions';
import type { Role } from './roles';
import type { AuditRecord } from '$lib/db/audit-record';
import type { StaffMember } from './staff';

export function can(role: Role, section: RecordSection, action: RecordAction): boolean {
	return ROLE_PERMISSIONS[role].grants[section]?.includes(action) ?? false;
}

/** Whether emergency access could open what the role alone cannot: a clinician, clinical information. */
export function mayBreakGlass(role: Role, section: RecordSection, action: RecordAction): boolean {
	return (
		(EMERGENCY_ACCESS.roles as readonly Role[]).includes(role) &&
		isClinicalSection(section) &&
		(EMERGENCY_ACCESS.actions as readonly RecordAction[]).includes(action)
	);
}

export interface AccessRequest {
	staff: Pick<StaffMember, 'id' | 'role'>;
	/** Patient id; absent for work on no one chart yet (registering a walk-in, an audit report). */
	patient?: string;
	section: RecordSection;
	action: RecordAction;
	/** Staff ids with a care relationship to the patient (scheduled, assigned, treating). */
	careTeam: readonly string[];
	/** What the staff member typed when asked why; blank counts as none. */
	reason?: string;
	/** The staff member chose emergency access. */
	breakGlass?: boolean;
}

export interface AccessDecision {
	allowed: boolean;
	/** What would let the request through: a stated reason, or emergency access. */
	requires?: 'reason' | 'break-glass';
	finding?: Finding;
}

function decision(
	request: AccessRequest,
	allowed: boolean,
	code: AccessDecisionCode | undefined,
	requires?: AccessDecision['requires']
): AccessDecision {
	const result: AccessDecision = { allowed };
	if (requires !== undefined) result.requires = requires;
	if (code !== undefined) {
		const text = ACCESS_TEXTS[code];
		result.finding = finding(text.severity, code, accessWhere(request), text.message, {
			hint: text.hint,
			evidence: [{ staff: request.staff.id, role: request.staff.role, section: request.section, action: request.action }]
		});
	}
	return result;
}

/** `Patient/p1#notes`, or just the section when no chart is concerned. */
export function accessWhere(request: Pick<AccessRequest, 'patient' | 'section'>): string {
	return request.patient === undefined ? request.section : `Patient/${request.patient}#${request.section}`;
}

/**
 * Decide one access. Order matters: the role matrix first (no reason opens what a role may not
 * do), then the care relationship (a reason opens a chart the role may read but has no tie to),
 * and emergency access for clinicians in either case, always with a reason and always flagged.
 */
export function decideAccess(request: AccessRequest): AccessDecision {
	const { staff, section, action } = request;
	const hasReason = (request.reason ?? '').trim() !== '';
	const emergencyPossible = mayBreakGlass(staff.role, section, action);
	if (request.breakGlass === true) {
		if (!emergencyPossible) return decision(request, false, 'access.not-permitted');
		if (!hasReason) return decision(request, false, 'access.reason-required', 'reason');
		return decision(request, true, 'access.break-glass');
	}
	if (!can(staff.role, section, action)) {
		return emergencyPossible
			? decision(request, false, 'access.break-glass-required', 'break-glass')
			: decision(request, false, 'access.not-permitted');
	}
	const onCareTeam = request.patient === undefined || request.careTeam.includes(staff.id);
	if (!onCareTeam && !hasReason) return decision(request, false, 'access.reason-required', 'reason');
	// The privacy officer never treats: every chart they open is marked as opened for ROI or audit.
	const auditPurpose = ROLE_PERMISSIONS[staff.role].purpose === 'roi-audit' && request.patient !== undefined;
	return decision(request, true, auditPurpose ? 'access.audit-purpose' : undefined);
}

/**
 * Exporting a chart hands over every section of it the exporter can see, in one file (the FHIR
 * Bundle), so a role may export only if it may export each section it may view: the physician
 * (treatment, at a transition of care) and the privacy officer (release of information). The
 * front desk, the coder and rooming staff may not, even the sections they read.
 */
export function mayExportChart(role: Role): boolean {
	const seen = CHART_SECTIONS.filter((section) => can(role, section, 'view'));
	return seen.length > 0 && seen.every((section) => can(role, section, 'export'));
}

export interface ChartExportAttempt {
	staff: Pick<StaffMember, 'id' | 'role'>;
	patient: string;
	workstation: string;
	at: string;
	/** The lesson attempt the session is stamped with. */
	attempt?: string;
}

/**
 * Decides an export of the whole chart and gives the audit record either way: a refused export is
 * recorded as one (ONC 45 CFR 170.315(d)(2)), so an attempt past a hidden control is seen.
 */
export function decideChartExport(request: ChartExportAttempt): { decision: AccessDecision; audit: AuditRecord } {
	const allowed = mayExportChart(request.staff.role);
	const decision: AccessDecision = { allowed };
	if (!allowed) {
		const text = ACCESS_TEXTS['access.export-not-permitted'];
		decision.finding = finding(text.severity, 'access.export-not-permitted', `Patient/${request.patient}`, text.message, {
			hint: text.hint,
			evidence: [{ staff: request.staff.id, role: request.staff.role, section: 'all', action: 'export' }]
		});
	}
	const audit: AuditRecord = {
		at: request.at,
		user: request.staff.id,
		role: request.staff.role,
		workstation: request.workstation,
		action: 'export',
		outcome: allowed ? 'success' : 'refused',
		patient: request.patient,
		section: 'all',
		resource: `Patient/${request.patient}`
	};
	if (request.attempt !== undefined) audit.attempt = request.attempt;
	return { decision, audit };
}
