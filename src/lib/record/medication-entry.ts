import type { Dosage, MedicationRequest, Timing } from '@medplum/fhirtypes';
import { RXNORM_DRUGS, RXNORM_SYSTEM, type RxNormDrug } from '$lib/codes/data/rxnorm-drugs';
import { TERMINOLOGY } from '$lib/synth/systems';
import { authoredNote, firstVersion, nextVersion, staffReference, type Author, type EntryStamp } from './authorship';
import { activeMedications } from './chart';
import { displayDate } from './patient-display';

/** What the prescriber types or picks, as typed. */
export interface MedicationForm {
	rxcui: string;
	dose: string;
	route: '' | RouteKey;
	frequency: '' | FrequencyKey;
	asNeeded: boolean;
	asNeededFor: string;
	durationDays: string;
	quantity: string;
	refills: string;
	instructions: string;
}

export const EMPTY_MEDICATION: MedicationForm = {
	rxcui: '',
	dose: '',
	route: '',
	frequency: '',
	asNeeded: false,
	asNeededFor: '',
	durationDays: '',
	quantity: '',
	refills: '',
	instructions: ''
};

export type MedicationField = keyof MedicationForm;

/** Routes, SNOMED CT qualifier values, with the words a sig uses. */
export const ROUTES = {
	oral: { code: '26643006', display: 'Oral route (qualifier value)', label: 'Oral (by mouth)', verb: 'Take', phrase: 'by mouth' },
	inhaled: { code: '447694001', display: 'Respiratory tract route (qualifier value)', label: 'Inhaled', verb: 'Inhale', phrase: '' },
	intramuscular: { code: '78421000', display: 'Intramuscular route (qualifier value)', label: 'Intramuscular', verb: 'Inject', phrase: 'intramuscularly' },
	intravenous: { code: '47625008', display: 'Intravenous route (qualifier value)', label: 'Intravenous', verb: 'Infuse', phrase: 'intravenously' },
	subcutaneous: { code: '34206005', display: 'Subcutaneous route (qualifier value)', label: 'Subcutaneous', verb: 'Inject', phrase: 'subcutaneously' }
} as const;
export type RouteKey = keyof typeof ROUTES;

/**
 * Frequencies with their FHIR Timing and, where the FHIR timing-abbreviation value set has one,
 * the HL7 v3 GTSAbbreviation code. `perDay` lets the form check a quantity against a duration.
 */
export const FREQUENCIES = {
	QD: { label: 'once daily', perDay: 1, repeat: { frequency: 1, period: 1, periodUnit: 'd' }, code: 'QD' },
	BID: { label: 'twice daily', perDay: 2, repeat: { frequency: 2, period: 1, periodUnit: 'd' }, code: 'BID' },
	TID: { label: 'three times daily', perDay: 3, repeat: { frequency: 3, period: 1, periodUnit: 'd' }, code: 'TID' },
	QID: { label: 'four times daily', perDay: 4, repeat: { frequency: 4, period: 1, periodUnit: 'd' }, code: 'QID' },
	Q4H: { label: 'every 4 hours', perDay: 6, repeat: { frequency: 1, period: 4, periodUnit: 'h' }, code: 'Q4H' },
	Q6H: { label: 'every 6 hours', perDay: 4, repeat: { frequency: 1, period: 6, periodUnit: 'h' }, code: 'Q6H' },
	Q8H: { label: 'every 8 hours', perDay: 3, repeat: { frequency: 1, period: 8, periodUnit: 'h' }, code: 'Q8H' },
	Q12H: { label: 'every 12 hours', perDay: 2, repeat: { frequency: 1, period: 12, periodUnit: 'h' }, code: undefined },
	BED: { label: 'at bedtime', perDay: 1, repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] }, code: 'BED' },
	WK: { label: 'once weekly', perDay: 1 / 7, repeat: { frequency: 1, period: 1, periodUnit: 'wk' }, code: 'WK' }
} as const satisfies Record<string, { label: string; perDay: number; repeat: Timing['repeat']; code: string | undefined }>;
export type FrequencyKey = keyof typeof FREQUENCIES;

const TIMING_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation';

/** The dose form of an RxNorm clinical drug decides the dose unit, the routes and a sane dose. */
interface DoseForm {
	/** "tablet", "inhaler": what the drug is, for messages. */
	noun: string;
	unit: string;
	units: string;
	routes: readonly RouteKey[];
	maxPerDose: number;
	/** Smallest step a dose can be divided into: half tablets, whole capsules. */
	step: number;
}

