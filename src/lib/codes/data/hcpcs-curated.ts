/**
 * HCPCS Level II codes the clinic's workflows bill: Medicare vaccine administration, preventive and
 * wellness visits, screening, injected drugs and supplies. CPT (Level I) codes such as 99213 or 90686
 * are the AMA's and copyrighted: they are never shipped, not even their descriptions.
 *
 * Source: CMS, 2019 Alpha-Numeric HCPCS File (HCPC2019_CONTR_ANWEB), a US government work in the
 * public domain. `title` is the long description (continuation lines joined), `short` the short one,
 * both as in that file; hcpcs-curated.test.ts checks them against it. HCPCS is revised every year
 * (G, K and Q codes even between years) and codes are added and deleted, so a lesson that bills
 * says it follows the 2019 file.
 */
export type HcpcsUse =
	| 'vaccine administration'
	| 'influenza vaccine'
	| 'preventive visit'
	| 'screening'
	| 'injected drug'
	| 'contraceptive'
	| 'supply';

export interface HcpcsEntry {
	code: string;
	title: string;
	short: string;
	use: HcpcsUse;
}

export const HCPCS_YEAR = 2019;
export const HCPCS_SOURCE = 'CMS 2019 Alpha-Numeric HCPCS File (HCPC2019_CONTR_ANWEB); public domain';

