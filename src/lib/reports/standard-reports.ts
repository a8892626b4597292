/**
 * The reports Chartroom ships, as data. Sources: ADA Standards of Care 2024 (A1c at least every
 * 6 months when not at goal), CDC/ACIP influenza recommendations (everyone ≥ 6 months, each season
 * from August), USPSTF 2021 colorectal cancer screening (45–75: FIT yearly, FIT-DNA every 3 years,
 * colonoscopy every 10 years), ACC/AHA 2017 (stage 2 hypertension ≥ 140/90).
 */
import { and, COLONOSCOPY_SNOMED, INFLUENZA_CVX, leaf, LOINC, not, or, type ReportDefinition } from './report-criteria';

const diabetes = leaf({ kind: 'problem', codes: ['E11.*'] });
const hypertension = leaf({ kind: 'problem', codes: ['I10', 'I11.*', 'I12.*', 'I13.*'] });

export const STANDARD_REPORTS: readonly ReportDefinition[] = [
	{
		id: 'diabetes-with-hypertension',
		title: 'Diabetes with hypertension',
		description: 'Active type 2 diabetes (E11.*) and active hypertension (I10–I13).',
		root: and(diabetes, hypertension)
	},
	{
		id: 'overdue-flu-shot',
		title: 'Overdue flu shot',
		description: 'Everyone 6 months or older with no influenza vaccine since 1 August of this season.',
		recall: true,
		root: and(
			leaf({ kind: 'age', min: 6, unit: 'months' }),
			not(leaf({ kind: 'record-since', type: 'Immunization', codes: [...INFLUENZA_CVX], label: 'influenza vaccine', since: { kind: 'season', startMonth: 8 } }))
		)
	},
	{
		id: 'diabetes-without-a1c',
		title: 'Diabetics without an A1c in 6 months',
		description: 'Active type 2 diabetes and no hemoglobin A1c (LOINC 4548-4) in the last 6 months.',
		recall: true,
		root: and(diabetes, not(leaf({ kind: 'record-since', type: 'Observation', codes: [LOINC.a1c], label: 'hemoglobin A1c', since: { kind: 'months', months: 6 } })))
	},
	{
		id: 'colorectal-screening-due',
		title: 'Colorectal screening due',
		description: 'Ages 45–75 with no stool test in 1 year, no FIT-DNA in 3 years and no colonoscopy in 10 years.',
		recall: true,
		root: and(
			leaf({ kind: 'age', min: 45, max: 75, unit: 'years' }),
			not(
				or(
					leaf({ kind: 'record-since', type: 'Observation', codes: [...LOINC.fecalOccultBlood], label: 'stool blood test', since: { kind: 'months', months: 12 } }),
					leaf({ kind: 'record-since', type: 'Observation', codes: [...LOINC.fitDna], label: 'FIT-DNA test', since: { kind: 'months', months: 36 } }),
					leaf({ kind: 'record-since', type: 'Procedure', codes: [...COLONOSCOPY_SNOMED], label: 'colonoscopy', since: { kind: 'months', months: 120 } })
				)
			)
		)
	},
	{
		id: 'uncontrolled-hypertension',
		title: 'Hypertensives with uncontrolled blood pressure',
		description: 'Active hypertension (I10–I13) whose last blood pressure was 140/90 mmHg or higher.',
		recall: true,
		root: and(hypertension, leaf({ kind: 'last-bp', systolic: 140, diastolic: 90 }))
	}
];

export function standardReport(id: string): ReportDefinition | undefined {
	return STANDARD_REPORTS.find((report) => report.id === id);
}
