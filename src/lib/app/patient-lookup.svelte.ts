import { databaseConnection } from './database-connection.svelte';
import { auditStaffActions } from './staff-audit';
import { searchPatients, type PatientSearchPage } from '$lib/db/patient-search';
import { parsePatientQuery } from '$lib/record/patient-query';

/**
 * Search-as-you-type over the patient index, keyboard-driven (arrows, Enter), with the search
 * recorded in the audit log once typing settles. Create it while a component initialises: it
 * runs an effect for that component's life.
 */
export class PatientLookup {
	text = $state('');
	page = $state.raw<PatientSearchPage>({ hits: [], total: 0 });
	active = $state(0);
	/** The text the shown page answers (the learner may have typed on since). */
	searched = $state('');
	#auditTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(limit: number, section?: string) {
		$effect(() => {
			const db = databaseConnection.db;
			const query = this.text;
			if (!db) return;
			let stale = false;
			void searchPatients(db, parsePatientQuery(query), limit).then((result) => {
				if (stale) return;
				this.page = result;
				this.active = 0;
				this.searched = query;
			});
			clearTimeout(this.#auditTimer);
			if (query.trim()) {
				this.#auditTimer = setTimeout(() => void auditStaffActions([{ action: 'search', query: query.trim(), ...(section ? { section } : {}) }]), 800);
			}
			return () => (stale = true);
		});
	}

	/** Arrow keys move through the hits; Enter chooses. Returns true when the key was used. */
	onkey(event: KeyboardEvent, choose: (index: number) => void): void {
		const last = this.page.hits.length - 1;
		if (event.key === 'ArrowDown') this.active = Math.min(this.active + 1, last);
		else if (event.key === 'ArrowUp') this.active = Math.max(this.active - 1, 0);
		else if (event.key === 'Enter' && last >= 0) choose(this.active);
		else return;
		event.preventDefault();
	}
}
