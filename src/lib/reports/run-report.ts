/**
 * Evaluate a report over the stored clinic as id sets. Clinical rows hold one patient's resources
 * of a type (clinical-rows.ts), and their `keys` index holds `code|date` for every coding, so a
 * coded criterion starts from key ranges whose primary keys are patient ids: "a flu shot since
 * 1 August" is answered keys-only, without a resource read. An AND first intersects the key ranges
 * of its children, so rows are read only where a value decides (a problem's status, a
 * medication's status, the last lab value or blood pressure), and only for patients still in
 * play, in chunks inside read transactions. A patient's latest result of a code comes from their
 * small latest-results row (latest-results.ts), not their Observation row. A record found
 * keys-only has its dates read (for the detail column) only for the patients on the result list.
 * Last visits come from the Patient rows (`lastVisit`, kept by every write); who the patients are
 * (age, sex, the result list) comes from the patient directory, one request for the whole clinic.
 */
import type { Table } from 'dexie';
import type { Condition, Coverage, MedicationRequest } from '@medplum/fhirtypes';
import type { ChartroomDatabase } from '$lib/db/database';
import { codePrefixRange, codeRange, patientsInRanges, type KeyRange } from '$lib/db/code-index';
import type { LatestResult } from '$lib/db/latest-results';
import { readPatientDirectory, type DirectoryEntry } from '$lib/db/patient-directory';
import { codesOf, dateOf } from '$lib/db/resource-row';
import type { ClinicalResourceType } from '$lib/db/resource-types';
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

/**
 * Detail text that needs rows to write (the dates of the records a criterion found keys-only),
 * produced only for the patients on the result list: one batched read per criterion.
 */
interface DeferredNotes {
	notesFor(patients: readonly string[]): Promise<Map<string, string[]>>;
}
type Note = string | DeferredNotes;

/** Members of `found` that are also in `universe` (walking the smaller set). */
function within(found: Ids, universe: Ids): Ids {
	if (found.size > universe.size) return within(universe, found);
	const out: Ids = new Set();
	for (const id of found) if (universe.has(id)) out.add(id);
	return out;
}

function isActiveProblem(condition: Condition): boolean {
	const status = condition.clinicalStatus?.coding?.[0]?.code;
	const verification = condition.verificationStatus?.coding?.[0]?.code;
	return !!status && ACTIVE_PROBLEM.has(status) && verification !== 'entered-in-error' && verification !== 'refuted';
}

/**
 * Rows of a sorted chunk of ids: one range read when the chunk is most of its id range (a
 * request for all of them), else one get per id. Inside the caller's transaction.
 */
async function rowsOf<R extends { id: string }>(table: Table<R, string>, chunk: readonly string[]): Promise<R[]> {
	if (chunk.length <= 32) return (await table.bulkGet([...chunk])).filter((row): row is R => row !== undefined);
	const range = table.where(':id').between(chunk[0]!, chunk.at(-1)!, true, true);
	if (chunk.length * 2 < (await range.clone().count())) return (await table.bulkGet([...chunk])).filter((row): row is R => row !== undefined);
	const wanted = new Set(chunk);
	return (await range.toArray()).filter((row) => wanted.has(row.id));
}

class ReportRun {
	readonly details = new Map<string, Note[]>();
	#steps = 0;
	/** Key-range reads by range, shared by an AND's bound and its children's evaluation. */
	#keyReads = new Map<string, Promise<Ids>>();
	/**
	 * The codes of each read patient's active problems: problem criteria come in pairs (diabetes
	 * AND hypertension) over the same patients, and this way each Condition row is read once.
	 */
	#activeProblemCodes = new Map<string, string[]>();

	/** Who every patient is (the directory): age, sex and the result list read it, not Patient rows. */
	directory: ReadonlyMap<string, DirectoryEntry> = new Map();

	constructor(
		readonly db: ChartroomDatabase,
		readonly today: string,
		readonly onProgress: RunReportOptions['onProgress']
	) {}

