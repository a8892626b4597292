import { untrack } from 'svelte';
import type { Claim } from '@medplum/fhirtypes';
import { openChartSection } from '$lib/app/chart-access';
import { codeSet } from '$lib/app/code-set.svelte';
import { databaseConnection } from '$lib/app/database-connection.svelte';
import { draftAutosaver, type FormDraft } from '$lib/app/drafts';
import { ehrSession } from '$lib/app/ehr-session.svelte';
import { saveChartChanges } from '$lib/app/chart-save';
import { writeAudit } from '$lib/app/audit-trail';
import type { Icd10SearchResult } from '$lib/codes/icd10-search';
import type { PatientFacts } from '$lib/codes/validate-code';
import { buildClaim, dateOfService } from '$lib/coding/build-claim';
import { codedEncounter, loadCodingCase, type CodingCase } from '$lib/coding/coding-case';
import { codingStatusOf, type CodingStatus } from '$lib/coding/coding-status';
import * as sheet from '$lib/coding/coding-worksheet';
import { loadInstructorTexts } from '$lib/coding/instructor-texts';
import { scrubClaim } from '$lib/coding/scrub-claim';
import type { InstructorServiceTexts, ServiceCode } from '$lib/coding/service-codes';
import { worksheetFromClaim } from '$lib/coding/build-claim';
import { isSentToCoding } from '$lib/coding/workflow-tags';
import type { Finding } from '$lib/findings/finding';
import { ageInYears } from '$lib/record/patient-display';
import { can } from '$lib/session/permissions';

/** Why the coding screen shows what it shows. */
export type CodingAccess = 'loading' | 'signed-out' | 'not-permitted' | 'not-found' | 'not-sent' | 'open';

/**
 * One encounter being coded: the case read from the record, the coder's worksheet (autosaved as a
 * draft while they work), the code checks from the code-set Worker, and the claim with its
 * scrubber findings derived from all of that. Saving, querying and submitting write the Claim
 * (and, on submission, the Encounter's billing diagnoses) with their audit events.
 */
export class CodingWork {
	access = $state<CodingAccess>('loading');
	case = $state.raw<CodingCase | undefined>();
	worksheet = $state<sheet.CodingWorksheet>(sheet.emptyWorksheet());
	/** The code set's findings for each diagnosis code, as the Worker answers them. */
	checks = $state.raw<ReadonlyMap<string, readonly Finding[]>>(new Map());
	instructorTexts = $state.raw<InstructorServiceTexts>({});
	/** What just happened, for the page's live region. */
	message = $state('');
	/** Why the last save or submission failed. */
	error = $state('');
	busy = $state(false);
	/** The worksheet differs from the stored claim. */
	unsaved = $state(false);
	#autosave: FormDraft<sheet.CodingWorksheet> | undefined;
	#encounterId = '';

	readonly status: CodingStatus = $derived(codingStatusOf(this.case?.claim));
	readonly submitted = $derived(this.status === 'submitted');
	readonly canEdit = $derived(ehrSession.user !== undefined && can(ehrSession.user.role, 'billing', 'update') && !this.submitted);
	readonly canReadNotes = $derived(ehrSession.user !== undefined && can(ehrSession.user.role, 'notes', 'view'));

	readonly facts: PatientFacts = $derived.by(() => {
		const patient = this.case?.patient;
		const served = this.case && dateOfService(this.case.encounter);
		const facts: PatientFacts = {};
		if (patient?.gender === 'male' || patient?.gender === 'female') facts.sex = patient.gender;
		if (patient?.birthDate && served) facts.ageYears = ageInYears(patient.birthDate, served);
		return facts;
	});

	readonly claim: Claim | undefined = $derived.by(() => {
		const found = this.case;
		const user = ehrSession.user;
		if (!found || !user) return undefined;
		return buildClaim($state.snapshot(this.worksheet) as sheet.CodingWorksheet, {
			encounter: found.encounter,
			patient: found.patient,
			...(found.coverage ? { coverage: found.coverage } : {}),
			billingProvider: found.billingProvider,
			coder: { id: user.id, name: user.name },
			created: found.claim?.created ?? new Date().toISOString(),
			status: found.claim?.status === 'active' ? 'active' : 'draft'
		});
	});

	readonly findings: Finding[] = $derived.by(() => {
		const claim = this.claim;
		if (!claim) return [];
		const checks = this.checks;
		return scrubClaim(claim, { patient: this.facts, checkDiagnosis: (code) => checks.get(code) ?? [] });
	});

