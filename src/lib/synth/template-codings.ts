/**
 * Every coding the templates use, for the code-table cross-check (src/lib/codes checks each one
 * against the official release). Includes the vital-sign codes the generator writes.
 */
import { allBodies } from './compose-template';
import { loadTemplates, type TemplateRegistry } from './load-templates';
import type { TemplateCodingData } from './template-schema';
import { BLOOD_PRESSURE_PANEL, BODY_MASS_INDEX, OXYGEN_SATURATION, PROGRESS_NOTE, VITAL_SIGNS } from './vital-signs';

export type TemplateCodingUse = TemplateCodingData & {
	/** Templates that use the code (or "vital-signs" for the generator's own). */
	usedBy: string[];
};

/** Distinct codings by system and code, sorted; the same code with two displays is listed twice. */
export function allTemplateCodings(registry: TemplateRegistry = loadTemplates()): TemplateCodingUse[] {
	const uses = new Map<string, TemplateCodingUse>();
	const add = (coding: TemplateCodingData, by: string) => {
		const id = `${coding.system}|${coding.code}|${coding.display}`;
		const use: TemplateCodingUse = uses.get(id) ?? { ...coding, usedBy: [] as string[] };
		if (!use.usedBy.includes(by)) use.usedBy.push(by);
		uses.set(id, use);
	};
	for (const template of registry.list) {
		const by = template.id;
		if (template.visit) add(template.visit.type, by);
		if (template.immunizationVisit) {
			add(template.immunizationVisit.type, by);
			add(template.immunizationVisit.reason, by);
		}
		if (template.allergy) {
			add(template.allergy.code, by);
			for (const reaction of template.allergy.reactions) add(reaction.manifestation, by);
		}
		for (const body of allBodies(template)) {
			for (const c of body.conditions) {
				add(c.icd10, by);
				if (c.snomed) add(c.snomed, by);
			}
			for (const m of body.medications) {
				for (const core of m.alternative ? [m, m.alternative] : [m]) {
					add(core.rxnorm, by);
					add(core.route, by);
				}
			}
			for (const l of body.labs) {
				add(l.code, by);
				if (l.result.kind === 'coded') add(l.result.value, by);
			}
			for (const p of body.procedures) add(p.code, by);
			for (const i of body.immunizations) {
				add(i.cvx, by);
				add(i.route, by);
				for (const site of i.sites ?? []) add(site.coding, by);
			}
			for (const r of body.visitReasons) add(r.code, by);
			if (body.carePlan) add(body.carePlan.category, by);
		}
	}
	for (const vital of Object.values(VITAL_SIGNS)) add(vital.code, 'vital-signs');
	for (const coding of [BLOOD_PRESSURE_PANEL, BODY_MASS_INDEX.code, OXYGEN_SATURATION, PROGRESS_NOTE]) add(coding, 'vital-signs');
	return [...uses.values()].sort((a, b) =>
		a.system === b.system ? (a.code === b.code ? (a.display < b.display ? -1 : 1) : a.code < b.code ? -1 : 1) : a.system < b.system ? -1 : 1
	);
}