export function doseForm(drug: Pick<RxNormDrug, 'name'>): DoseForm {
	const name = drug.name;
	if (/Tablet$/.test(name)) return { noun: 'tablet', unit: 'tablet', units: 'tablets', routes: ['oral'], maxPerDose: 4, step: 0.5 };
	if (/Capsule$/.test(name)) return { noun: 'capsule', unit: 'capsule', units: 'capsules', routes: ['oral'], maxPerDose: 4, step: 1 };
	if (/Suspension$/.test(name)) return { noun: 'suspension', unit: 'mL', units: 'mL', routes: ['oral'], maxPerDose: 30, step: 0.1 };
	if (/Inhaler$/.test(name)) return { noun: 'inhaler', unit: 'puff', units: 'puffs', routes: ['inhaled'], maxPerDose: 8, step: 1 };
	return { noun: 'injection', unit: 'mg', units: 'mg', routes: ['intramuscular', 'intravenous'], maxPerDose: 4000, step: 1 };
}

export function findDrug(rxcui: string): RxNormDrug | undefined {
	return RXNORM_DRUGS.find((d) => d.rxcui === rxcui);
}

export interface MedicationCheck {
	drug?: RxNormDrug;
	errors: Partial<Record<MedicationField, string>>;
	missing: Partial<Record<MedicationField, string>>;
	/** The sig as it will print on the label, when there is enough to write it. */
	sig?: string;
	ready: boolean;
}

const number = (text: string) => (/^\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : undefined);
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

export function composeSig(form: MedicationForm, drug: RxNormDrug): string | undefined {
	const dose = number(form.dose);
	if (dose === undefined || !form.route || !form.frequency) return undefined;
	const unit = doseForm(drug);
	const route = ROUTES[form.route];
	const parts = [route.verb, String(dose), dose === 1 ? unit.unit : unit.units, route.phrase, FREQUENCIES[form.frequency].label];
	if (form.asNeeded) parts.push(form.asNeededFor.trim() ? `as needed for ${form.asNeededFor.trim()}` : 'as needed');
	const days = wholeNumber(form.durationDays);
	if (days) parts.push(`for ${days} ${days === 1 ? 'day' : 'days'}`);
	return `${parts.filter(Boolean).join(' ')}.`;
}

export function checkMedication(form: MedicationForm, medications: readonly MedicationRequest[]): MedicationCheck {
	const errors: MedicationCheck['errors'] = {};
	const missing: MedicationCheck['missing'] = {};
	const drug = findDrug(form.rxcui);
	if (!drug) missing.rxcui = 'Choose the drug from the list.';
	const unit = drug ? doseForm(drug) : undefined;
	if (drug) {
		const active = activeMedications(medications).find((m) => m.medicationCodeableConcept?.coding?.some((c) => c.system === RXNORM_SYSTEM && c.code === drug.rxcui));
		if (active) errors.rxcui = `${drug.name} is already an active prescription (${displayDate(active.authoredOn)}). Change or stop that one instead of adding a duplicate.`;
	}
	const dose = number(form.dose);
	if (!form.dose.trim()) missing.dose = 'Enter the dose, e.g. 1.';
	else if (dose === undefined || dose <= 0) errors.dose = 'The dose must be a number greater than zero, e.g. 1 or 0.5.';
	else if (unit) {
		if (dose > unit.maxPerDose) errors.dose = `${dose} ${unit.units} at once is more than a usual dose (at most ${unit.maxPerDose}). Check the dose.`;
		else if (Math.abs(dose / unit.step - Math.round(dose / unit.step)) > 1e-9) {
			errors.dose = unit.step === 1 ? `A ${unit.unit} cannot be divided: use whole ${unit.units}.` : `A ${unit.unit} can be split in halves at most: use 0.5, 1, 1.5 …`;
		}
	}
	if (!form.route) missing.route = 'Choose the route.';
	else if (unit && !unit.routes.includes(form.route)) {
		errors.route = `This drug is a${/^[aeiou]/.test(unit.noun) ? 'n' : ''} ${unit.noun}: choose ${unit.routes.map((r) => ROUTES[r].label).join(' or ')}.`;
	}
	if (!form.frequency) missing.frequency = 'Choose how often.';
	const days = wholeNumber(form.durationDays);
	if (form.durationDays.trim() && (days === undefined || days < 1 || days > 365)) errors.durationDays = 'Duration is a whole number of days, 1 to 365.';
	const quantity = wholeNumber(form.quantity);
	if (form.quantity.trim() && (quantity === undefined || quantity < 1 || quantity > 1000)) errors.quantity = 'Quantity is a whole number, 1 to 1000.';
	else if (quantity !== undefined && days && dose && form.frequency && unit && !errors.dose) {
		const needed = Math.ceil(dose * FREQUENCIES[form.frequency].perDay * days);
		if (!form.asNeeded && quantity < needed) errors.quantity = `${quantity} ${unit.units} do not last ${days} days at ${dose} ${dose === 1 ? unit.unit : unit.units} ${FREQUENCIES[form.frequency].label} (that needs ${needed}).`;
	}
	const refills = wholeNumber(form.refills);
	if (form.refills.trim() && (refills === undefined || refills > 11)) errors.refills = 'Refills: a whole number from 0 to 11 (a prescription lasts one year).';
	const sig = drug ? composeSig(form, drug) : undefined;
	return { drug, errors, missing, sig, ready: Object.keys(errors).length === 0 && Object.keys(missing).length === 0 };
}

