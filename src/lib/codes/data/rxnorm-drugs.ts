/**
 * RxNorm clinical drugs (SCD) Chartroom's clinic prescribes: RxCUI and the RxNorm name, exactly as
 * RxNorm spells it. RxNorm is produced by the US National Library of Medicine; its own content (the
 * RxCUIs and normalized names used here) is free to use.
 *
 * Sources, each code checked in at least one of them:
 * - "vsac": NLM VSAC value-set expansions for the CMS eCQMs (eCQM Update 2021-05-06 and 2025-05-08),
 *   as published with their RxNorm names in canvas-medical/canvas-plugins (canvas_sdk/value_set);
 * - "synthea": the Synthea asthma module (MITRE), for the albuterol inhaler;
 * - "rxnav": RxNav output quoted in public test data, for metformin.
 * Not shipped, because no such source could confirm them: levothyroxine, atorvastatin and other
 * statins, PPIs. Two codes often quoted from memory are wrong: 312940 is sertraline 25 MG (50 MG is
 * 312941), and the atorvastatin codes in circulation disagree with each other.
 */
export type DrugClass =
	| 'ACE inhibitor'
	| 'angiotensin receptor blocker'
	| 'calcium channel blocker'
	| 'diuretic'
	| 'beta blocker'
	| 'anticoagulant'
	| 'antidiabetic'
	| 'bronchodilator'
	| 'antidepressant'
	| 'antibiotic';

export interface RxNormDrug {
	rxcui: string;
	/** The RxNorm normalized name (term type SCD). */
	name: string;
	drugClass: DrugClass;
	source: 'vsac' | 'synthea' | 'rxnav';
}

export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