export const HCPCS_CURATED: readonly HcpcsEntry[] = [
	{ code: 'G0008', title: 'Administration of influenza virus vaccine', short: 'Admin influenza virus vac', use: 'vaccine administration' },
	{ code: 'G0009', title: 'Administration of pneumococcal vaccine', short: 'Admin pneumococcal vaccine', use: 'vaccine administration' },
	{ code: 'G0010', title: 'Administration of hepatitis b vaccine', short: 'Admin hepatitis b vaccine', use: 'vaccine administration' },
	{ code: 'Q2035', title: 'Influenza virus vaccine, split virus, when administered to individuals 3 years of age and older, for intramuscular use (afluria)', short: 'Afluria vacc, 3 yrs & >, im', use: 'influenza vaccine' },
	{ code: 'Q2036', title: 'Influenza virus vaccine, split virus, when administered to individuals 3 years of age and older, for intramuscular use (flulaval)', short: 'Flulaval vacc, 3 yrs & >, im', use: 'influenza vaccine' },
	{ code: 'Q2037', title: 'Influenza virus vaccine, split virus, when administered to individuals 3 years of age and older, for intramuscular use (fluvirin)', short: 'Fluvirin vacc, 3 yrs & >, im', use: 'influenza vaccine' },
	{ code: 'Q2038', title: 'Influenza virus vaccine, split virus, when administered to individuals 3 years of age and older, for intramuscular use (fluzone)', short: 'Fluzone vacc, 3 yrs & >, im', use: 'influenza vaccine' },
	{ code: 'Q2039', title: 'Influenza virus vaccine, not otherwise specified', short: 'Influenza virus vaccine, nos', use: 'influenza vaccine' },
	{ code: 'G0402', title: 'Initial preventive physical examination; face-to-face visit, services limited to new beneficiary during the first 12 months of medicare enrollment', short: 'Initial preventive exam', use: 'preventive visit' },
	{ code: 'G0438', title: 'Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit', short: 'Ppps, initial visit', use: 'preventive visit' },
	{ code: 'G0439', title: 'Annual wellness visit, includes a personalized prevention plan of service (pps), subsequent visit', short: 'Ppps, subseq visit', use: 'preventive visit' },
	{ code: 'G0101', title: 'Cervical or vaginal cancer screening; pelvic and clinical breast examination', short: 'Ca screen;pelvic/breast exam', use: 'screening' },
	{ code: 'G0102', title: 'Prostate cancer screening; digital rectal examination', short: 'Prostate ca screening; dre', use: 'screening' },
	{ code: 'G0103', title: 'Prostate cancer screening; prostate specific antigen test (psa)', short: 'Psa screening', use: 'screening' },
	{ code: 'G0104', title: 'Colorectal cancer screening; flexible sigmoidoscopy', short: 'Ca screen;flexi sigmoidscope', use: 'screening' },
	{ code: 'G0105', title: 'Colorectal cancer screening; colonoscopy on individual at high risk', short: 'Colorectal scrn; hi risk ind', use: 'screening' },
	{ code: 'G0121', title: 'Colorectal cancer screening; colonoscopy on individual not meeting criteria for high risk', short: 'Colon ca scrn not hi rsk ind', use: 'screening' },
	{ code: 'G0442', title: 'Annual alcohol misuse screening, 15 minutes', short: 'Annual alcohol screen 15 min', use: 'screening' },
	{ code: 'G0443', title: 'Brief face-to-face behavioral counseling for alcohol misuse, 15 minutes', short: 'Brief alcohol misuse counsel', use: 'screening' },
	{ code: 'G0444', title: 'Annual depression screening, 15 minutes', short: 'Depression screen annual', use: 'screening' },
	{ code: 'G0446', title: 'Annual, face-to-face intensive behavioral therapy for cardiovascular disease, individual, 15 minutes', short: 'Intens behave ther cardio dx', use: 'screening' },
	{ code: 'G0447', title: 'Face-to-face behavioral counseling for obesity, 15 minutes', short: 'Behavior counsel obesity 15m', use: 'screening' },
	{ code: 'G0296', title: 'Counseling visit to discuss need for lung cancer screening using low dose ct scan (ldct) (service is for eligibility determination and shared decision making)', short: 'Visit to determ ldct elig', use: 'screening' },
	{ code: 'G0297', title: 'Low dose ct scan (ldct) for lung cancer screening', short: 'Ldct for lung ca screen', use: 'screening' },
	{ code: 'Q0091', title: 'Screening papanicolaou smear; obtaining, preparing and conveyance of cervical or vaginal smear to laboratory', short: 'Obtaining screen pap smear', use: 'screening' },
	{ code: 'J0171', title: 'Injection, adrenalin, epinephrine, 0.1 mg', short: 'Adrenalin epinephrine inject', use: 'injected drug' },
	{ code: 'J0561', title: 'Injection, penicillin g benzathine, 100,000 units', short: 'Penicillin g benzathine inj', use: 'injected drug' },
	{ code: 'J0696', title: 'Injection, ceftriaxone sodium, per 250 mg', short: 'Ceftriaxone sodium injection', use: 'injected drug' },
	{ code: 'J1030', title: 'Injection, methylprednisolone acetate, 40 mg', short: 'Methylprednisolone 40 mg inj', use: 'injected drug' },
	{ code: 'J1040', title: 'Injection, methylprednisolone acetate, 80 mg', short: 'Methylprednisolone 80 mg inj', use: 'injected drug' },
	{ code: 'J1050', title: 'Injection, medroxyprogesterone acetate, 1 mg', short: 'Medroxyprogesterone acetate', use: 'injected drug' },
	{ code: 'J1100', title: 'Injection, dexamethasone sodium phosphate, 1 mg', short: 'Dexamethasone sodium phos', use: 'injected drug' },
	{ code: 'J1200', title: 'Injection, diphenhydramine hcl, up to 50 mg', short: 'Diphenhydramine hcl injectio', use: 'injected drug' },
	{ code: 'J1885', title: 'Injection, ketorolac tromethamine, per 15 mg', short: 'Ketorolac tromethamine inj', use: 'injected drug' },
	{ code: 'J2550', title: 'Injection, promethazine hcl, up to 50 mg', short: 'Promethazine hcl injection', use: 'injected drug' },
	{ code: 'J3301', title: 'Injection, triamcinolone acetonide, not otherwise specified, 10 mg', short: 'Triamcinolone acet inj nos', use: 'injected drug' },
	{ code: 'J3420', title: 'Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg', short: 'Vitamin b12 injection', use: 'injected drug' },
	{ code: 'J7050', title: 'Infusion, normal saline solution, 250 cc', short: 'Normal saline solution infus', use: 'injected drug' },
	{ code: 'J7300', title: 'Intrauterine copper contraceptive', short: 'Intraut copper contraceptive', use: 'contraceptive' },
	{ code: 'J7298', title: 'Levonorgestrel-releasing intrauterine contraceptive system (mirena), 52 mg', short: 'Mirena, 52 mg', use: 'contraceptive' },
	{ code: 'A4253', title: 'Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips', short: 'Blood glucose/reagent strips', use: 'supply' },
	{ code: 'A4259', title: 'Lancets, per box of 100', short: 'Lancets per box', use: 'supply' },
	{ code: 'A4627', title: 'Spacer, bag or reservoir, with or without mask, for use with metered dose inhaler', short: 'Spacer bag/reservoir', use: 'supply' },
	{ code: 'E0607', title: 'Home blood glucose monitor', short: 'Blood glucose monitor home', use: 'supply' },
	{ code: 'E0570', title: 'Nebulizer, with compressor', short: 'Nebulizer with compression', use: 'supply' },
	{ code: 'E0100', title: 'Cane, includes canes of all materials, adjustable or fixed, with tip', short: 'Cane adjust/fixed with tip', use: 'supply' },
	{ code: 'E0114', title: 'Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips', short: 'Crutch underarm pair no wood', use: 'supply' },
	{ code: 'L3908', title: 'Wrist hand orthosis, wrist extension control cock-up, non molded, prefabricated, off-the-shelf', short: 'Who cock-up nonmolde pre ots', use: 'supply' },
	{ code: 'L4361', title: 'Walking boot, pneumatic and/or vacuum, with or without joints, with or without interface material, prefabricated, off-the-shelf', short: 'Pneuma/vac walk boot pre ots', use: 'supply' },
];
