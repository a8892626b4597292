/**
 * Drug classes for allergy checking: which ingredients belong together, so that an allergy to one
 * member (penicillin) alerts on another (amoxicillin). Classes follow the WHO ATC classification
 * (WHO Collaborating Centre for Drug Statistics Methodology, ATC index 2024); the ATC group is given
 * for each. Ingredient names are RxNorm ingredient names (lower case), as they begin RxNorm
 * clinical-drug names.
 *
 * Cross-reactivity: penicillin-allergic patients react to cephalosporins in about 1–2 % of cases
 * (Khan DA et al., "Drug allergy: A 2022 practice parameter update", J Allergy Clin Immunol 2022):
 * a warning to check the reaction history, not the same alert as a penicillin.
 */
export type DrugAllergyClassId =
	| 'penicillins'
	| 'cephalosporins'
	| 'sulfonamide-antibiotics'
	| 'macrolides'
	| 'fluoroquinolones'
	| 'tetracyclines'
	| 'opioids'
	| 'nsaids'
	| 'ace-inhibitors';

export interface DrugAllergyClass {
	id: DrugAllergyClassId;
	/** How a person says it: "amoxicillin is one of the penicillins". */
	label: string;
	atc: string;
	ingredients: readonly string[];
	/** Words a free-text allergy may use for the class ("sulfa", "PCN"). */
	aliases: readonly string[];
	crossReactive?: readonly { with: DrugAllergyClassId; note: string }[];
}

export const DRUG_ALLERGY_CLASSES: readonly DrugAllergyClass[] = [
	{
		id: 'penicillins',
		label: 'penicillins',
		atc: 'J01C',
		ingredients: ['penicillin', 'amoxicillin', 'ampicillin', 'dicloxacillin', 'nafcillin', 'oxacillin', 'piperacillin'],
		aliases: ['penicillins', 'pcn'],
		crossReactive: [{ with: 'cephalosporins', note: 'About 1–2 % of patients with a penicillin allergy react to a cephalosporin; check what the reaction was.' }]
	},
	{
		id: 'cephalosporins',
		label: 'cephalosporins',
		atc: 'J01DB–J01DE',
		ingredients: ['cephalexin', 'cefadroxil', 'cefazolin', 'cefuroxime', 'cefdinir', 'cefpodoxime', 'ceftriaxone'],
		aliases: ['cephalosporin', 'cephalosporins'],
		crossReactive: [{ with: 'penicillins', note: 'About 1–2 % of patients with a cephalosporin allergy react to a penicillin; check what the reaction was.' }]
	},
	{ id: 'sulfonamide-antibiotics', label: 'sulfonamide antibiotics', atc: 'J01E', ingredients: ['sulfamethoxazole', 'sulfadiazine', 'sulfisoxazole'], aliases: ['sulfa', 'sulfonamide', 'sulfonamides'] },
	{ id: 'macrolides', label: 'macrolides', atc: 'J01FA', ingredients: ['azithromycin', 'clarithromycin', 'erythromycin'], aliases: ['macrolide', 'macrolides'] },
	{ id: 'fluoroquinolones', label: 'fluoroquinolones', atc: 'J01MA', ingredients: ['ciprofloxacin', 'levofloxacin', 'moxifloxacin', 'ofloxacin'], aliases: ['quinolone', 'quinolones', 'fluoroquinolone', 'fluoroquinolones'] },
	{ id: 'tetracyclines', label: 'tetracyclines', atc: 'J01AA', ingredients: ['doxycycline', 'minocycline', 'tetracycline'], aliases: ['tetracyclines'] },
	{ id: 'opioids', label: 'opioids', atc: 'N02A', ingredients: ['codeine', 'morphine', 'hydrocodone', 'oxycodone', 'hydromorphone', 'tramadol'], aliases: ['opioid', 'opioids', 'opiate', 'opiates'] },
	{ id: 'nsaids', label: 'NSAIDs (including aspirin)', atc: 'M01A, N02BA', ingredients: ['aspirin', 'ibuprofen', 'naproxen', 'diclofenac', 'meloxicam', 'ketorolac', 'indomethacin'], aliases: ['nsaid', 'nsaids'] },
	{ id: 'ace-inhibitors', label: 'ACE inhibitors', atc: 'C09A', ingredients: ['lisinopril', 'enalapril', 'benazepril', 'ramipril', 'captopril', 'quinapril'], aliases: ['ace inhibitor', 'ace inhibitors'] }
];
