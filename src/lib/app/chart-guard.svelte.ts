/**
 * Access to one chart on screen (ONC 45 CFR 170.315(d)(1), (d)(6); HIPAA 164.312(a)): whether it may
 * open at all (care relationship, or a stated reason, or emergency access), which tabs the role
 * sees, and the refusal of an attempt to reach one it may not. Every refusal and every use of
 * emergency access is audited. The chart page holds one guard per chart it shows.
 */
import type { AuditRecord } from '$lib/db/audit-record';
import type { Finding } from '$lib/findings/finding';
import { careTeam } from '$lib/session/care-team';
import type { CareRelations } from '$lib/record/care-relations';
import { decideAccess, mayBreakGlass, can } from '$lib/session/permissions';
import { CHART_SECTIONS, CLINICAL_SECTIONS, type RecordSection } from '$lib/session/record-sections';
import type { StaffMember } from '$lib/session/staff';
import { writeAudit } from './audit-trail';
import { decideTab, roleSeesTab } from './chart-tab-access';
import { ehrSession } from './ehr-session.svelte';

export type ChartAccessStatus = 'deciding' | 'needs-reason' | 'open' | 'declined';

/** A reason stated once holds for that chart until the staff member signs out (or someone else signs in). */
const REMEMBERED_KEY = 'chartroom.chart-access';

interface RememberedAccess {
	reason: string;
	breakGlass: boolean;
}

function rememberedAll(): Record<string, RememberedAccess> {
	try {
		return JSON.parse(sessionStorage.getItem(REMEMBERED_KEY) ?? '{}') as Record<string, RememberedAccess>;
	} catch {
		return {};
	}
}

function signInKey(staff: StaffMember, patient: string): string {
	const signedInAt = ehrSession.state.status === 'signed-out' ? '' : ehrSession.state.signedInAt;
	return `${staff.id}|${signedInAt}|${patient}`;
}

/** The first section of the chart the role may view: what "opening the chart" is decided on. */
function landingSection(staff: StaffMember): RecordSection {
	return CHART_SECTIONS.find((section) => can(staff.role, section, 'view')) ?? 'demographics';
}

export class ChartGuard {
	status = $state<ChartAccessStatus>('deciding');
	/** What the staff member said when asked why; recorded on every view of this chart. */
	reason = $state<string | undefined>();
	breakGlass = $state(false);
	/** Opened outside the care team with no reason given. */
	withoutReason = $state(false);
	/** The last refused attempt to reach a tab, in plain words. */
	refusal = $state<Finding | undefined>();
	#patient = '';
	#staff: StaffMember | undefined;

	get open(): boolean {
		return this.status === 'open';
	}

	get patient(): string {
		return this.#patient;
	}

	/** Nurses and physicians may break the glass to treat someone in an emergency. */
	get offersBreakGlass(): boolean {
		return this.#staff !== undefined && CLINICAL_SECTIONS.some((section) => mayBreakGlass(this.#staff!.role, section, 'view'));
	}

	/** Decide whether the chart opens for the signed-in staff member, or asks why first. */
	assess(patient: string, relations: CareRelations, today: string): void {
		const staff = ehrSession.user;
		this.#patient = patient;
		this.#staff = staff;
		this.refusal = undefined;
		if (staff === undefined) {
			this.status = 'deciding';
			return;
		}
		const remembered = rememberedAll()[signInKey(staff, patient)];
		if (remembered !== undefined) {
			this.reason = remembered.reason || undefined;
			this.withoutReason = remembered.reason === '';
			this.breakGlass = remembered.breakGlass;
			this.status = 'open';
			return;
		}
		const decision = decideAccess({ staff, patient, section: landingSection(staff), action: 'view', careTeam: careTeam(relations, today) });
		this.status = decision.allowed ? 'open' : decision.requires === 'reason' ? 'needs-reason' : 'declined';
		if (!decision.allowed && decision.requires === undefined) this.refusal = decision.finding;
	}

	/**
	 * Open the chart with a stated reason, or break the glass. Returns the problem (a blank
	 * reason, emergency access for a role without it) or undefined when the chart opened.
	 */
	async giveReason(reason: string, breakGlass: boolean): Promise<Finding | undefined> {
		const staff = this.#staff;
		if (staff === undefined) return undefined;
		const section = breakGlass ? (CLINICAL_SECTIONS.find((one) => mayBreakGlass(staff.role, one, 'view')) ?? 'problems') : landingSection(staff);
		const decision = decideAccess({ staff, patient: this.#patient, section, action: 'view', careTeam: [], reason, breakGlass });
		if (!decision.allowed) return decision.finding;
		const stated = reason.trim();
		if (breakGlass) await writeAudit([this.#record({ action: 'break-glass', outcome: 'success', reason: stated })]);
		const all = rememberedAll();
		all[signInKey(staff, this.#patient)] = { reason: stated, breakGlass };
		sessionStorage.setItem(REMEMBERED_KEY, JSON.stringify(all));
		this.reason = stated;
		this.breakGlass = breakGlass;
		this.status = 'open';
		return undefined;
	}

	/**
	 * The staff member opens the chart without saying why. The simulator lets them, as many EHRs
	 * do: every view is recorded without a reason, and the privacy monitor reports it (snooping).
	 */
	openWithoutReason(): void {
		const staff = this.#staff;
		if (staff === undefined) return;
		const all = rememberedAll();
		all[signInKey(staff, this.#patient)] = { reason: '', breakGlass: false };
		sessionStorage.setItem(REMEMBERED_KEY, JSON.stringify(all));
		this.reason = undefined;
		this.breakGlass = false;
		this.withoutReason = true;
		this.status = 'open';
	}

	/** The staff member gave no reason and went back: the chart stays closed, and that is recorded. */
	async decline(): Promise<void> {
		const staff = this.#staff;
		this.status = 'declined';
		if (staff !== undefined) await writeAudit([this.#record({ action: 'view', outcome: 'refused', section: landingSection(staff) })]);
	}

	/** Whether the role sees this tab once the chart is open. */
	seesTab(tab: string): boolean {
		return this.open && this.#staff !== undefined && roleSeesTab(this.#staff.role, tab);
	}

	visibleTabs<T extends { id: string }>(tabs: readonly T[]): T[] {
		return tabs.filter((tab) => this.seesTab(tab.id));
	}

	/** Whether the role may do this to a section (a form, a print button). */
	may(section: RecordSection, action: Parameters<typeof can>[2] = 'view'): boolean {
		return this.#staff !== undefined && can(this.#staff.role, section, action);
	}

	/**
	 * An attempt to reach a tab by link, address or shortcut. Allowed: true. Refused: the refusal
	 * is shown and audited, and the tab does not open.
	 */
	requestTab(tab: string): boolean {
		const staff = this.#staff;
		if (!this.open || staff === undefined) return false;
		const decision = decideTab(staff, this.#patient, tab);
		if (decision.allowed) {
			this.refusal = undefined;
			return true;
		}
		this.refusal = decision.finding;
		void writeAudit([this.#record({ action: 'view', outcome: 'refused', section: decision.section ?? tab })]);
		return false;
	}

	#record(fields: Pick<AuditRecord, 'action' | 'outcome'> & Partial<AuditRecord>): AuditRecord {
		const staff = this.#staff!;
		const record: AuditRecord = {
			at: new Date().toISOString(),
			user: staff.id,
			role: staff.role,
			workstation: ehrSession.workstation,
			patient: this.#patient,
			resource: `Patient/${this.#patient}`,
			...fields
		};
		const attempt = ehrSession.state.attempt;
		if (attempt !== undefined) record.attempt = attempt;
		return record;
	}
}
