/**
 * The world around the cohort: the clinic, its payers, clinicians, staff and appointment book.
 * The book looks at the first patients' plans only, so no cohort is held in memory.
 */
import { ageInYears } from './dates';
import { type ClinicStaff } from './generate-practitioners';
import { generateSchedule, type AppointmentKind, type ClinicSchedule, type ScheduleCandidate } from './generate-schedule';
import { createGenerationContext, type GenerateOptions } from './generation-context';
import { planPatient } from './plan-patient';
import type { Scenario } from './scenario';

export interface World extends ClinicStaff {
	schedule: ClinicSchedule;
}

/** How many of the first patients the appointment book draws from. */
export const SCHEDULE_POOL = 400;

export function generateWorld(scenario: Scenario | unknown, options: GenerateOptions = {}): World {
	const context = createGenerationContext(scenario, options);
	const candidates: ScheduleCandidate[] = [];
	for (let index = 0; index < Math.min(context.total, SCHEDULE_POOL); index++) {
		const plan = planPatient(context, index);
		if (!plan.registered) continue;
		const chronic = plan.templates.find((t) => t.template.kind === 'chronic' && t.body.cadence?.kind === 'interval');
		const problem = chronic?.conditions.find((c) => c.category === 'problem-list-item');
		const kinds: AppointmentKind[] = ['annual-physical', 'acute', chronic ? 'follow-up' : 'new-patient'];
		candidates.push({
			patientId: plan.id,
			display: `${plan.identity.name.given} ${plan.identity.name.family}`,
			child: ageInYears(plan.identity.birth, context.today) < 18,
			kinds,
			...(problem ? { reason: problem.icd10 } : {})
		});
	}
	const schedule = generateSchedule(
		{ seed: context.seed, salt: context.salt, today: context.today, utcOffset: context.utcOffset, lastUpdated: context.lastUpdated },
		context.staff.clinicians,
		candidates
	);
	return { ...context.staff, schedule };
}