	readonly clean = $derived(this.findings.every((f) => f.severity !== 'error'));

	/** Reads the encounter and decides access; the draft autosaver must be made during component set-up. */
	constructor(encounterId: string) {
		this.#encounterId = encounterId;
		const user = ehrSession.user;
		if (user) this.#autosave = draftAutosaver<sheet.CodingWorksheet>(`coding:${encounterId}:${user.id}`);
	}

	async load(): Promise<void> {
		const user = ehrSession.user;
		if (!user || !ehrSession.signedIn) {
			this.access = 'signed-out';
			return;
		}
		const db = await databaseConnection.open();
		if (!db) return;
		if (!can(user.role, 'billing', 'view')) {
			this.access = 'not-permitted';
			await this.#auditRefusal();
			return;
		}
		const found = await loadCodingCase(db, this.#encounterId);
		if (!found) {
			this.access = 'not-found';
			return;
		}
		if (!isSentToCoding(found.encounter)) {
			// The coding screen opens the encounters sent to coding, not any chart: minimum necessary.
			this.access = 'not-sent';
			await this.#auditRefusal(found.patient.id);
			return;
		}
		this.case = found;
		this.instructorTexts = await loadInstructorTexts(db);
		const stored = found.claim ? worksheetFromClaim(found.claim) : sheet.emptyWorksheet();
		const draft = codingStatusOf(found.claim) === 'submitted' ? undefined : await this.#autosave?.load();
		this.worksheet = draft ?? stored;
		this.unsaved = draft !== undefined && JSON.stringify(draft) !== JSON.stringify(stored);
		if (this.unsaved) this.message = 'Your unsaved coding was restored. Save it to keep it on the claim.';
		this.access = 'open';
		await this.#checkDiagnoses();
	}

	dispose(): void {
		void this.#autosave?.dispose();
	}

	addDiagnosis(result: Pick<Icd10SearchResult, 'code' | 'title'>): boolean {
		const change = sheet.addDiagnosis(this.worksheet, { code: result.code, title: result.title });
		if (!change.ok) {
			this.message = change.message;
			return false;
		}
		this.#change(change.worksheet);
		const index = this.worksheet.diagnoses.length - 1;
		this.message = `Added ${result.code} as diagnosis ${sheet.pointerLetter(index)}${index === 0 ? ' (primary)' : ''}.`;
		void this.#checkDiagnoses();
		return true;
	}

	moveDiagnosis(index: number, delta: -1 | 1): void {
		const code = this.worksheet.diagnoses[index]?.code;
		this.#change(sheet.moveDiagnosis(this.worksheet, index, delta));
		const now = this.worksheet.diagnoses.findIndex((d) => d.code === code);
		if (code) this.message = `${code} is now diagnosis ${sheet.pointerLetter(now)}${now === 0 ? ' (primary)' : ''}.`;
	}

	removeDiagnosis(index: number): void {
		const code = this.worksheet.diagnoses[index]?.code;
		this.#change(sheet.removeDiagnosis(this.worksheet, index));
		if (code) this.message = `Removed ${code} and any pointers to it.`;
	}

	addLine(code: ServiceCode, units: number, pointers: string[]): void {
		this.#change(sheet.addLine(this.worksheet, { system: code.system, code: code.code, units, pointers }));
		this.message = `Added line ${this.worksheet.lines.length}: ${code.system.toUpperCase()} ${code.code}.`;
	}

	removeLine(index: number): void {
		const line = this.worksheet.lines[index];
		this.#change(sheet.removeLine(this.worksheet, index));
		if (line) this.message = `Removed line ${index + 1} (${line.system.toUpperCase()} ${line.code}).`;
	}

	updateLine(index: number, change: Partial<sheet.ServiceLineDraft>): void {
		this.#change(sheet.updateLine(this.worksheet, index, change));
	}

	/** Writes the worksheet to the Claim (a draft, or held by a query), with its audit event. */
	async save(): Promise<boolean> {
		const claim = this.claim;
		const found = this.case;
		if (!claim || !found || !this.canEdit) return false;
		return this.#write('Coding saved.', [{ resource: claim as Claim & { id: string }, action: found.claim ? 'update' : 'create' }], claim);
	}

	async ask(question: string): Promise<string | undefined> {
		const user = ehrSession.user;
		const to = this.case?.encounter.participant?.[0]?.individual;
		if (!user) return 'Sign in again to send a query.';
		const change = sheet.addQuery(this.worksheet, {
			question,
			askedAt: new Date().toISOString(),
			askedBy: user.id,
			...(to ? { to: { ...(to.reference ? { reference: to.reference } : {}), ...(to.display ? { display: to.display } : {}) } } : {})
		});
		if (!change.ok) return change.message;
		this.#change(change.worksheet);
		const saved = await this.save();
		if (saved) this.message = `Query sent to ${to?.display ?? 'the provider'}. The encounter waits in the queue as "Query to provider".`;
		return saved ? undefined : this.error;
	}

	async recordAnswer(answer: string): Promise<string | undefined> {
		const change = sheet.answerQuery(this.worksheet, answer, new Date().toISOString());
		if (!change.ok) return change.message;
		this.#change(change.worksheet);
		const saved = await this.save();
		if (saved) this.message = "The provider's answer is recorded and the query closed.";
		return saved ? undefined : this.error;
	}

	/** Sends a clean claim: the Claim becomes active and the Encounter gets its billing diagnoses. */
	async submit(): Promise<boolean> {
		const claim = this.claim;
		const db = databaseConnection.db;
		if (!claim?.id || !db || !this.canEdit) return false;
		if (!this.clean) {
			this.error = 'The claim has errors: fix them before submitting.';
			return false;
		}
		const active: Claim & { id: string } = { ...claim, id: claim.id, status: 'active' };
		const encounter = await codedEncounter(db, active, this.#encounterId);
		return this.#write(
			'Claim submitted. The encounter is coded.',
			[
				{ resource: active, action: this.case?.claim ? 'update' : 'create' },
				{ resource: encounter, action: 'update' }
			],
			active
		);
	}

	async #write(done: string, changes: Parameters<typeof saveChartChanges>[2], claim: Claim): Promise<boolean> {
		const found = this.case;
		if (!found) return false;
		this.busy = true;
		this.error = '';
		try {
			await saveChartChanges(found.patient.id, 'billing', changes, new Date().toISOString());
			await this.#autosave?.clear();
			this.case = { ...found, claim };
			this.unsaved = false;
			this.message = done;
			return true;
		} catch (error) {
			this.error = `Nothing was saved: ${error instanceof Error ? error.message : String(error)}. Your coding is kept on this screen.`;
			return false;
		} finally {
			this.busy = false;
		}
	}

