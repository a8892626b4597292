import type { Identifier, Patient } from '@medplum/fhirtypes';

/** The system URI of the clinic's medical record numbers. */
export const MRN_SYSTEM = 'urn:chartroom:mrn';

/** The patient's medical record number, the clinic's own identifier. */
export function mrnOf(patient: Patient): string | undefined {
	return patient.identifier?.find((id: Identifier) => id.system === MRN_SYSTEM)?.value;
}
