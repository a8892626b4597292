import Dexie, { type DBCore, type DBCoreMutateRequest, type Table } from 'dexie';
import type { Resource } from '@medplum/fhirtypes';
import type { AuditRecord } from './audit-record';
import { codeOf, patientSearchFields, type ResourceRow } from './resource-row';
import { CODED_TYPES, type ClinicalResourceType, type StoredResourceType } from './resource-types';
import { patientDirectoryMiddleware, rebuildPatientDirectory } from './patient-directory';
import { backfillPatientRows } from './patient-row-upkeep';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';
import { regroupClinicalRows, type ClinicalRow } from './clinical-rows';
import type { LatestResultsRow } from './latest-results';
import { strictDurabilityForSubmissions } from './strict-durability';

export const DATABASE_NAME = 'chartroom';

/** A learner's graded or in-progress attempt at a lesson. */
export interface AttemptRow {
	id: string;
	lesson: string;
	startedAt: string;
	submittedAt?: string;
	[key: string]: unknown;
}

/** Anything typed and not yet submitted: answers, chart forms, notes. */
export interface DraftRow {
	key: string;
	updatedAt: string;
	value: unknown;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

/** The scenario the stored cohort came from, so screens can say which clinic this is. */
export interface WorldRow {
	id: 'current';
	seed: number | string;
	cohort: number;
	today: string;
	generatedAt: string;
	[key: string]: unknown;
}

export interface CodeSetRow {
	id: string;
	[key: string]: unknown;
}

export interface OutreachRow {
	id: string;
	patient: string;
	report: string;
	[key: string]: unknown;
}

export class AuditLogIsAppendOnlyError extends Error {
	override name = 'AuditLogIsAppendOnlyError';
	constructor(operation: string) {
		super(`The audit log is append-only: "${operation}" is not allowed on audit events.`);
	}
}

/**
 * The append-only rule lives below every API (a DBCore middleware), so no screen, module or
 * bulk operation can edit or delete an audit event (45 CFR 170.315(d)(2)).
 */
function appendOnlyAudit(down: DBCore): DBCore {
	return {
		...down,
		table(name) {
			const table = down.table(name);
			if (name !== 'audit') return table;
			return {
				...table,
				mutate(request: DBCoreMutateRequest) {
					if (request.type !== 'add') return Promise.reject(new AuditLogIsAppendOnlyError(request.type));
					return table.mutate(request);
				}
			};
		}
	};
}

export class ChartroomDatabase extends Dexie {
	audit!: Table<AuditRecord, number>;
	attempts!: Table<AttemptRow, string>;
	drafts!: Table<DraftRow, string>;
	settings!: Table<SettingRow, string>;
	worlds!: Table<WorldRow, string>;
	codeSets!: Table<CodeSetRow, string>;
	outreach!: Table<OutreachRow, string>;
	latestResults!: Table<LatestResultsRow, string>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(1).stores(SCHEMA_V1);
		this.version(2)
			.stores(SCHEMA_V2)
			.upgrade(async (tx) => {
				await tx
					.table('Patient')
					.toCollection()
					.modify((row: ResourceRow) => {
						if (row.resource.resourceType !== 'Patient') return;
						Object.assign(row, patientSearchFields(row.resource));
					});
				for (const type of CODED_TYPES) {
					await tx
						.table(type)
						.toCollection()
						.modify((row: ResourceRow) => {
							row.code = codeOf(row.resource) ?? '';
						});
				}
			});
		this.version(3).stores(SCHEMA_V3);
		this.version(4)
			.stores(SCHEMA_V4)
			.upgrade(async (tx) => {
				await backfillPatientRows(tx);
				await rebuildPatientDirectory(tx);
			});
		this.version(5).stores(SCHEMA_V5).upgrade(regroupClinicalRows);
		this.use({ stack: 'dbcore', name: 'append-only-audit', create: appendOnlyAudit });
		this.use({ stack: 'dbcore', name: 'strict-durability', create: strictDurabilityForSubmissions });
		this.use({ stack: 'dbcore', name: 'patient-directory', create: patientDirectoryMiddleware });
	}

	/**
	 * True when the stored database was upgraded by a newer Chartroom than this code. Dexie 4
	 * opens such a database anyway; this tab must then not write to a schema it does not know.
	 */
	isNewerThanThisBuild(): boolean {
		// Dexie keeps IndexedDB version = schema version × 10.
		return this.isOpen() && this.backendDB().version > CURRENT_SCHEMA_VERSION * 10;
	}

	/** The table of Patient or Practitioner resources, one row each. */
	resources<T extends Resource = Resource>(type: 'Patient' | 'Practitioner'): Table<ResourceRow<T>, string> {
		return this.table(type);
	}

	/** The table of one clinical type: a row per patient (clinical-rows.ts). */
	clinical<T extends Resource = Resource>(type: ClinicalResourceType): Table<ClinicalRow<T>, string> {
		return this.table(type);
	}

	/** Any resource type's table, for transaction scopes. */
	tableOf(type: StoredResourceType): Table {
		return this.table(type);
	}
}
