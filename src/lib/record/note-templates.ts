/**
 * Progress-note templates: the prompts a clinician fills in, one text per SOAP section (Weed's
 * problem-oriented record: Subjective, Objective, Assessment, Plan). Prompts end with a colon;
 * a section that still holds only its prompts has not been written.
 */
export const SOAP_SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SoapSection = (typeof SOAP_SECTIONS)[number];

export const SOAP_HEADINGS: Readonly<Record<SoapSection, string>> = { subjective: 'SUBJECTIVE', objective: 'OBJECTIVE', assessment: 'ASSESSMENT', plan: 'PLAN' };

export interface NoteTemplate {
	id: string;
	title: string;
	sections: Readonly<Record<SoapSection, string>>;
}

export const NOTE_TEMPLATES: readonly NoteTemplate[] = [
	{
		id: 'office-visit',
		title: 'Office visit (SOAP)',
		sections: {
			subjective: 'Chief complaint:\nHistory of present illness:\nReview of systems:',
			objective: 'Vitals:\nExam:',
			assessment: 'Assessment:',
			plan: 'Plan:\nFollow-up:'
		}
	},
	{
		id: 'chronic-follow-up',
		title: 'Chronic care follow-up',
		sections: {
			subjective: 'Follow-up of:\nInterval history:\nMedication adherence and side effects:',
			objective: 'Vitals:\nExam:\nResults reviewed:',
			assessment: 'Status of each problem (at goal / not at goal):',
			plan: 'Medications:\nTests ordered:\nReturn in:'
		}
	},
	{
		id: 'acute-visit',
		title: 'Acute problem visit',
		sections: {
			subjective: 'Chief complaint:\nOnset and duration:\nAssociated symptoms:\nPertinent negatives:',
			objective: 'Vitals:\nFocused exam:',
			assessment: 'Diagnosis:',
			plan: 'Treatment:\nReturn precautions:\nFollow-up:'
		}
	},
	{
		id: 'wellness',
		title: 'Annual wellness visit',
		sections: {
			subjective: 'Interval history:\nDiet and exercise:\nTobacco, alcohol, drugs:',
			objective: 'Vitals:\nExam:',
			assessment: 'Risk factors:',
			plan: 'Screenings:\nImmunizations:\nCounseling:\nReturn in:'
		}
	},
	{
		id: 'nursing',
		title: 'Nursing note',
		sections: {
			subjective: 'Patient reports:',
			objective: 'Observed:',
			assessment: 'Nursing assessment:',
			plan: 'Interventions and education:'
		}
	}
];
