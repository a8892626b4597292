/**
 * CVX vaccine codes Chartroom's clinic gives or records, with the CDC short description.
 *
 * Source: CDC National Center for Immunization and Respiratory Diseases, "IIS: HL7 Standard Code Set,
 * CVX — Vaccines Administered" (public domain). Descriptions are the short descriptions as CDC
 * published them in 2021–2022; CDC revises wording (and capitalisation) between releases, so they
 * were checked against two independent copies of the table (OpenEMR's code-set updates and the HL7
 * FHIR server's terminology database). Codes whose short description could not be confirmed were
 * left out (e.g. 205, adjuvanted quadrivalent influenza, and the 2022+ bivalent COVID-19 codes).
 * System URI for FHIR: http://hl7.org/fhir/sid/cvx
 */
export type VaccineGroup =
	| 'COVID-19'
	| 'DTaP and combinations'
	| 'Hepatitis A'
	| 'Hepatitis B'
	| 'Hib'
	| 'HPV'
	| 'Influenza'
	| 'Meningococcal'
	| 'MMR and varicella'
	| 'Pneumococcal'
	| 'Polio'
	| 'Rotavirus'
	| 'Td and Tdap'
	| 'Zoster';

export interface CvxVaccine {
	code: string;
	/** The CDC short description, as published. */
	short: string;
	/** Chartroom's grouping for recall lists ("overdue flu shots"); not a CDC field. */
	group: VaccineGroup;
}

export const CVX_SYSTEM = 'http://hl7.org/fhir/sid/cvx';
export const CVX_SOURCE = 'CDC CVX code set (Vaccines Administered), short descriptions 2021–2022; public domain';

export const CVX_VACCINES: readonly CvxVaccine[] = [
	// Influenza
	{ code: '88', short: 'influenza, unspecified formulation', group: 'Influenza' },
	{ code: '140', short: 'Influenza, seasonal, injectable, preservative free', group: 'Influenza' },
	{ code: '141', short: 'Influenza, seasonal, injectable', group: 'Influenza' },
	{ code: '149', short: 'influenza, live, intranasal, quadrivalent', group: 'Influenza' },
	{ code: '150', short: 'influenza, injectable, quadrivalent, preservative free', group: 'Influenza' },
	{ code: '155', short: 'influenza, recombinant, injectable, preservative free', group: 'Influenza' },
	{ code: '158', short: 'influenza, injectable, quadrivalent', group: 'Influenza' },
	{ code: '161', short: 'Influenza, injectable,quadrivalent, preservative free, pediatric', group: 'Influenza' },
	{ code: '168', short: 'influenza, trivalent, adjuvanted', group: 'Influenza' },
	{ code: '171', short: 'Influenza, injectable, MDCK, preservative free, quadrivalent', group: 'Influenza' },
	{ code: '185', short: 'influenza, recombinant, quadrivalent,injectable, preservative free', group: 'Influenza' },
	{ code: '186', short: 'Influenza, injectable, MDCK, quadrivalent, preservative', group: 'Influenza' },
	{ code: '197', short: 'influenza, high-dose, quadrivalent', group: 'Influenza' },
	// Tetanus, diphtheria, pertussis
	{ code: '09', short: 'Td (adult), 2 Lf tetanus toxoid, preservative free, adsorbed', group: 'Td and Tdap' },
	{ code: '113', short: 'Td (adult), 5 Lf tetanus toxoid, preservative free, adsorbed', group: 'Td and Tdap' },
	{ code: '115', short: 'Tdap', group: 'Td and Tdap' },
	{ code: '20', short: 'DTaP', group: 'DTaP and combinations' },
	{ code: '106', short: 'DTaP, 5 pertussis antigens', group: 'DTaP and combinations' },
	{ code: '110', short: 'DTaP-Hep B-IPV', group: 'DTaP and combinations' },
	{ code: '120', short: 'DTaP-Hib-IPV', group: 'DTaP and combinations' },
	{ code: '130', short: 'DTaP-IPV', group: 'DTaP and combinations' },
	// Childhood series
	{ code: '03', short: 'MMR', group: 'MMR and varicella' },
	{ code: '21', short: 'varicella', group: 'MMR and varicella' },
	{ code: '94', short: 'MMRV', group: 'MMR and varicella' },
	{ code: '10', short: 'IPV', group: 'Polio' },
	{ code: '49', short: 'Hib (PRP-OMP)', group: 'Hib' },
	{ code: '116', short: 'rotavirus, pentavalent', group: 'Rotavirus' },
	{ code: '119', short: 'rotavirus, monovalent', group: 'Rotavirus' },
	{ code: '122', short: 'rotavirus, unspecified formulation', group: 'Rotavirus' },
	// Hepatitis
	{ code: '08', short: 'Hep B, adolescent or pediatric', group: 'Hepatitis B' },
	{ code: '43', short: 'Hep B, adult', group: 'Hepatitis B' },
	{ code: '45', short: 'Hep B, unspecified formulation', group: 'Hepatitis B' },
	{ code: '189', short: 'HepB-CpG', group: 'Hepatitis B' },
	{ code: '83', short: 'Hep A, ped/adol, 2 dose', group: 'Hepatitis A' },
	{ code: '52', short: 'Hep A, adult', group: 'Hepatitis A' },
	{ code: '104', short: 'Hep A-Hep B', group: 'Hepatitis A' },
	// Adolescent and adult
	{ code: '165', short: 'HPV9', group: 'HPV' },
	{ code: '114', short: 'meningococcal MCV4P', group: 'Meningococcal' },
	{ code: '136', short: 'Meningococcal MCV4O', group: 'Meningococcal' },
	{ code: '147', short: 'meningococcal MCV4, unspecified formulation', group: 'Meningococcal' },
	{ code: '148', short: 'Meningococcal C/Y-HIB PRP', group: 'Meningococcal' },
	{ code: '162', short: 'meningococcal B, recombinant', group: 'Meningococcal' },
	{ code: '163', short: 'meningococcal B, OMV', group: 'Meningococcal' },
	{ code: '33', short: 'pneumococcal polysaccharide PPV23', group: 'Pneumococcal' },
	{ code: '133', short: 'Pneumococcal conjugate PCV 13', group: 'Pneumococcal' },
	{ code: '152', short: 'Pneumococcal Conjugate, unspecified formulation', group: 'Pneumococcal' },
	{
		code: '215',
		short: 'Pneumococcal conjugate PCV15, polysaccharide CRM197 conjugate, adjuvant, PF',
		group: 'Pneumococcal'
	},
	{
		code: '216',
		short: 'Pneumococcal conjugate PCV20, polysaccharide CRM197 conjugate, adjuvant, PF',
		group: 'Pneumococcal'
	},
	{ code: '187', short: 'zoster recombinant', group: 'Zoster' },
	{ code: '121', short: 'zoster live', group: 'Zoster' },
	// COVID-19
	{ code: '207', short: 'COVID-19, mRNA, LNP-S, PF, 100 mcg/0.5 mL dose', group: 'COVID-19' },
	{ code: '208', short: 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose', group: 'COVID-19' },
	{ code: '212', short: 'COVID-19 vaccine, vector-nr, rS-Ad26, PF, 0.5 mL', group: 'COVID-19' },
	{ code: '213', short: 'SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED', group: 'COVID-19' },
	{ code: '217', short: 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose, tris-sucrose', group: 'COVID-19' },
	{ code: '218', short: 'COVID-19, mRNA, LNP-S, PF, 10 mcg/0.2 mL dose, tris-sucrose', group: 'COVID-19' }
];
