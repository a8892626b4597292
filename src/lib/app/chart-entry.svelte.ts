import { onDestroy } from 'svelte';
import type { Finding } from '$lib/findings/finding';
import type { RecordSection } from '$lib/session/record-sections';
import type { Author } from '$lib/record/authorship';
import { draftAutosaver, type FormDraft } from './drafts';
import { ehrSession } from './ehr-session.svelte';
import { saveChartChanges, type ChartChange } from './chart-save';

interface Checked<F extends string> {
	errors: Partial<Record<F, string>>;
	missing: Partial<Record<F, string>>;
	ready: boolean;
}

/**
 * A chart form's life: what was typed (kept as a draft while typing, restored after a reload or a
 * lock), whether the learner has tried to save (from then on missing fields are named beside
 * them), and one all-or-nothing save of records plus audit events. Create it while the form
 * component initialises: it registers its effects there.
 */
export class ChartEntry<T extends object> {
	form = $state() as T;
	/** What happened last, for the form's status line. */
	message = $state('');
	saving = $state(false);
	/** The learner pressed save with something missing: name every missing field. */
	attempted = $state(false);
	/** Safety alerts met on the last save, waiting to be acknowledged with a reason or cancelled. */
	alerts = $state<Finding[]>([]);
	readonly patientId: string;
	readonly author: Author | undefined;
	#restored = $state(false);
	readonly #draft: FormDraft<T>;
	readonly #empty: () => T;

	constructor(kind: string, patientId: string, empty: () => T, restoredMessage: string) {
		const user = ehrSession.user;
		this.patientId = patientId;
		this.author = user ? { id: user.id, name: user.name } : undefined;
		this.#empty = empty;
		this.form = empty();
		const blank = JSON.stringify(empty());
		this.#draft = draftAutosaver<T>(`${kind}:${patientId}:${user?.id ?? 'nobody'}`, { isBlank: (value) => JSON.stringify(value) === blank });
		onDestroy(() => void this.#draft.dispose());
		void this.#draft.load().then((draft) => {
			if (draft) {
				this.form = { ...empty(), ...draft };
				this.message = restoredMessage;
			}
			this.#restored = true;
		});
		$effect(() => {
			const snapshot = $state.snapshot(this.form) as T;
			if (this.#restored) this.#draft.schedule(snapshot);
		});
	}

	/** The message beside a field: what is wrong now, or (after a save attempt) what is missing. */
	problem<F extends string>(check: Checked<F>, field: F): string | undefined {
		return check.errors[field] ?? (this.attempted ? check.missing[field] : undefined);
	}

	/**
	 * Refuse a save with problems: from now on name the missing fields, and move focus to the
	 * first field with something to fix. Returns whether the form may be saved.
	 */
	mayProceed<F extends string>(check: Checked<F>, fieldId: (field: F) => string): boolean {
		if (check.ready) return true;
		this.attempted = true;
		const fields = [...Object.keys(check.errors), ...Object.keys(check.missing)] as F[];
		this.message = `Not saved: ${fields.length === 1 ? '1 field needs' : `${fields.length} fields need`} attention.`;
		queueMicrotask(() => document.getElementById(fieldId(fields[0]!))?.focus());
		return false;
	}

	/** Go ahead at once, or stop at the alerts found until the user acknowledges or cancels them. */
	proceedUnlessAlerted(found: Finding[], proceed: () => Promise<void>): void {
		this.alerts = found;
		if (found.length) this.message = '';
		else void proceed();
	}

	/** The user cancelled at an alert: nothing is saved, everything typed is kept. */
	cancelAlerts(message: string, focusId: string): void {
		this.alerts = [];
		this.message = message;
		document.getElementById(focusId)?.focus();
	}

	/** Save the records with their audit events; on success forget the draft and empty the form. */
	async save(section: RecordSection, changes: ChartChange[], at: string, saved: string): Promise<boolean> {
		this.saving = true;
		this.alerts = [];
		try {
			await saveChartChanges(this.patientId, section, changes, at);
			await this.#draft.clear();
			this.form = this.#empty();
			this.attempted = false;
			this.message = saved;
			return true;
		} catch (error) {
			this.message = `Nothing was saved: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. Your entries are kept.`;
			return false;
		} finally {
			this.saving = false;
		}
	}

	/** Start over: the learner chose to discard what they typed. */
	async discard(): Promise<void> {
		await this.#draft.clear();
		this.form = this.#empty();
		this.attempted = false;
		this.message = 'Discarded.';
	}
}
