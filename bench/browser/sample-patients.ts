import type { Patient, Resource } from '@medplum/fhirtypes';
import { MRN_SYSTEM } from '$lib/record/identifiers';

const FAMILIES = ['Okafor', 'Lindqvist', 'García', 'Nguyen', 'Smith', 'Kowalski', 'Haddad', 'Brown', 'Tanaka', 'Rossi'];
const GIVEN = ['Ada', 'Ben', 'Chioma', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Inés', 'Jon'];

/** Small, deterministic Patient resources (~600 bytes), for storage benchmarks. */
export function samplePatients(count: number, offset = 0): Patient[] {
	const patients: Patient[] = [];
	for (let n = offset; n < offset + count; n++) {
		patients.push({
			resourceType: 'Patient',
			id: `bench-${n}`,
			identifier: [{ system: MRN_SYSTEM, value: `B${String(n).padStart(7, '0')}` }],
			name: [{ use: 'official', family: FAMILIES[n % 10] ?? 'Smith', given: [GIVEN[(n >> 3) % 10] ?? 'Ada', `M${n % 97}`] }],
			gender: n % 2 ? 'female' : 'male',
			birthDate: `${1930 + (n % 90)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
			telecom: [{ system: 'phone', value: `555-01${String(n % 100).padStart(2, '0')}-${String(n % 10000).padStart(4, '0')}` }],
			address: [{ line: [`${n % 900} Harbor Street`], city: 'Springfield', state: 'IL', postalCode: '62701' }]
		});
	}
	return patients;
}
