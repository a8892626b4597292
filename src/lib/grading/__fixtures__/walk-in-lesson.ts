import * as v from 'valibot';
import { LessonSchema, type Lesson } from '../../lessons/lesson-schema';

/** A small lesson with one exercise of each kind, as the schema would hand it to grading. */
export const walkInLesson: Lesson = v.parse(LessonSchema, {
	id: 'register-walk-in',
	title: 'Register a walk-in patient',
	module: 'entering',
	role: 'front-desk',
	minutes: 15,
	objectives: ['Enter demographics exactly as given'],
	domains: ['cehrs:non-clinical-operations'],
	scenario: { seed: 1042, cohort: 20, today: '2024-06-03', cast: { walkin: { template: 'healthy-adult' } } },
	exercises: {
		dob: { kind: 'answer', prompt: 'Date of birth?', input: 'date', key: '{{walkin.birthDate}}', points: 2, hint: 'Ask {walkin.name} for it.' },
		allergy: {
			kind: 'record',
			checks: [
				{
					label: 'Penicillin allergy',
					fhirpath: "AllergyIntolerance.where(patient.reference = 'Patient/{{walkin.id}}').code.coding.code",
					equals: '7980',
					points: 3
				}
			]
		},
		lock: { kind: 'conduct', checks: [{ event: { action: 'lock' } }, { noFlag: 'privacy.*' }] }
	}
});