export const RXNORM_DRUGS: readonly RxNormDrug[] = [
	// Blood pressure and heart
	{ rxcui: '311354', name: 'lisinopril 5 MG Oral Tablet', drugClass: 'ACE inhibitor', source: 'vsac' },
	{ rxcui: '314076', name: 'lisinopril 10 MG Oral Tablet', drugClass: 'ACE inhibitor', source: 'vsac' },
	{ rxcui: '314077', name: 'lisinopril 20 MG Oral Tablet', drugClass: 'ACE inhibitor', source: 'vsac' },
	{ rxcui: '197884', name: 'lisinopril 40 MG Oral Tablet', drugClass: 'ACE inhibitor', source: 'vsac' },
	{ rxcui: '858817', name: 'enalapril maleate 10 MG Oral Tablet', drugClass: 'ACE inhibitor', source: 'vsac' },
	{ rxcui: '898690', name: 'benazepril hydrochloride 20 MG Oral Tablet', drugClass: 'ACE inhibitor', source: 'vsac' },
	{ rxcui: '979485', name: 'losartan potassium 25 MG Oral Tablet', drugClass: 'angiotensin receptor blocker', source: 'vsac' },
	{ rxcui: '979492', name: 'losartan potassium 50 MG Oral Tablet', drugClass: 'angiotensin receptor blocker', source: 'vsac' },
	{ rxcui: '979480', name: 'losartan potassium 100 MG Oral Tablet', drugClass: 'angiotensin receptor blocker', source: 'vsac' },
	{ rxcui: '349201', name: 'valsartan 160 MG Oral Tablet', drugClass: 'angiotensin receptor blocker', source: 'vsac' },
	{ rxcui: '308136', name: 'amlodipine 2.5 MG Oral Tablet', drugClass: 'calcium channel blocker', source: 'vsac' },
	{ rxcui: '197361', name: 'amlodipine 5 MG Oral Tablet', drugClass: 'calcium channel blocker', source: 'vsac' },
	{ rxcui: '308135', name: 'amlodipine 10 MG Oral Tablet', drugClass: 'calcium channel blocker', source: 'vsac' },
	{ rxcui: '429503', name: 'hydrochlorothiazide 12.5 MG Oral Tablet', drugClass: 'diuretic', source: 'vsac' },
	{ rxcui: '310798', name: 'hydrochlorothiazide 25 MG Oral Tablet', drugClass: 'diuretic', source: 'vsac' },
	{ rxcui: '313096', name: 'spironolactone 25 MG Oral Tablet', drugClass: 'diuretic', source: 'vsac' },
	{ rxcui: '866924', name: 'metoprolol tartrate 25 MG Oral Tablet', drugClass: 'beta blocker', source: 'vsac' },
	{ rxcui: '866514', name: 'metoprolol tartrate 50 MG Oral Tablet', drugClass: 'beta blocker', source: 'vsac' },
	{ rxcui: '866436', name: '24 HR metoprolol succinate 50 MG Extended Release Oral Tablet', drugClass: 'beta blocker', source: 'vsac' },
	{ rxcui: '200032', name: 'carvedilol 12.5 MG Oral Tablet', drugClass: 'beta blocker', source: 'vsac' },
	{ rxcui: '200033', name: 'carvedilol 25 MG Oral Tablet', drugClass: 'beta blocker', source: 'vsac' },
	{ rxcui: '1364435', name: 'apixaban 2.5 MG Oral Tablet', drugClass: 'anticoagulant', source: 'vsac' },
	{ rxcui: '1364445', name: 'apixaban 5 MG Oral Tablet', drugClass: 'anticoagulant', source: 'vsac' },
	{ rxcui: '1232086', name: 'rivaroxaban 20 MG Oral Tablet', drugClass: 'anticoagulant', source: 'vsac' },
	{ rxcui: '855332', name: 'warfarin sodium 5 MG Oral Tablet', drugClass: 'anticoagulant', source: 'vsac' },
	// Diabetes and lungs
	{ rxcui: '861007', name: 'metformin hydrochloride 500 MG Oral Tablet', drugClass: 'antidiabetic', source: 'rxnav' },
	{ rxcui: '745679', name: '200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', drugClass: 'bronchodilator', source: 'synthea' },
	// Depression and anxiety
	{ rxcui: '312940', name: 'sertraline 25 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '312941', name: 'sertraline 50 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '312938', name: 'sertraline 100 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '200371', name: 'citalopram 20 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '349332', name: 'escitalopram 10 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '310385', name: 'fluoxetine 20 MG Oral Capsule', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '1738495', name: 'paroxetine hydrochloride 20 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '596934', name: 'duloxetine 60 MG Delayed Release Oral Capsule', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '313585', name: '24 HR venlafaxine 75 MG Extended Release Oral Capsule', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '993541', name: '24 HR bupropion hydrochloride 150 MG Extended Release Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '856377', name: 'trazodone hydrochloride 50 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '311725', name: 'mirtazapine 15 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	{ rxcui: '856834', name: 'amitriptyline hydrochloride 25 MG Oral Tablet', drugClass: 'antidepressant', source: 'vsac' },
	// Infections
	{ rxcui: '308182', name: 'amoxicillin 250 MG Oral Capsule', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '308191', name: 'amoxicillin 500 MG Oral Capsule', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '308192', name: 'amoxicillin 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '308194', name: 'amoxicillin 875 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '313850', name: 'amoxicillin 40 MG/ML Oral Suspension', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '617296', name: 'amoxicillin 500 MG / clavulanate 125 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '562508', name: 'amoxicillin 875 MG / clavulanate 125 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '834061', name: 'penicillin V potassium 250 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '834102', name: 'penicillin V potassium 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '308460', name: 'azithromycin 250 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '248656', name: 'azithromycin 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '309114', name: 'cephalexin 500 MG Oral Capsule', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '200346', name: 'cefdinir 300 MG Oral Capsule', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '309098', name: 'cefuroxime 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '1665021', name: 'ceftriaxone 1000 MG Injection', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '198335', name: 'sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{
		rxcui: '1648755',
		name: 'nitrofurantoin, macrocrystals 25 MG / nitrofurantoin, monohydrate 75 MG Oral Capsule',
		drugClass: 'antibiotic',
		source: 'vsac'
	},
	{ rxcui: '309309', name: 'ciprofloxacin 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '199885', name: 'levofloxacin 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '1650143', name: 'doxycycline hyclate 100 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '311681', name: 'metronidazole 500 MG Oral Tablet', drugClass: 'antibiotic', source: 'vsac' },
	{ rxcui: '284215', name: 'clindamycin 300 MG Oral Capsule', drugClass: 'antibiotic', source: 'vsac' }
];