	note(patient: string, note: Note): void {
		const list = this.details.get(patient);
		if (list) {
			if (!list.includes(note)) list.push(note);
		} else this.details.set(patient, [note]);
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
				// The children's key ranges narrow the patients before any row is read.
				const bound = await this.bound(node);
				let remaining = bound ? within(bound, universe) : universe;
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
				return this.problem(c, universe);
			case 'medication':
				return this.medication(c, universe);
			case 'age':
				return this.age(c, universe);
			case 'sex':
				return this.sex(c.sex, universe);
			case 'payer':
				return this.payer(c, universe);
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

	/** Patients with a key of a type in any of the ranges: keys only, each range read once per run. */
	keyed(type: ClinicalResourceType, ranges: readonly KeyRange[]): Promise<Ids> {
		const id = `${type}\n${ranges.flat().join('\n')}`;
		let read = this.#keyReads.get(id);
		if (!read) this.#keyReads.set(id, (read = patientsInRanges(this.db.clinical(type), ranges)));
		return read;
	}

	/** The key ranges a criterion's patients must have a key in, when its codes say. */
	rangesOf(c: Criterion): { type: ClinicalResourceType; ranges: KeyRange[] } | undefined {
		switch (c.kind) {
			case 'problem':
				return { type: 'Condition', ranges: problemPrefixes(c).map(codePrefixRange) };
			case 'medication':
				// A name match needs no code, so only a code-only criterion has a range.
				return c.code && !c.nameContains?.trim() ? { type: 'MedicationRequest', ranges: [codeRange(c.code)] } : undefined;
			case 'record-since': {
				const since = sinceDate(c.since, this.today);
				return { type: c.type, ranges: c.codes.map((code) => codeRange(code, since)) };
			}
			// A last result is read from the patients' small latest-results rows: the keys of every
			// result of a code (a blood pressure at each visit) would cost more than those rows.
			default:
				return undefined;
		}
	}

	/**
	 * Start the key reads of every coded criterion, so that they run while the directory is read
	 * (at 100,000 patients both take hundreds of milliseconds). Each read is shared with the
	 * criterion that awaits it later; one left unawaited (an AND emptied early) must not reject
	 * unhandled.
	 */
	prefetch(node: ReportNode): void {
		if (node.op === 'criterion') {
			const keyed = this.rangesOf(node.criterion);
			if (keyed) this.keyed(keyed.type, keyed.ranges).catch(() => undefined);
		} else if (node.op === 'not') this.prefetch(node.child);
		else for (const child of node.children) this.prefetch(child);
	}

	/** Every patient a node can match is in this set (from key ranges alone), when one is known. */
	async bound(node: ReportNode): Promise<Ids | undefined> {
		switch (node.op) {
			case 'criterion': {
				const keyed = this.rangesOf(node.criterion);
				return keyed && this.keyed(keyed.type, keyed.ranges);
			}
			case 'and': {
				let out: Ids | undefined;
				for (const child of await Promise.all(node.children.map((c) => this.bound(c)))) if (child) out = out ? within(child, out) : child;
				return out;
			}
			case 'or': {
				const children = await Promise.all(node.children.map((c) => this.bound(c)));
				if (children.some((child) => !child)) return undefined;
				return new Set(children.flatMap((child) => [...child!]));
			}
			case 'not':
				return undefined;
		}
	}

	/**
	 * Visit the stored rows of these patients (absent rows are skipped) in chunks inside one read
	 * transaction, reporting progress after each chunk.
	 */
	async readRows<R extends { id: string }>(table: Table<R, string>, patients: Iterable<string>, step: string, visit: (row: R) => void): Promise<void> {
		const ids = [...patients].sort();
		if (ids.length === 0) return this.progress(step, 0, 0);
		await this.db.transaction('r', table, async () => {
			for (let start = 0; start < ids.length; start += CHUNK) {
				for (const row of await rowsOf(table, ids.slice(start, start + CHUNK))) visit(row);
				this.progress(step, Math.min(ids.length, start + CHUNK), ids.length);
			}
		});
	}

	async problem(c: Extract<Criterion, { kind: 'problem' }>, universe: Ids): Promise<Ids> {
		const prefixes = problemPrefixes(c);
		if (prefixes.length === 0) return new Set();
		const candidates = within(await this.keyed('Condition', prefixes.map(codePrefixRange)), universe);
		const out: Ids = new Set();
		const unread = [...candidates].filter((id) => !this.#activeProblemCodes.has(id));
		await this.readRows(this.db.clinical<Condition>('Condition'), unread, describeCriterion(c), (row) => {
			this.#activeProblemCodes.set(row.id, [...new Set(row.resources.filter(isActiveProblem).flatMap(codesOf))].sort());
		});
		for (const id of candidates) {
			// Noted by prefix, then code, as the codes were asked for.
			const active = this.#activeProblemCodes.get(id) ?? [];
			const codes = prefixes.flatMap((prefix) => active.filter((code) => code.startsWith(prefix)));
			if (codes.length === 0) continue;
			out.add(id);
			for (const code of codes) this.note(id, code);
		}
		return out;
	}

	async medication(c: Extract<Criterion, { kind: 'medication' }>, universe: Ids): Promise<Ids> {
		const needle = c.nameContains?.trim().toLowerCase();
		const name = (m: MedicationRequest) =>
			m.medicationCodeableConcept?.text ?? m.medicationCodeableConcept?.coding?.[0]?.display ?? m.medicationReference?.display ?? '';
		const matches = (m: MedicationRequest) =>
			(!!c.code && !!m.medicationCodeableConcept?.coding?.some((x) => x.code === c.code)) || (!!needle && name(m).toLowerCase().includes(needle));
		if (!needle && !c.code) return new Set();
		// A name is in no index: every order of the patients in play is read.
		const candidates = needle ? universe : within(await this.keyed('MedicationRequest', [codeRange(c.code!)]), universe);
		const out: Ids = new Set();
		await this.readRows(this.db.clinical<MedicationRequest>('MedicationRequest'), candidates, describeCriterion(c), (row) => {
			for (const order of row.resources) {
				if (order.status !== 'active' || !matches(order)) continue;
				out.add(row.id);
				this.note(row.id, name(order));
			}
		});
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

	async payer(c: Extract<Criterion, { kind: 'payer' }>, universe: Ids): Promise<Ids> {
		const needle = c.nameContains.trim().toLowerCase();
		const payerName = (coverage: Coverage) => coverage.payor?.[0]?.display ?? coverage.type?.text ?? '';
		const out: Ids = new Set();
		await this.readRows(this.db.clinical<Coverage>('Coverage'), universe, describeCriterion(c), (row) => {
			for (const coverage of row.resources) {
				if (coverage.status !== 'active' || !payerName(coverage).toLowerCase().includes(needle)) continue;
				out.add(row.id);
				this.note(row.id, payerName(coverage));
			}
		});
		return out;
	}

	async recordSince(c: Extract<Criterion, { kind: 'record-since' }>, universe: Ids): Promise<Ids> {
		// The index range does the code and the date test: patient ids, no rows.
		const out = within(await this.keyed(c.type, this.rangesOf(c)!.ranges), universe);
		if (out.size === 0) return out;
		const since = sinceDate(c.since, this.today);
		const codes = new Set(c.codes);
		const label = capitalize(c.label);
		const dates: DeferredNotes = {
			notesFor: async (patients) => {
				const notes = new Map<string, string[]>();
				await this.readRows(this.db.clinical(c.type), patients, label, (row) => {
					const found = row.resources.filter((r) => (dateOf(r) ?? '') >= since && codesOf(r).some((code) => codes.has(code)));
					notes.set(row.id, found.map((r) => `${label} ${displayDate(dateOf(r))}`));
				});
				return notes;
			}
		};
		for (const id of out) this.note(id, dates);
		return out;
	}

	/** Each patient's most recent result of a code, from their small latest-results row. */
	async latest(code: string, universe: Ids, step: string, visit: (patient: string, result: LatestResult) => void): Promise<void> {
		await this.readRows(this.db.latestResults, universe, step, (row) => {
			const last = row.results[code];
			if (last) visit(row.id, last);
		});
	}

	async lastLab(c: Extract<Criterion, { kind: 'last-lab' }>, universe: Ids): Promise<Ids> {
		const out: Ids = new Set();
		await this.latest(c.loinc, universe, `Last ${c.loinc}`, (patient, result) => {
			if (result.value === undefined || !compare(result.value, c.comparator, c.value)) return;
			out.add(patient);
			const name = result.name || c.loinc;
			this.note(patient, `${name.split(/[/[]/)[0]?.trim()} ${result.value}${result.unit ? ` ${result.unit}` : ''} on ${displayDate(result.date)}`);
		});
		return out;
	}

	async lastBloodPressure(c: Extract<Criterion, { kind: 'last-bp' }>, universe: Ids): Promise<Ids> {
		const out: Ids = new Set();
		await this.latest(LOINC.bloodPressurePanel, universe, 'Last blood pressure', (patient, result) => {
			const sys = result.components?.[LOINC.systolic];
			const dia = result.components?.[LOINC.diastolic];
			if (sys === undefined || dia === undefined || (sys < c.systolic && dia < c.diastolic)) return;
			out.add(patient);
			this.note(patient, `BP ${sys}/${dia} on ${displayDate(result.date)}`);
		});
		return out;
	}

	async lastVisit(c: Extract<Criterion, { kind: 'last-visit' }>, universe: Ids): Promise<Ids> {
		const out: Ids = new Set();
		await this.readRows(this.db.resources('Patient'), universe, 'Last visit', (row) => {
			const last = day(row.lastVisit);
			if (!last) return;
			if (c.after && last <= c.after) return;
			if (c.before && last >= c.before) return;
			out.add(row.id);
			this.note(row.id, `Last visit ${displayDate(last)}`);
		});
		return out;
	}

	async result(matched: Ids): Promise<ReportPatient[]> {
		const entries = [...matched].flatMap((id) => this.directory.get(id) ?? []);
		// Deferred notes are written now, for these patients only.
		const waiting = new Map<DeferredNotes, string[]>();
		for (const { id } of entries) {
			for (const note of this.details.get(id) ?? []) {
				if (typeof note === 'string') continue;
				const patients = waiting.get(note);
				if (patients) patients.push(id);
				else waiting.set(note, [id]);
			}
		}
		const written = new Map<DeferredNotes, Map<string, string[]>>();
		for (const [deferred, patients] of waiting) written.set(deferred, await deferred.notesFor(patients));
		const detail = (id: string) => {
			const notes = (this.details.get(id) ?? []).flatMap((note) => (typeof note === 'string' ? [note] : (written.get(note)?.get(id) ?? [])));
			return [...new Set(notes)].join('; ');
		};
		return entries
			.map((entry) => ({ ...entry, detail: detail(entry.id) }))
			.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	}
}

/** The ICD-10-CM prefixes a problem criterion asks for ("E11.*" → "E11"), each once. */
function problemPrefixes(c: Extract<Criterion, { kind: 'problem' }>): string[] {
	return [...new Set(c.codes.map(codePrefix).filter(Boolean))];
}

/** Every stored patient that meets the report's criteria, sorted by name. */
export async function runReport(db: ChartroomDatabase, root: ReportNode, options: RunReportOptions): Promise<ReportResult> {
	const run = new ReportRun(db, options.today, options.onProgress);
	run.prefetch(root);
	run.directory = new Map((await readPatientDirectory(db)).map((entry) => [entry.id, entry]));
	const matched = await run.evaluate(root, new Set(run.directory.keys()));
	const patients = await run.result(matched);
	return { count: patients.length, patients, today: options.today };
}
