/**
 * Evaluate a report over the stored clinic as id sets. Coded criteria start from the
 * `[code+date]` indexes (keys only where a value is not needed); per-patient questions walk the
 * `[patient+date]` index keys of the patients still in play, so an AND narrows the work of the
 * criteria after it. Rows are loaded only for the values a criterion reads; who the patients are
 * (age, sex, the result list) comes from the patient directory, one request for the whole clinic.
 */
import Dexie from 'dexie';
import type { Condition, Coverage, MedicationRequest, Observation, Procedure, Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from '$lib/db/database';
import { rowsWithCode, rowsWithCodePrefix } from '$lib/db/code-index';
import { readPatientDirectory, type DirectoryEntry } from '$lib/db/patient-directory';
import type { ResourceRow } from '$lib/db/resource-row';
import type { StoredResourceType } from '$lib/db/resource-types';
import { displayDate } from '$lib/record/patient-display';
import {
	birthDateBounds,
	capitalize,
	codePrefix,
	compare,
	describeCriterion,
	LOINC,
	sinceDate,
	type Criterion,
	type ReportNode
} from './report-criteria';

export interface ReportPatient {
	id: string;
	mrn: string;
	name: string;
	birthDate: string;
	sex: string;
	detail: string;
}

export interface ReportResult {
	count: number;
	patients: ReportPatient[];
	/** The day the report was run for (the clinic's today). */
	today: string;
}

export interface ReportProgress {
	step: string;
	done: number;
	total: number;
}

export interface RunReportOptions {
	/** ISO date the report is relative to: the scenario's today. */
	today: string;
	onProgress?: (progress: ReportProgress) => void;
}

type Ids = Set<string>;
const CHUNK = 2000;
const ACTIVE_PROBLEM = new Set(['active', 'recurrence', 'relapse']);

function day(iso: string | undefined): string {
	return (iso ?? '').slice(0, 10);
}

/** Cheapest first, so that an AND hands the expensive per-patient criteria few patients. */
const COST: Record<Criterion['kind'], number> = {
	problem: 0,
	medication: 1,
	age: 1,
	'record-since': 3,
	sex: 2,
	payer: 2,
	'last-visit': 4,
	'last-lab': 5,
	'last-bp': 5
};

function cost(node: ReportNode): number {
	switch (node.op) {
		case 'criterion':
			return COST[node.criterion.kind];
		case 'not':
			return 6 + cost(node.child);
		default:
			return Math.max(...node.children.map(cost));
	}
}

/** Names in the reader's alphabetical order (a collator is far faster than localeCompare per pair). */
const byName = new Intl.Collator();

class ReportRun {
	readonly details = new Map<string, string[]>();
	#steps = 0;

	constructor(
		readonly db: ChartroomDatabase,
		readonly today: string,
		readonly onProgress: RunReportOptions['onProgress'],
		/** Who every patient is (the directory): age, sex and the result list read it, not Patient rows. */
		readonly directory: ReadonlyMap<string, DirectoryEntry>
	) {}

	note(patient: string, text: string): void {
		const list = this.details.get(patient);
		if (list) {
			if (!list.includes(text)) list.push(text);
		} else this.details.set(patient, [text]);
	}

	progress(step: string, done: number, total: number): void {
		this.onProgress?.({ step, done, total });
	}

	async evaluate(node: ReportNode, universe: Ids): Promise<Ids> {
		if (universe.size === 0) return universe;
		switch (node.op) {
			case 'criterion':
				this.progress(describeCriterion(node.criterion), ++this.#steps, 0);
				return this.criterion(node.criterion, universe);
			case 'and': {
				let remaining = universe;
				for (const child of [...node.children].sort((a, b) => cost(a) - cost(b))) {
					remaining = await this.evaluate(child, remaining);
					if (remaining.size === 0) break;
				}
				return remaining;
			}
			case 'or': {
				const union: Ids = new Set();
				for (const child of node.children) for (const id of await this.evaluate(child, universe)) union.add(id);
				return union;
			}
			case 'not': {
				const inner = await this.evaluate(node.child, universe);
				const out: Ids = new Set();
				for (const id of universe) if (!inner.has(id)) out.add(id);
				if (node.child.op === 'criterion' && node.child.criterion.kind === 'record-since') {
					const c = node.child.criterion;
					const text = `No ${c.label} since ${displayDate(sinceDate(c.since, this.today))}`;
					for (const id of out) this.note(id, text);
				}
				return out;
			}
		}
	}

	criterion(c: Criterion, universe: Ids): Promise<Ids> {
		switch (c.kind) {
			case 'problem':
				return this.problem(c.codes, universe);
			case 'medication':
				return this.medication(c, universe);
			case 'age':
				return this.age(c, universe);
			case 'sex':
				return this.sex(c.sex, universe);
			case 'payer':
				return this.payer(c.nameContains, universe);
			case 'record-since':
				return this.recordSince(c, universe);
			case 'last-visit':
				return this.lastVisit(c, universe);
			case 'last-lab':
				return this.lastLab(c, universe);
			case 'last-bp':
				return this.lastBloodPressure(c, universe);
		}
	}

	async problem(codes: string[], universe: Ids): Promise<Ids> {
		const prefixes = codes.map(codePrefix).filter(Boolean);
		if (prefixes.length === 0) return new Set();
		const table = this.db.resources<Condition>('Condition');
		// One range per prefix: a single range is read in one request, startsWithAnyOf walks a cursor.
		const rows = (await Promise.all(prefixes.map((prefix) => rowsWithCodePrefix(table, prefix).toArray()))).flat();
		const out: Ids = new Set();
		for (const row of rows) {
			const patient = row.patient ?? '';
			if (!universe.has(patient)) continue;
			const status = row.resource.clinicalStatus?.coding?.[0]?.code;
			const verification = row.resource.verificationStatus?.coding?.[0]?.code;
			if (!status || !ACTIVE_PROBLEM.has(status) || verification === 'entered-in-error' || verification === 'refuted') continue;
			out.add(patient);
			this.note(patient, row.code ?? '');
		}
		return out;
	}

	async medication(c: Extract<Criterion, { kind: 'medication' }>, universe: Ids): Promise<Ids> {
		const table = this.db.resources<MedicationRequest>('MedicationRequest');
		const needle = c.nameContains?.trim().toLowerCase();
		const name = (m: MedicationRequest) =>
			m.medicationCodeableConcept?.text ?? m.medicationCodeableConcept?.coding?.[0]?.display ?? m.medicationReference?.display ?? '';
		const matches = (m: MedicationRequest) =>
			(c.code !== undefined && c.code !== '' && m.medicationCodeableConcept?.coding?.some((x) => x.code === c.code)) ||
			(needle !== undefined && needle !== '' && name(m).toLowerCase().includes(needle));
		const rows = needle
			? await table.filter((row) => row.resource.status === 'active' && matches(row.resource)).toArray()
			: await rowsWithCode(table, c.code ?? '').toArray();
		const out: Ids = new Set();
		for (const row of rows) {
			const patient = row.patient ?? '';
			if (!universe.has(patient) || row.resource.status !== 'active' || !matches(row.resource)) continue;
			out.add(patient);
			this.note(patient, name(row.resource));
		}
		return out;
	}

	/** Patients of the universe whose directory entry passes a test. */
	where(universe: Ids, test: (entry: DirectoryEntry) => boolean): Ids {
		const out: Ids = new Set();
		for (const id of universe) {
			const entry = this.directory.get(id);
			if (entry && test(entry)) out.add(id);
		}
		return out;
	}

	async age(c: Extract<Criterion, { kind: 'age' }>, universe: Ids): Promise<Ids> {
		const { from, to } = birthDateBounds(c, this.today);
		// ISO dates compare as strings; a patient with no birth date recorded has no age.
		return this.where(universe, ({ birthDate }) => birthDate !== '' && (!from || birthDate >= from) && (!to || birthDate <= to));
	}

	async sex(sex: 'female' | 'male', universe: Ids): Promise<Ids> {
		return this.where(universe, (entry) => entry.sex === sex);
	}

	async payer(nameContains: string, universe: Ids): Promise<Ids> {
		const needle = nameContains.trim().toLowerCase();
		const payerName = (c: Coverage) => c.payor?.[0]?.display ?? c.type?.text ?? '';
		const rows = await this.db
			.resources<Coverage>('Coverage')
			.filter((row) => universe.has(row.patient ?? '') && row.resource.status === 'active' && payerName(row.resource).toLowerCase().includes(needle))
			.toArray();
		for (const row of rows) this.note(row.patient ?? '', payerName(row.resource));
		return new Set(rows.map((row) => row.patient ?? ''));
	}

	/** Run `visit` for every patient, in chunks inside one read transaction, reporting progress. */
	async perPatient(type: StoredResourceType, step: string, universe: Ids, visit: (patient: string) => Promise<unknown>): Promise<void> {
		const ids = [...universe];
		await this.db.transaction('r', this.db.resources(type), async () => {
			for (let start = 0; start < ids.length; start += CHUNK) {
				await Promise.all(ids.slice(start, start + CHUNK).map(visit));
				this.progress(step, Math.min(ids.length, start + CHUNK), ids.length);
			}
		});
	}

	/** Primary keys of rows with any of these codes, dated `since` or later (one keys-only request per code). */
	async codeIds(type: StoredResourceType, codes: string[], since = ''): Promise<Ids> {
		const table = this.db.resources(type);
		const lists = await Promise.all(codes.map((code) => rowsWithCode(table, code, since).primaryKeys()));
		return new Set(lists.flat());
	}

	/**
	 * Each patient's primary keys of a type dated on or after `from` ('' for all), oldest first:
	 * index keys only, no rows. Raw IndexedDB here because a report asks one small question per
	 * patient (100,000 of them) and Dexie's per-query overhead would dominate; each chunk is one
	 * read transaction of pipelined getAllKeys requests.
	 */
	async historyKeys(type: StoredResourceType, universe: Ids, from: string, step: string, visit: (patient: string, keys: string[]) => void): Promise<void> {
		const idb = this.db.backendDB();
		const patients = [...universe];
		const chunk = CHUNK * 5;
		for (let start = 0; start < patients.length; start += chunk) {
			const slice = patients.slice(start, start + chunk);
			await new Promise<void>((resolve, reject) => {
				const tx = idb.transaction(type, 'readonly');
				const index = tx.objectStore(type).index('[patient+date]');
				for (const patient of slice) {
					// [patient] sorts before every [patient, date]; an array sorts after every string.
					const request = index.getAllKeys(IDBKeyRange.bound(from ? [patient, from] : [patient], [patient, []]));
					request.onsuccess = () => visit(patient, request.result as string[]);
				}
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
				tx.onabort = () => reject(tx.error ?? new Error('The report read was aborted.'));
			});
			this.progress(step, Math.min(patients.length, start + chunk), patients.length);
		}
	}

	async recordSince(c: Extract<Criterion, { kind: 'record-since' }>, universe: Ids): Promise<Ids> {
		const since = sinceDate(c.since, this.today);
		const codes = new Set(c.codes);
		const out: Ids = new Set();
		const take = (row: ResourceRow | undefined) => {
			if (!row || !universe.has(row.patient ?? '') || day(row.date) < since) return;
			out.add(row.patient ?? '');
			this.note(row.patient ?? '', `${capitalize(c.label)} ${displayDate(row.date)}`);
		};
		if (c.type === 'Procedure') {
			// Procedures carry no code index: read each patient's procedures since the date.
			await this.perPatient(c.type, c.label, universe, async (patient) => {
				const rows = await this.db
					.resources<Procedure>('Procedure')
					.where('[patient+date]')
					.between([patient, since], [patient, Dexie.maxKey], true, true)
					.toArray();
				for (const row of rows) if (row.resource.code?.coding?.some((x) => codes.has(x.code ?? ''))) take(row);
			});
			return out;
		}
		// Only the rows of these codes dated in the window: the index range does the date test.
		const table = this.db.resources(c.type);
		const rows = await Promise.all([...codes].map((code) => rowsWithCode(table, code, since).toArray()));
		for (const row of rows.flat()) take(row);
		return out;
	}

	/** Each patient's most recent row of a type whose code is one of `codes`. */
	async latest<T extends Resource>(type: 'Observation', codes: string[], universe: Ids, step: string): Promise<ResourceRow<T>[]> {
		const table = this.db.resources<T>(type);
		const ids = await this.codeIds(type, codes);
		const latestIds: string[] = [];
		if (ids.size === 0) return [];
		await this.historyKeys(type, universe, '', step, (_patient, keys) => {
			for (let i = keys.length - 1; i >= 0; i--) {
				const key = keys[i] as string;
				if (ids.has(key)) {
					latestIds.push(key);
					return;
				}
			}
		});
		return (await table.bulkGet(latestIds)).filter((row): row is ResourceRow<T> => row !== undefined);
	}

	async lastLab(c: Extract<Criterion, { kind: 'last-lab' }>, universe: Ids): Promise<Ids> {
		const rows = await this.latest<Observation>('Observation', [c.loinc], universe, `Last ${c.loinc}`);
		const out: Ids = new Set();
		for (const row of rows) {
			const quantity = row.resource.valueQuantity;
			if (quantity?.value === undefined || !compare(quantity.value, c.comparator, c.value)) continue;
			const patient = row.patient ?? '';
			out.add(patient);
			const name = row.resource.code.text ?? row.resource.code.coding?.[0]?.display ?? c.loinc;
			this.note(patient, `${name.split(/[/[]/)[0]?.trim()} ${quantity.value}${quantity.unit ? ` ${quantity.unit}` : ''} on ${displayDate(row.date)}`);
		}
		return out;
	}

	async lastBloodPressure(c: Extract<Criterion, { kind: 'last-bp' }>, universe: Ids): Promise<Ids> {
		const rows = await this.latest<Observation>('Observation', [LOINC.bloodPressurePanel], universe, 'Last blood pressure');
		const component = (o: Observation, code: string) => o.component?.find((x) => x.code.coding?.some((k) => k.code === code))?.valueQuantity?.value;
		const out: Ids = new Set();
		for (const row of rows) {
			const sys = component(row.resource, LOINC.systolic);
			const dia = component(row.resource, LOINC.diastolic);
			if (sys === undefined || dia === undefined || (sys < c.systolic && dia < c.diastolic)) continue;
			out.add(row.patient ?? '');
			this.note(row.patient ?? '', `BP ${sys}/${dia} on ${displayDate(row.date)}`);
		}
		return out;
	}

	async lastVisit(c: Extract<Criterion, { kind: 'last-visit' }>, universe: Ids): Promise<Ids> {
		const out: Ids = new Set();
		const table = this.db.resources('Encounter');
		await this.perPatient('Encounter', 'Last visit', universe, async (patient) => {
			const key = (await table
				.where('[patient+date]')
				.between([patient, Dexie.minKey], [patient, Dexie.maxKey], true, true)
				.lastKey()) as [string, string] | undefined;
			const last = day(key?.[1]);
			if (!last) return;
			if (c.after && last <= c.after) return;
			if (c.before && last >= c.before) return;
			out.add(patient);
			this.note(patient, `Last visit ${displayDate(last)}`);
		});
		return out;
	}

	result(matched: Ids): ReportPatient[] {
		return [...matched]
			.flatMap((id) => this.directory.get(id) ?? [])
			.map((entry) => ({ ...entry, detail: (this.details.get(entry.id) ?? []).join('; ') }))
			.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	}
}

/** Every stored patient that meets the report's criteria, sorted by name. */
export async function runReport(db: ChartroomDatabase, root: ReportNode, options: RunReportOptions): Promise<ReportResult> {
	const directory = new Map((await readPatientDirectory(db)).map((entry) => [entry.id, entry]));
	const run = new ReportRun(db, options.today, options.onProgress, directory);
	const matched = await run.evaluate(root, new Set(directory.keys()));
	const patients = run.result(matched);
	return { count: patients.length, patients, today: options.today };
}
