/** The synthetic-patient generator: templates (data), scenarios, and seeded FHIR R4 records. */
export { generateCohort, type CohortBatch, type CohortOptions } from './generate-cohort';
export { generatePatient, buildRecord, type PatientRecord } from './generate-patient';
export { generateWorld, SCHEDULE_POOL, type World } from './generate-world';
export { generatePractitioners, npiCheckDigit, type ClinicStaff, type Clinician, type StaffMember } from './generate-practitioners';
export { generateSchedule, scheduleDays, APPOINTMENT_TYPES, CLINIC_HOURS, type AppointmentKind, type ClinicSchedule, type ScheduleCandidate } from './generate-schedule';
export { createGenerationContext, patientId, type GenerateOptions, type GenerationContext } from './generation-context';
export { planPatient, type PatientPlan } from './plan-patient';
export { parseScenario, scenarioProblems, ScenarioError, STAFF_IDS, type CastMember, type Scenario } from './scenario';
export { loadTemplates, buildTemplateRegistry, collectTemplateProblems, TemplateLoadError, type TemplateRegistry } from './load-templates';
export { allTemplateCodings, type TemplateCodingUse } from './template-codings';
export type { Template } from './template-schema';
export { encodeBase64Utf8 } from './base64';
export { Random, SeededFaker, hashSeed } from './random';
export { CHARTROOM, HL7, TERMINOLOGY, KNOWN_CODING_SYSTEMS } from './systems';
