/**
 * A template's effective body for one of its states: lists are joined, and a state entry with
 * the key of a base entry replaces it; a state's cadence, note or care plan replaces the base's.
 */
import type { Template, TemplateBody, TemplateStateData } from './template-schema';

function joinByKey<T extends { key: string }>(base: readonly T[] | undefined, extra: readonly T[] | undefined): T[] {
	if (!extra || extra.length === 0) return base ? [...base] : [];
	const replaced = new Set(extra.map((entry) => entry.key));
	return [...(base ?? []).filter((entry) => !replaced.has(entry.key)), ...extra];
}

export interface ComposedBody extends Required<Pick<TemplateBody, 'conditions' | 'medications' | 'labs' | 'procedures' | 'immunizations' | 'visitReasons'>> {
	vitalsBaseline: TemplateBody['vitalsBaseline'];
	vitalsShift: NonNullable<TemplateBody['vitalsShift']>;
	cadence: TemplateBody['cadence'];
	note: NonNullable<TemplateBody['note']>;
	noteEveryVisit: NonNullable<TemplateBody['noteEveryVisit']>;
	carePlan: TemplateBody['carePlan'];
}

const composed = new WeakMap<Template, Map<string, ComposedBody>>();

/** Composed once per template and state, then shared (read-only) by every patient. */
export function composeBody(template: Template, state: TemplateStateData | undefined): ComposedBody {
	let byState = composed.get(template);
	if (!byState) {
		byState = new Map();
		composed.set(template, byState);
	}
	const key = state?.id ?? '';
	let body = byState.get(key);
	if (!body) {
		body = compose(template, state);
		byState.set(key, body);
	}
	return body;
}

function compose(template: Template, state: TemplateStateData | undefined): ComposedBody {
	const shift = { ...(template.vitalsShift ?? {}) };
	for (const [key, value] of Object.entries(state?.vitalsShift ?? {}) as [keyof typeof shift, number][]) {
		shift[key] = (shift[key] ?? 0) + value;
	}
	return {
		conditions: joinByKey(template.conditions, state?.conditions),
		medications: joinByKey(template.medications, state?.medications),
		labs: joinByKey(template.labs, state?.labs),
		procedures: joinByKey(template.procedures, state?.procedures),
		immunizations: joinByKey(template.immunizations, state?.immunizations),
		visitReasons: [...(template.visitReasons ?? []), ...(state?.visitReasons ?? [])],
		vitalsBaseline: state?.vitalsBaseline ?? template.vitalsBaseline,
		vitalsShift: shift,
		cadence: state?.cadence ?? template.cadence,
		note: joinNotes(template.note, state?.note),
		noteEveryVisit: joinNotes(template.noteEveryVisit, state?.noteEveryVisit),
		carePlan: state?.carePlan ?? template.carePlan
	};
}

function joinNotes(base: TemplateBody['note'], extra: TemplateBody['note']): NonNullable<TemplateBody['note']> {
	return {
		subjective: [...(base?.subjective ?? []), ...(extra?.subjective ?? [])],
		objective: [...(base?.objective ?? []), ...(extra?.objective ?? [])],
		assessment: [...(base?.assessment ?? []), ...(extra?.assessment ?? [])],
		plan: [...(base?.plan ?? []), ...(extra?.plan ?? [])]
	};
}

/** Every body a template can produce: the base alone, or the base with each state. */
export function allBodies(template: Template): ComposedBody[] {
	if (!template.states) return [composeBody(template, undefined)];
	return template.states.map((state) => composeBody(template, state));
}
