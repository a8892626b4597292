/** Emergency-contact relationships (HL7 v3 RoleCode), the ones a desk hears most. */
export const CONTACT_RELATIONSHIPS = [
	{ code: 'SPS', display: 'spouse' },
	{ code: 'DOMPART', display: 'domestic partner' },
	{ code: 'MTH', display: 'mother' },
	{ code: 'FTH', display: 'father' },
	{ code: 'CHILD', display: 'child' },
	{ code: 'SIS', display: 'sister' },
	{ code: 'BRO', display: 'brother' },
	{ code: 'FRND', display: 'unrelated friend' }
] as const;

/** Coverage subscriber relationships (HL7 subscriber-relationship), those a registration asks. */
export const SUBSCRIBER_RELATIONSHIPS = [
	{ code: 'self', display: 'Self' },
	{ code: 'spouse', display: 'Spouse' },
	{ code: 'child', display: 'Child' }
] as const;
