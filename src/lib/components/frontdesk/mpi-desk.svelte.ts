import type { Patient } from '@medplum/fhirtypes';
import { databaseConnection } from '$lib/app/database-connection.svelte';
import { ehrSession } from '$lib/app/ehr-session.svelte';
import { auditStaffActions } from '$lib/app/staff-audit';
import { findDuplicatePairs, type DuplicatePair } from '$lib/db/duplicate-patients';
import { MergeRefusedError, mergePatients, recordCounts, type MergeResult } from '$lib/db/merge-patients';
import type { ClinicalResourceType } from '$lib/db/resource-types';
import { duplicateReasons } from '$lib/front-office/duplicate-patients';
import { mrnOf } from '$lib/record/identifiers';

export type RecordCounts = Partial<Record<ClinicalResourceType, number>>;

/**
 * The master patient index at work: sweep the clinic for likely duplicate registrations, compare
 * any two registrations, and merge one into the other (see `mergePatients`).
 */
export class MpiDesk {
	pairs = $state.raw<DuplicatePair[]>([]);
	scanning = $state(false);
	swept = $state(false);
	counts = $state.raw<ReadonlyMap<string, RecordCounts>>(new Map());

	async sweep(): Promise<void> {
		const db = databaseConnection.db;
		if (!db) return;
		this.scanning = true;
		void auditStaffActions([{ action: 'search', section: 'demographics', query: 'master patient index: likely duplicate registrations' }]);
		try {
			this.pairs = await findDuplicatePairs(db);
			await this.count(this.pairs.flatMap((pair) => [pair.first.patient, pair.second.patient]));
		} finally {
			this.scanning = false;
			this.swept = true;
		}
	}

	/** Any two registrations the learner picked, whatever their likeness. */
	compare(first: Patient, second: Patient): DuplicatePair {
		const reasons = duplicateReasons(first, second);
		const match = (patient: Patient) => ({ patient, mrn: mrnOf(patient) ?? '', reasons });
		void this.count([first, second]);
		return { first: match(first), second: match(second), reasons };
	}

	async count(patients: readonly Patient[]): Promise<void> {
		const db = databaseConnection.db;
		if (!db) return;
		const ids = [...new Set(patients.map((p) => p.id ?? ''))].filter((id) => id && !this.counts.has(id));
		const found = await Promise.all(ids.map((id) => recordCounts(db, id)));
		this.counts = new Map([...this.counts, ...ids.map((id, i) => [id, found[i] ?? {}] as const)]);
	}

	/** Reviewing a merge reads both registrations' demographics: audited views. */
	review(pair: DuplicatePair): void {
		void auditStaffActions(
			[pair.first.patient, pair.second.patient].map((p) => ({ action: 'view' as const, section: 'demographics', patient: p.id, resource: `Patient/${p.id}` }))
		);
	}

	async merge(survivorId: string, duplicateId: string): Promise<MergeResult | string> {
		const db = databaseConnection.db;
		const user = ehrSession.user;
		if (!db || !user) return 'Sign in first: nothing was merged.';
		try {
			const attempt = ehrSession.state.attempt;
			const result = await mergePatients(db, {
				survivorId,
				duplicateId,
				at: new Date().toISOString(),
				by: { user: user.id, role: user.role, workstation: ehrSession.workstation, ...(attempt ? { attempt } : {}) }
			});
			this.pairs = this.pairs.filter((pair) => ![pair.first.patient.id, pair.second.patient.id].includes(duplicateId));
			this.counts = new Map([...this.counts].filter(([id]) => id !== survivorId && id !== duplicateId));
			return result;
		} catch (error) {
			if (error instanceof MergeRefusedError) return error.message;
			return `Nothing was merged: ${error instanceof Error ? error.message : String(error)}.`;
		}
	}
}
