/** A life-insurance request for Mrs. Lopez's problems and labs, and the authorization she signed. */
import type { Authorization, DisclosureRequest } from '../release-of-information';

export const lifeInsuranceRequest: DisclosureRequest = {
	id: 'roi-7',
	patient: 'p-lopez',
	sections: ['problems', 'labs'],
	recipient: 'Northwind Life',
	purpose: 'Life insurance application',
	at: '2025-03-04T10:00:00Z'
};

export const signedAuthorization: Authorization = {
	id: 'auth-1',
	patient: 'p-lopez',
	sections: ['problems', 'labs', 'medications'],
	expires: '2025-06-30',
	purpose: 'Life insurance application',
	recipient: 'Northwind Life',
	signedBy: 'patient',
	signedOn: '2025-03-01'
};