	#change(worksheet: sheet.CodingWorksheet): void {
		this.worksheet = worksheet;
		this.unsaved = true;
		this.#autosave?.schedule($state.snapshot(this.worksheet) as sheet.CodingWorksheet);
	}

	/** Asks the code-set Worker about each diagnosis not checked yet (exists, billable, sex and age). */
	async #checkDiagnoses(): Promise<void> {
		const facts = this.facts;
		const codes = this.worksheet.diagnoses.map((d) => d.code).filter((code) => !this.checks.has(code));
		if (codes.length === 0) return;
		const answers = await Promise.all(codes.map((code) => codeSet.validate(code, facts)));
		const next = new Map(this.checks);
		codes.forEach((code, index) => next.set(code, answers[index]!));
		this.checks = next;
	}

	async #auditRefusal(patient?: string): Promise<void> {
		const user = ehrSession.user;
		if (!user) return;
		await writeAudit([
			{
				at: new Date().toISOString(),
				user: user.id,
				role: user.role,
				workstation: ehrSession.workstation,
				action: 'view',
				outcome: 'refused',
				section: 'billing',
				resource: `Encounter/${this.#encounterId}`,
				...(patient ? { patient } : {}),
				...(ehrSession.state.attempt ? { attempt: ehrSession.state.attempt } : {})
			}
		]);
	}
}

/**
 * Opens one encounter's coding work for a page: loads it outside the caller's effect tracking
 * (loading reads the session, which activity renews) and calls `opened` once it is open.
 * Returns the work and the clean-up for the effect.
 */
export function startCodingWork(encounterId: string, opened?: (work: CodingWork) => void): { work: CodingWork; stop: () => void } {
	const work = untrack(() => new CodingWork(encounterId));
	void untrack(() => work.load()).then(() => {
		if (work.access === 'open') opened?.(work);
	});
	return { work, stop: () => work.dispose() };
}

/**
 * Audited views of chart sections while they are on screen: a `view` each now, and its `view-end`
 * when the page leaves them or is hidden.
 */
export function viewSections(patientId: string, sections: readonly string[]): () => void {
	const closes = untrack(() => sections.map((section) => openChartSection(patientId, section)));
	const close = () => closes.forEach((end) => end());
	window.addEventListener('pagehide', close);
	return () => {
		window.removeEventListener('pagehide', close);
		close();
	};
}
