import type { Immunization } from '@medplum/fhirtypes';
import { CVX_SYSTEM, CVX_VACCINES, type CvxVaccine } from '$lib/codes/data/cvx-vaccines';
import { TERMINOLOGY } from '$lib/synth/systems';
import { checkDay, daysBetween, firstVersion, staffReference, type EntryStamp } from './authorship';
import { vaccineGroup } from './immunizations-due';
import { displayDate } from './patient-display';

/** A dose given here (lot, site and route known) or one from another provider or the patient's card. */
export interface ImmunizationForm {
	cvx: string;
	source: 'administered' | 'historical';
	date: string;
	lot: string;
	expiration: string;
	site: '' | SiteKey;
	route: '' | VaccineRouteKey;
}

export const emptyImmunization = (today: string): ImmunizationForm => ({ cvx: '', source: 'administered', date: today, lot: '', expiration: '', site: '', route: '' });

export type ImmunizationField = keyof ImmunizationForm;

/** Injection sites, SNOMED CT body structures (the generator's and the CDC IIS guide's usual four). */
export const SITES = {
	'left-arm': { code: '368208006', display: 'Left upper arm structure (body structure)', label: 'Left upper arm (deltoid)' },
	'right-arm': { code: '368209003', display: 'Right upper arm structure (body structure)', label: 'Right upper arm (deltoid)' },
	'left-thigh': { code: '61396006', display: 'Structure of left thigh (body structure)', label: 'Left thigh (vastus lateralis)' },
	'right-thigh': { code: '11207009', display: 'Structure of right thigh (body structure)', label: 'Right thigh (vastus lateralis)' }
} as const;
export type SiteKey = keyof typeof SITES;

export const VACCINE_ROUTES = {
	intramuscular: { code: '78421000', display: 'Intramuscular route (qualifier value)', label: 'Intramuscular' },
	subcutaneous: { code: '34206005', display: 'Subcutaneous route (qualifier value)', label: 'Subcutaneous' },
	nasal: { code: '46713006', display: 'Nasal route (qualifier value)', label: 'Intranasal' },
	oral: { code: '26643006', display: 'Oral route (qualifier value)', label: 'Oral' }
} as const;
export type VaccineRouteKey = keyof typeof VACCINE_ROUTES;

/** The route a vaccine's product is given by: the live intranasal flu vaccine, oral rotavirus, else injected. */
export function vaccineRoutes(vaccine: CvxVaccine): VaccineRouteKey[] {
	if (/intranasal/i.test(vaccine.short)) return ['nasal'];
	if (vaccine.group === 'Rotavirus') return ['oral'];
	return ['intramuscular', 'subcutaneous'];
}

export interface ImmunizationCheck {
	vaccine?: CvxVaccine;
	errors: Partial<Record<ImmunizationField, string>>;
	missing: Partial<Record<ImmunizationField, string>>;
	ready: boolean;
}

/** Doses of one vaccine less than 4 weeks apart do not count (ACIP minimum interval, General Best Practice Guidelines). */
const MINIMUM_INTERVAL_DAYS = 28;

export function checkImmunization(form: ImmunizationForm, context: { today: string; birthDate?: string; immunizations: readonly Immunization[] }): ImmunizationCheck {
	const errors: ImmunizationCheck['errors'] = {};
	const missing: ImmunizationCheck['missing'] = {};
	const vaccine = CVX_VACCINES.find((v) => v.code === form.cvx);
	if (!vaccine) missing.cvx = 'Choose the vaccine (CVX).';
	const dateError = checkDay(form.date, 'Date given', { ...context, required: true });
	if (dateError) (form.date ? errors : missing).date = dateError;
	if (vaccine && form.date && !dateError) {
		const close = context.immunizations
			.filter((i) => i.status === 'completed' && vaccineGroup(i) === vaccine.group && i.occurrenceDateTime)
			.map((i) => i.occurrenceDateTime!.slice(0, 10))
			.find((d) => Math.abs(daysBetween(d, form.date)) < MINIMUM_INTERVAL_DAYS);
		if (close) {
			errors.date = `${vaccine.group} vaccine already recorded on ${displayDate(close)}, ${Math.abs(daysBetween(close, form.date))} days from this date. Doses of the same vaccine are at least 4 weeks apart: is this a duplicate?`;
		}
	}
	const given = form.source === 'administered';
	const lot = form.lot.trim();
	if (lot && !/^[A-Za-z0-9-]{3,20}$/.test(lot)) errors.lot = 'A lot number is 3–20 letters, digits or hyphens, as printed on the vial.';
	else if (!lot && given) missing.lot = 'Enter the lot number from the vial.';
	if (form.expiration) {
		const expiration = checkDay(form.expiration, 'Expiration date', { today: '9999-12-31' });
		if (expiration) errors.expiration = expiration;
		else if (form.date && form.expiration < form.date) errors.expiration = `This lot expired on ${displayDate(form.expiration)}, before the date given: an expired vaccine must not be given.`;
	}
	const routes = vaccine ? vaccineRoutes(vaccine) : undefined;
	if (!form.route && given) missing.route = 'Choose the route.';
	else if (form.route && routes && !routes.includes(form.route)) errors.route = `${vaccine!.short} is given ${routes.map((r) => VACCINE_ROUTES[r].label.toLowerCase()).join(' or ')}.`;
	const injected = form.route === 'intramuscular' || form.route === 'subcutaneous';
	if (!form.site && given && (injected || !form.route)) missing.site = 'Choose the injection site.';
	else if (form.site && form.route && !injected) errors.site = `No injection site for a vaccine given ${VACCINE_ROUTES[form.route].label.toLowerCase()}: clear the site.`;
	return { vaccine, errors, missing, ready: Object.keys(errors).length === 0 && Object.keys(missing).length === 0 };
}

export function immunizationResource(form: ImmunizationForm, check: ImmunizationCheck, stamp: EntryStamp): Immunization {
	const vaccine = check.vaccine!;
	const given = form.source === 'administered';
	return {
		resourceType: 'Immunization',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		status: 'completed',
		vaccineCode: { coding: [{ system: CVX_SYSTEM, code: vaccine.code, display: vaccine.short }], text: vaccine.short },
		patient: { reference: `Patient/${stamp.patientId}` },
		occurrenceDateTime: form.date,
		recorded: stamp.at,
		primarySource: given,
		...(given ? {} : { reportOrigin: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/immunization-origin', code: 'recall', display: 'Parent/Guardian/Patient Recall' }] } }),
		...(form.lot.trim() ? { lotNumber: form.lot.trim() } : {}),
		...(form.expiration ? { expirationDate: form.expiration } : {}),
		...(form.site ? { site: { coding: [{ system: TERMINOLOGY.snomed, code: SITES[form.site].code, display: SITES[form.site].display }], text: SITES[form.site].label } } : {}),
		...(form.route ? { route: { coding: [{ system: TERMINOLOGY.snomed, code: VACCINE_ROUTES[form.route].code, display: VACCINE_ROUTES[form.route].display }], text: VACCINE_ROUTES[form.route].label } } : {}),
		// A dose reported from elsewhere has no performer we know; who recorded it is in the audit log.
		...(given ? { performer: [{ function: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0443', code: 'AP', display: 'Administering Provider' }] }, actor: staffReference(stamp.author) }] } : {})
	};
}
