import type { CastContext } from '../template-values';

/** One registered walk-in patient, as a generator would describe her. */
export const walkinContext: CastContext = {
	today: '2024-06-03',
	cast: {
		walkin: {
			id: 'walkin-1042',
			reference: 'Patient/walkin-1042',
			mrn: 'MRN-004217',
			name: { text: 'Maria Lopez', given: 'Maria', family: 'Lopez' },
			birthDate: '1980-03-05',
			gender: 'female',
			age: 44,
			phone: '555-0142',
			address: {
				text: '12 Elm St, Springfield, IL 62701',
				line: '12 Elm St',
				city: 'Springfield',
				state: 'IL',
				postalCode: '62701'
			},
			template: 'healthy-adult',
			registered: true,
			patient: {
				resourceType: 'Patient',
				id: 'walkin-1042',
				identifier: [{ system: 'urn:chartroom:mrn', value: 'MRN-004217' }],
				name: [{ given: ['Maria'], family: 'Lopez' }],
				gender: 'female',
				birthDate: '1980-03-05',
				telecom: [{ system: 'phone', value: '555-0142' }]
			}
		}
	}
};
