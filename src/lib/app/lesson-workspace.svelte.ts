/**
 * The EHR workspace set up for one lesson: the lesson's clinic generated into the database,
 * and a workspace id and start time under which everything the learner does there is
 * recorded (the session stamps the id on its audit events, the privacy monitor on its
 * flags). Kept in the settings table, so it survives reloads and other tabs, until the
 * learner restores the clinic or sets up another lesson. Submitting the lesson grades the
 * workspace's changes and conduct; a retry keeps working on the same chart.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { ChartroomDatabase, WorldRow } from '$lib/db/database';
import type { AttemptEvidence } from '$lib/grading/grade-attempt';
import { buildLessonCast, generatorScenario, type LessonCast } from '$lib/lessons/cast-context-from-records';
import type { Lesson } from '$lib/lessons/lesson-schema';
import { scenarioOriginals } from '$lib/lessons/scenario-originals';
import { historyMarker, historyViews } from '$lib/lessons/scenario-history';
import { workspaceEvidence } from '$lib/lessons/workspace-evidence';
import type { RecordSection } from '$lib/session/record-sections';
import type { Role } from '$lib/session/roles';
import { DEFAULT_IDLE_TIMEOUT_SECONDS } from '$lib/session/session-machine';
import { clinicGeneration } from './clinic-generation.svelte';
import { databaseConnection } from './database-connection.svelte';
import { ehrSession } from './ehr-session.svelte';
import { seedScenarioHistory } from './seed-scenario-history';
import { readWorkspaceLog } from './workspace-log';

export const WORKSPACE_SETTING = 'lesson-workspace';

export interface WorkspaceRow {
	/** Stamped on audit events and flags as their `attempt`. */
	id: string;
	lesson: string;
	title: string;
	role: Role;
	startedAt: string;
	/** The clinic it runs on: a clinic generated since (from the EHR page) ends the workspace. */
	worldGeneratedAt: string;
	idleLockSeconds?: number;
	/** The chart sections the lesson's task needs: the privacy monitor's minimum necessary. */
	needs?: readonly RecordSection[];
}

export type WorkspacePhase = 'idle' | 'preparing' | 'failed';

function isWorkspaceRow(value: unknown): value is WorkspaceRow {
	const row = value as Partial<WorkspaceRow> | undefined;
	return typeof row?.id === 'string' && typeof row.lesson === 'string' && typeof row.startedAt === 'string' && typeof row.worldGeneratedAt === 'string';
}

/** True when the stored clinic is the one the workspace was set up on. */
function isCurrentWorld(row: WorkspaceRow, world: WorldRow | undefined): boolean {
	return world !== undefined && world.generatedAt === row.worldGeneratedAt;
}

class LessonWorkspace {
	/** The workspace on the current clinic; undefined when none (or its clinic was replaced). */
	active = $state<WorkspaceRow | undefined>();
	loaded = $state(false);
	phase = $state<WorkspacePhase>('idle');
	message = $state('');
	#casts = new Map<string, LessonCast>();

	isFor(lessonId: string): boolean {
		return this.active?.lesson === lessonId;
	}

	async #database(): Promise<ChartroomDatabase | undefined> {
		await databaseConnection.open();
		return databaseConnection.db;
	}

	/** Reads the stored workspace; a workspace whose clinic was replaced is dropped. */
	async load(): Promise<void> {
		const db = await this.#database();
		if (db !== undefined) {
			const [row, world] = await Promise.all([db.settings.get(WORKSPACE_SETTING), db.worlds.get('current')]);
			const stored = row?.value;
			this.active = isWorkspaceRow(stored) && isCurrentWorld(stored, world) ? stored : undefined;
		}
		this.loaded = true;
		this.#configureSession();
	}

	/** Every audit event of this tab's session carries the workspace id; the lesson's idle lock applies. */
	#configureSession(): void {
		const row = this.active;
		if (row === undefined) {
			if (ehrSession.state.attempt !== undefined) ehrSession.configure({});
			return;
		}
		if (ehrSession.state.attempt === row.id && ehrSession.state.idleTimeoutMs === (row.idleLockSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS) * 1000) return;
		ehrSession.configure({ attempt: row.id, ...(row.idleLockSeconds === undefined ? {} : { idleTimeoutSeconds: row.idleLockSeconds }) });
	}

	/**
	 * Generates the lesson's clinic (replacing the one in the EHR) and starts a new workspace on
	 * it. Whoever was signed in is signed out first: the learner signs in as the lesson's role.
	 */
	async prepare(lesson: Lesson): Promise<boolean> {
		if (this.phase === 'preparing') return false;
		this.phase = 'preparing';
		this.message = '';
		ehrSession.signOut();
		const outcome = await clinicGeneration.start(generatorScenario(lesson.scenario));
		const db = await this.#database();
		const world = outcome === 'done' ? await db?.worlds.get('current') : undefined;
		if (db === undefined || world === undefined) {
			this.phase = 'failed';
			this.message = clinicGeneration.message || 'The lesson clinic could not be set up: storage is unavailable in this browser.';
			return false;
		}
		await this.#seedHistory(db, lesson);
		const row: WorkspaceRow = {
			id: crypto.randomUUID(),
			lesson: lesson.id,
			title: lesson.title,
			role: lesson.role,
			startedAt: new Date().toISOString(),
			worldGeneratedAt: world.generatedAt,
			...(lesson.settings.idleLockSeconds === undefined ? {} : { idleLockSeconds: lesson.settings.idleLockSeconds }),
			...(lesson.needs === undefined ? {} : { needs: lesson.needs })
		};
		await db.settings.put({ key: WORKSPACE_SETTING, value: row });
		this.active = row;
		this.phase = 'idle';
		this.#configureSession();
		return true;
	}

	/** The scenario's audit history (who opened which chart before the learner came), written once. */
	async #seedHistory(db: ChartroomDatabase, lesson: Lesson): Promise<void> {
		const history = lesson.scenario.history ?? {};
		if (Object.keys(history).length === 0) return;
		const ids = Object.fromEntries(Object.entries(this.#castOf(lesson).context.cast).map(([key, member]) => [key, member.id]));
		await seedScenarioHistory(db, historyMarker(lesson.id), historyViews(lesson.id, history, ids, new Date()));
	}

	#castOf(lesson: Lesson): LessonCast {
		let cast = this.#casts.get(lesson.id);
		if (cast === undefined) this.#casts.set(lesson.id, (cast = buildLessonCast(lesson.scenario)));
		return cast;
	}

	/**
	 * Evidence for the lesson's record and conduct exercises from its workspace; empty (they
	 * count as not attempted) when the lesson has no workspace on the current clinic.
	 */
	async evidence(lesson: Lesson): Promise<AttemptEvidence> {
		const needsWorkspace = Object.values(lesson.exercises).some((exercise) => exercise.kind !== 'answer');
		if (!needsWorkspace) return {};
		await this.load();
		const row = this.active;
		const db = await this.#database();
		if (row === undefined || row.lesson !== lesson.id || db === undefined) return {};
		const log = await readWorkspaceLog(db, row);
		const { context, chart } = this.#castOf(lesson);
		const originals: Map<string, Resource> = scenarioOriginals(generatorScenario(lesson.scenario), log.touched);
		return workspaceEvidence(lesson, context, { events: log.events, flags: log.flags, chart, originals, current: log.current });
	}
}

export const lessonWorkspace = new LessonWorkspace();