export type PrescriptionMode = 'prescribe' | 'record';

/**
 * A prescription (a prescriber's order) or a medication the patient reports taking, recorded by
 * rooming staff: FHIR R4 marks the second `reportedBoolean: true`. An overridden alert is kept
 * as a note on the request, in the prescriber's words.
 */
export function medicationRequest(form: MedicationForm, check: MedicationCheck, stamp: EntryStamp, mode: PrescriptionMode, override?: string): MedicationRequest {
	const drug = check.drug!;
	const unit = doseForm(drug);
	const frequency = form.frequency ? FREQUENCIES[form.frequency] : undefined;
	const route = form.route ? ROUTES[form.route] : undefined;
	const dosage: Dosage = {
		text: check.sig,
		...(form.instructions.trim() ? { patientInstruction: form.instructions.trim() } : {}),
		...(frequency
			? { timing: { repeat: frequency.repeat as Timing['repeat'], ...(frequency.code ? { code: { coding: [{ system: TIMING_SYSTEM, code: frequency.code }], text: frequency.label } } : { code: { text: frequency.label } }) } }
			: {}),
		...(form.asNeeded ? (form.asNeededFor.trim() ? { asNeededCodeableConcept: { text: form.asNeededFor.trim() } } : { asNeededBoolean: true }) : {}),
		...(route ? { route: { coding: [{ system: TERMINOLOGY.snomed, code: route.code, display: route.display }], text: route.label } } : {}),
		doseAndRate: [{ doseQuantity: { value: number(form.dose), unit: unit.unit } }]
	};
	const quantity = wholeNumber(form.quantity);
	const refills = wholeNumber(form.refills);
	const days = wholeNumber(form.durationDays);
	const dispense: MedicationRequest['dispenseRequest'] = {
		...(quantity !== undefined ? { quantity: { value: quantity, unit: unit.units } } : {}),
		...(refills !== undefined ? { numberOfRepeatsAllowed: refills } : {}),
		...(days !== undefined ? { expectedSupplyDuration: { value: days, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' } } : {})
	};
	const who = staffReference(stamp.author);
	return {
		resourceType: 'MedicationRequest',
		id: stamp.id,
		meta: firstVersion(stamp.at),
		status: 'active',
		intent: 'order',
		...(mode === 'record' ? { reportedBoolean: true } : {}),
		medicationCodeableConcept: { coding: [{ system: RXNORM_SYSTEM, code: drug.rxcui, display: drug.name }], text: drug.name },
		subject: { reference: `Patient/${stamp.patientId}` },
		authoredOn: stamp.at,
		...(mode === 'prescribe' ? { requester: who } : {}),
		recorder: who,
		dosageInstruction: [dosage],
		...(Object.keys(dispense).length ? { dispenseRequest: dispense } : {}),
		...(override ? { note: [{ authorReference: who, time: stamp.at, text: `Drug-allergy alert acknowledged: ${override}` }] } : {})
	};
}

/** Stop a medication: a new version, status stopped, with the reason and who stopped it. */
export function stopMedication(request: MedicationRequest, at: string, author: Author, reason: string): MedicationRequest {
	return nextVersion(request, at, {
		status: 'stopped',
		statusReason: { text: reason.trim() },
		note: [...(request.note ?? []), authoredNote(author, at, `Stopped: ${reason.trim()}`)]
	});
}
