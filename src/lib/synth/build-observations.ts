/** Observations: the vital-signs set of a visit (FHIR vital-signs profile) and lab results. */
import type { CodeableConcept, Encounter, Observation, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import { formatInstant } from './dates';
import { concept, constantConcept, interpretation, type IdSequence, reference, ucum } from './fhir-helpers';
import type { GenerationContext } from './generation-context';
import { interpretQuantity, type VitalValues } from './measurements';
import { HL7 } from './systems';
import type { LabEntryData } from './template-schema';
import type { LabDraw, Visit } from './timeline';
import { BLOOD_PRESSURE_PANEL, BODY_MASS_INDEX, OXYGEN_SATURATION, VITAL_SIGNS, type VitalKey } from './vital-signs';

const VITAL_SIGNS_CATEGORY = Object.freeze([constantConcept(HL7.observationCategory, 'vital-signs', 'Vital Signs')]) as CodeableConcept[];
const CATEGORY = {
	laboratory: Object.freeze([constantConcept(HL7.observationCategory, 'laboratory', 'Laboratory')]) as CodeableConcept[],
	survey: Object.freeze([constantConcept(HL7.observationCategory, 'survey', 'Survey')]) as CodeableConcept[]
};
const BLOOD_PRESSURE = concept(BLOOD_PRESSURE_PANEL, 'Blood pressure');
const OXYGEN_SATURATION_CODE = concept([VITAL_SIGNS.spo2.code, OXYGEN_SATURATION], 'Oxygen saturation');

export interface ObservationContext {
	context: GenerationContext;
	ids: IdSequence;
	subject: Reference<Patient>;
	/** Shared, frozen: the clinician who ordered and reviewed. */
	performer: Reference<Practitioner>[];
}

/** Vital signs in the order a medical assistant takes them; BMI computed from this visit's weight and height. */
export function buildVitalSigns(o: ObservationContext, visit: Visit, encounter: Reference<Encounter>, vitals: VitalValues): Observation[] {
	const effectiveDateTime = formatInstant(visit.day, visit.minutes + 5, o.context.utcOffset);
	// Built field by field (not by spreading a base object) to allocate once per observation.
	const observation = (code: CodeableConcept, value: Observation['valueQuantity'], component?: Observation['component']): Observation => ({
		resourceType: 'Observation',
		id: o.ids.next('obs'),
		meta: { lastUpdated: o.context.lastUpdated },
		status: 'final',
		category: VITAL_SIGNS_CATEGORY,
		code,
		subject: o.subject,
		encounter,
		effectiveDateTime,
		performer: o.performer,
		...(value ? { valueQuantity: value } : {}),
		...(component ? { component } : {})
	});
	const single = (key: VitalKey, code: CodeableConcept = concept(VITAL_SIGNS[key].code)) => observation(code, ucum(vitals[key], VITAL_SIGNS[key].ucum));
	return [
		observation(BLOOD_PRESSURE, undefined, [
			{ code: concept(VITAL_SIGNS.systolic.code), valueQuantity: ucum(vitals.systolic, VITAL_SIGNS.systolic.ucum) },
			{ code: concept(VITAL_SIGNS.diastolic.code), valueQuantity: ucum(vitals.diastolic, VITAL_SIGNS.diastolic.ucum) }
		]),
		single('heartRate'),
		single('respiratoryRate'),
		single('temperature'),
		single('weight'),
		single('height'),
		observation(concept(BODY_MASS_INDEX.code), ucum(vitals.bmi, BODY_MASS_INDEX.ucum)),
		single('spo2', OXYGEN_SATURATION_CODE)
	];
}

export function buildLabResult(o: ObservationContext, draw: LabDraw, entry: LabEntryData, value: number | undefined, encounter: Reference<Encounter> | undefined): Observation {
	const effectiveDateTime = formatInstant(draw.day, draw.minutes, o.context.utcOffset);
	const result = entry.result;
	const quantity = result.kind === 'quantity' ? (value ?? result.value.mean) : 0;
	const range = result.kind === 'quantity' ? result.referenceRange : undefined;
	return {
		resourceType: 'Observation',
		id: o.ids.next('obs'),
		meta: { lastUpdated: o.context.lastUpdated },
		status: 'final',
		category: CATEGORY[entry.category],
		code: concept(entry.code),
		subject: o.subject,
		...(encounter ? { encounter } : {}),
		effectiveDateTime,
		issued: formatInstant(draw.day, Math.min(draw.minutes + 240, 23 * 60), o.context.utcOffset),
		performer: o.performer,
		...(result.kind === 'coded'
			? { valueCodeableConcept: concept(result.value), interpretation: interpretation(result.interpretation) }
			: {
					valueQuantity: ucum(quantity, result.unit),
					interpretation: interpretation(interpretQuantity(quantity, result.referenceRange)),
					referenceRange: [
						{
							...(range?.low !== undefined ? { low: ucum(range.low, result.unit) } : {}),
							...(range?.high !== undefined ? { high: ucum(range.high, result.unit) } : {})
						}
					]
				})
	};
}
