import { CLINICAL_TYPES, CODED_TYPES } from './resource-types';

/**
 * Every version of the database schema, oldest first. A version is never edited once shipped:
 * a change is a new version (with an `upgrade` in database.ts when rows must be rewritten),
 * so that a learner's months of progress survive every update of the app.
 *
 * Dexie syntax: first key is the primary key; `&` unique, `*` multi-entry, `[a+b]` compound.
 */
export type StoreSpec = Record<string, string | null>;

function clinicalStores(codeIndex: '' | 'code' | '[code+date]'): StoreSpec {
	return Object.fromEntries(
		CLINICAL_TYPES.map((type) => [type, codeIndex && CODED_TYPES.includes(type) ? `id, [patient+date], ${codeIndex}` : 'id, [patient+date]'])
	);
}

/** Version 1: the resources, audit trail and learner progress. */
export const SCHEMA_V1: StoreSpec = {
	Patient: 'id, &mrn, *tokens, birthDate',
	Practitioner: 'id',
	...clinicalStores(''),
	audit: '++seq, at, [patient+at], [user+at], action',
	attempts: 'id, lesson, [lesson+startedAt]',
	drafts: 'key, updatedAt',
	settings: 'key',
	worlds: 'id'
};

/**
 * Version 2: phone search, similar-name keys and code-indexed clinical rows for population
 * reports, plus the imported full code sets and recall outreach. Rows written by v1 get their
 * new index fields in the upgrade.
 */
export const SCHEMA_V2: StoreSpec = {
	...SCHEMA_V1,
	Patient: 'id, &mrn, *tokens, birthDate, phone, *nameKeys',
	...clinicalStores('code'),
	codeSets: 'id',
	outreach: 'id, patient, report'
};

/**
 * Version 3: the day's schedule and the coding queue read appointments and encounters by date
 * across patients; privacy flags raised while the learner works are kept with their attempt.
 * Coded rows are indexed by code and date together, so a recall report reads only this
 * season's flu shots instead of every flu shot ever given (a code prefix is still one range).
 */
export const SCHEMA_V3: StoreSpec = {
	...SCHEMA_V2,
	...clinicalStores('[code+date]'),
	Appointment: 'id, [patient+date], date',
	Encounter: 'id, [patient+date], date',
	flags: 'id, attempt, at, rule'
};

/**
 * Version 4: the patient directory, who every patient is in a few columnar rows, so that a
 * report over the whole clinic reads its universe and its result list in one request.
 */
export const SCHEMA_V4: StoreSpec = {
	...SCHEMA_V3,
	directory: 'id'
};

/**
 * Version 5: clinical resources filed one row per patient and type (clinical-rows.ts), so a
 * generated clinic is about eleven rows per patient instead of ninety, and each patient's latest
 * result per observation code (latest-results.ts). The upgrade regroups the rows of version 4;
 * the resources themselves are unchanged.
 */
export const SCHEMA_V5: StoreSpec = {
	...SCHEMA_V4,
	...Object.fromEntries(CLINICAL_TYPES.map((type) => [type, 'id, *ids, *keys'])),
	latestResults: 'id'
};

export const SCHEMA_VERSIONS: readonly StoreSpec[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
