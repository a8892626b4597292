import { createHash } from 'node:crypto';

/**
 * Backup files for browser tests, written here from the documented format (src/lib/db/backup-format.ts)
 * rather than by the app, so the browser tests also check that the format is what it says:
 * SHA-256 over `JSON.stringify(contents)`.
 */
export function backupText(contents: { schemaVersion: number; tables: Record<string, unknown[]>; resources: unknown[] }, exportedAt = '2026-11-20T09:30:00.000Z'): string {
	const text = JSON.stringify(contents);
	const checksum = createHash('sha256').update(text).digest('hex');
	return `{"format":"chartroom-backup","formatVersion":1,"exportedAt":"${exportedAt}","checksum":{"algorithm":"SHA-256","value":"${checksum}"},"contents":${text}}`;
}

/** A clinic of `patients` patients and enough heart-rate observations to make `total` resources; ids start with `prefix`. */
export function clinicResources(patients: number, total: number, prefix = ''): { resourceType: string; id: string }[] {
	const resources: { resourceType: string; id: string }[] = [];
	for (let i = 0; i < patients; i++) {
		resources.push({ resourceType: 'Patient', id: `${prefix}p${i}`, identifier: [{ system: 'urn:chartroom:mrn', value: `${prefix.toUpperCase()}T${String(i).padStart(6, '0')}` }], name: [{ family: `Family${i}`, given: ['Test'] }], birthDate: '1970-01-01' } as { resourceType: string; id: string });
	}
	for (let i = 0; resources.length < total; i++) {
		resources.push({
			resourceType: 'Observation',
			id: `${prefix}o${i}`,
			status: 'final',
			subject: { reference: `Patient/${prefix}p${i % patients}` },
			code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }] },
			effectiveDateTime: `2026-0${1 + (i % 9)}-1${i % 10}`,
			valueQuantity: { value: 60 + (i % 40), unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' }
		} as { resourceType: string; id: string });
	}
	return resources;
}
