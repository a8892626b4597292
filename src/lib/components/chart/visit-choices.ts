import type { Encounter } from '@medplum/fhirtypes';
import { conceptText } from '$lib/record/chart';
import { displayDate } from '$lib/record/patient-display';

/** The patient's latest visits as choices for "which visit is this for" (newest first, as the chart sorts them). */
export function visitChoices(encounters: readonly Encounter[], limit = 30): { value: string; label: string }[] {
	return encounters.slice(0, limit).map((e) => ({ value: e.id ?? '', label: `${displayDate(e.period?.start)} — ${conceptText(e.type?.[0])}` }));
}
