/**
 * The encoder's vocabulary: what learners type mapped to the words ICD-10-CM titles use. Official
 * titles say "Essential (primary) hypertension", learners type "htn" or "high blood pressure"; the
 * index knows only the titles, so the words below bridge the two.
 *
 * Source: Chartroom's authors, from the abbreviations and lay terms common in US primary-care notes
 * (the same ones the ICD-10-CM Alphabetic Index lists as "see" entries, e.g. "Attack, heart — see
 * Infarct, myocardium"). A synonym does not replace what was typed: the encoder searches both the
 * words as typed and the words they mean, and ranks the union.
 */
export interface SearchSynonym {
	/** The words titles use; every one must be found in a title. */
	means: string;
	/** What learners type for it: abbreviations, lay terms, spelling variants. */
	aliases: readonly string[];
}

export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
	// Circulatory
	{ means: 'hypertension', aliases: ['htn', 'high blood pressure', 'hbp', 'high bp'] },
	{
		means: 'elevated blood pressure reading without diagnosis of hypertension',
		aliases: ['elevated blood pressure', 'elevated bp', 'high bp reading', 'high blood pressure reading']
	},
	{ means: 'heart failure', aliases: ['chf', 'congestive heart failure', 'hf', 'ccf'] },
	{ means: 'atrial fibrillation', aliases: ['afib', 'a fib', 'af', 'a-fib'] },
	{ means: 'myocardial infarction', aliases: ['heart attack', 'mi', 'ami'] },
	{
		means: 'atherosclerotic heart disease of native coronary artery',
		aliases: ['cad', 'coronary artery disease', 'ashd', 'coronary disease']
	},
	{ means: 'peripheral vascular disease', aliases: ['pvd', 'pad', 'peripheral artery disease'] },
	{ means: 'cerebral infarction', aliases: ['stroke', 'cva'] },
	{ means: 'transient cerebral ischemic attack', aliases: ['tia', 'mini stroke', 'transient ischemic attack'] },
	{ means: 'deep veins thrombosis', aliases: ['dvt', 'deep vein thrombosis', 'blood clot in leg'] },
	{ means: 'pulmonary embolism', aliases: ['pe'] },
	{ means: 'tachycardia', aliases: ['fast heart rate', 'rapid heart rate', 'racing heart'] },
	{ means: 'bradycardia', aliases: ['slow heart rate'] },
	{ means: 'palpitations', aliases: ['heart pounding', 'fluttering'] },
	{ means: 'syncope', aliases: ['fainting', 'fainted', 'passed out'] },
	{ means: 'anticoagulants', aliases: ['blood thinner', 'blood thinners', 'anticoagulation'] },
	// Endocrine and metabolic
	{
		means: 'type 2 diabetes mellitus',
		aliases: ['dm2', 't2dm', 'dm ii', 'dm 2', 'niddm', 'type ii diabetes', 'type two diabetes', 'adult onset diabetes']
	},
	{ means: 'type 1 diabetes mellitus', aliases: ['dm1', 't1dm', 'iddm', 'type i diabetes', 'juvenile diabetes'] },
	{ means: 'diabetes mellitus', aliases: ['dm', 'sugar', 'sugar diabetes'] },
	{ means: 'hyperglycemia', aliases: ['high blood sugar', 'high sugar', 'high glucose', 'elevated glucose', 'elevated blood sugar', 'uncontrolled'] },
	{ means: 'hypoglycemia', aliases: ['low blood sugar', 'low sugar', 'low glucose'] },
	{ means: 'prediabetes', aliases: ['pre diabetes', 'pre-diabetes', 'borderline diabetes'] },
	{ means: 'gestational diabetes', aliases: ['gdm'] },
	{ means: 'hyperlipidemia', aliases: ['hld', 'dyslipidemia', 'hyperlipidaemia', 'high lipids'] },
	{ means: 'hypercholesterolemia', aliases: ['high cholesterol', 'elevated cholesterol'] },
	{ means: 'hypothyroidism', aliases: ['underactive thyroid', 'low thyroid', 'hypothyroid'] },
	{ means: 'thyrotoxicosis', aliases: ['hyperthyroidism', 'overactive thyroid', 'hyperthyroid'] },
	{ means: 'polycystic ovarian syndrome', aliases: ['pcos'] },
	{ means: 'hyperkalemia', aliases: ['high potassium'] },
	{ means: 'hypokalemia', aliases: ['low potassium'] },
	{ means: 'hyponatremia', aliases: ['low sodium'] },
	{ means: 'dehydration', aliases: ['dehydrated'] },
	// Respiratory and ENT
	{ means: 'chronic obstructive pulmonary disease', aliases: ['copd', 'emphysema copd'] },
	{ means: 'asthma', aliases: ['asthmatic', 'reactive airway disease', 'rad'] },
	{ means: 'acute upper respiratory infection', aliases: ['uri', 'urti', 'head cold', 'cold'] },
	{ means: 'influenza', aliases: ['flu'] },
	{ means: 'streptococcal pharyngitis', aliases: ['strep throat', 'strep pharyngitis', 'strep'] },
	{ means: 'pharyngitis', aliases: ['sore throat'] },
	{ means: 'sinusitis', aliases: ['sinus infection'] },
	{ means: 'bronchitis', aliases: ['chest cold'] },
	{ means: 'pneumonia', aliases: ['pna', 'cap'] },
	{ means: 'shortness of breath', aliases: ['sob', 'short of breath', 'breathless', 'breathlessness', 'dyspnoea'] },
	{ means: 'allergic rhinitis', aliases: ['hay fever', 'hayfever', 'seasonal allergies', 'nasal allergies'] },
	{ means: 'obstructive sleep apnea', aliases: ['osa', 'sleep apnoea'] },
	{ means: 'otitis media', aliases: ['ear infection', 'middle ear infection', 'aom', 'om'] },
	{ means: 'otalgia', aliases: ['earache', 'ear ache', 'ear pain'] },
	{ means: 'impacted cerumen', aliases: ['earwax', 'ear wax', 'cerumen impaction', 'wax impaction'] },
	{ means: 'epistaxis', aliases: ['nosebleed', 'nose bleed'] },
	{ means: 'benign paroxysmal vertigo', aliases: ['bppv'] },
	{ means: 'hearing loss', aliases: ['deafness', 'hard of hearing'] },
	{ means: 'conjunctivitis', aliases: ['pink eye', 'pinkeye'] },
	{ means: 'respiratory syncytial virus', aliases: ['rsv'] },
	{ means: 'covid 19', aliases: ['covid', 'coronavirus', 'sars cov 2'] },
	// Digestive
	{
		means: 'gastro esophageal reflux disease',
		aliases: ['gerd', 'gord', 'acid reflux', 'reflux disease']
	},
	{ means: 'gastroenteritis', aliases: ['stomach flu', 'stomach bug', 'gi bug'] },
	{ means: 'irritable bowel syndrome', aliases: ['ibs'] },
	{ means: 'abdominal pain', aliases: ['belly pain', 'stomach ache', 'stomachache', 'tummy ache', 'stomach pain'] },
	{ means: 'vomiting', aliases: ['throwing up', 'emesis'] },
	{ means: 'diarrhea', aliases: ['diarrhoea', 'loose stools'] },
	{ means: 'hemorrhoids', aliases: ['piles'] },
	{ means: 'calculus of gallbladder', aliases: ['gallstones', 'gallstone', 'cholelithiasis'] },
	{ means: 'fatty liver', aliases: ['nafld', 'fatty liver disease', 'hepatic steatosis'] },
	// Mental and behavioural
	{ means: 'major depressive disorder', aliases: ['mdd', 'major depression'] },
	{ means: 'generalized anxiety disorder', aliases: ['gad'] },
	{ means: 'attention deficit hyperactivity disorder', aliases: ['adhd', 'add'] },
	{ means: 'post traumatic stress disorder', aliases: ['ptsd'] },
	{ means: 'obsessive compulsive disorder', aliases: ['ocd'] },
	{ means: 'alcohol dependence', aliases: ['alcoholism', 'alcohol use disorder'] },
	{ means: 'opioid dependence', aliases: ['oud', 'opioid use disorder'] },
	{ means: 'insomnia', aliases: ['trouble sleeping', 'cannot sleep', 'sleeplessness'] },
	{
		means: 'nicotine dependence cigarettes',
		aliases: ['smoker', 'smokes', 'smoking', 'cigarette smoker', 'current smoker', 'tobacco use disorder']
	},
	{
		means: 'personal history of nicotine dependence',
		aliases: ['former smoker', 'ex smoker', 'past smoker', 'quit smoking', 'history of smoking', 'previous smoker']
	},
	// Nervous system and general symptoms
	{ means: 'headache', aliases: ['ha', 'cephalgia', 'head ache'] },
	{ means: 'dizziness', aliases: ['lightheaded', 'light headed', 'lightheadedness'] },
	{ means: 'fatigue', aliases: ['tired', 'tiredness', 'exhaustion'] },
	{ means: 'fever', aliases: ['febrile', 'pyrexia'] },
	{ means: 'chest pain', aliases: ['cp'] },
	{ means: 'carpal tunnel syndrome', aliases: ['cts'] },
	{ means: 'alzheimer', aliases: ['alzheimers'] },
	// Skin
	{ means: 'dermatitis', aliases: ['eczema'] },
	{ means: 'urticaria', aliases: ['hives'] },
	{ means: 'pruritus', aliases: ['itching', 'itchy', 'itch'] },
	{ means: 'tinea pedis', aliases: ["athlete's foot", 'athletes foot'] },
	{ means: 'zoster', aliases: ['shingles', 'herpes zoster'] },
	{ means: 'varicella', aliases: ['chickenpox', 'chicken pox'] },
	{ means: 'acne', aliases: ['pimples'] },
	{ means: 'ingrowing nail', aliases: ['ingrown toenail', 'ingrown nail', 'ingrown toe nail'] },
	{ means: 'tinea corporis', aliases: ['ringworm'] },
	{ means: 'pediculosis capitis', aliases: ['head lice', 'lice'] },
	{ means: 'edema', aliases: ['oedema', 'swollen legs', 'leg swelling'] },
	// Musculoskeletal and injury
	{ means: 'osteoarthritis', aliases: ['oa', 'djd', 'degenerative joint disease', 'arthritis of knee'] },
	{ means: 'rheumatoid arthritis', aliases: ['ra'] },
	{ means: 'low back pain', aliases: ['lbp', 'lower back pain', 'back pain'] },
	{ means: 'polymyalgia rheumatica', aliases: ['pmr'] },
	{ means: 'cervicalgia', aliases: ['neck pain'] },
	{ means: 'plantar fascial fibromatosis', aliases: ['plantar fasciitis'] },
	{ means: 'lateral epicondylitis', aliases: ['tennis elbow'] },
	{ means: 'medial epicondylitis', aliases: ["golfer's elbow", 'golfers elbow'] },
	{ means: 'adhesive capsulitis', aliases: ['frozen shoulder'] },
	{ means: 'disorders of bone density', aliases: ['osteopenia'] },
	{ means: 'lower limb', aliases: ['leg'] },
	{ means: 'upper limb', aliases: ['arm'] },
	{ means: 'systemic lupus erythematosus', aliases: ['sle', 'lupus'] },
	{ means: 'sprain', aliases: ['sprained', 'twisted', 'rolled'] },
	{ means: 'laceration', aliases: ['cut', 'lac'] },
	{ means: 'contusion', aliases: ['bruise', 'bruised'] },
	{ means: 'fracture', aliases: ['broken', 'fx', 'break'] },
	// Genitourinary, sexual and reproductive
	{ means: 'urinary tract infection', aliases: ['uti', 'bladder infection'] },
	{ means: 'calculus of kidney', aliases: ['kidney stone', 'kidney stones', 'nephrolithiasis', 'renal calculus'] },
	{ means: 'chronic kidney disease', aliases: ['ckd', 'chronic renal disease', 'chronic renal insufficiency'] },
	{ means: 'acute kidney failure', aliases: ['aki', 'acute kidney injury', 'arf', 'acute renal failure'] },
	{ means: 'end stage renal disease', aliases: ['esrd'] },
	{ means: 'benign prostatic hyperplasia', aliases: ['bph', 'enlarged prostate'] },
	{ means: 'male erectile dysfunction', aliases: ['ed', 'impotence', 'erectile dysfunction'] },
	{ means: 'menopausal', aliases: ['hot flashes', 'hot flushes'] },
	{ means: 'dysuria', aliases: ['painful urination', 'burning urination', 'burning with urination'] },
	{ means: 'hematuria', aliases: ['blood in urine', 'haematuria'] },
	{ means: 'candidiasis of vulva and vagina', aliases: ['yeast infection', 'vaginal yeast infection', 'vaginal thrush'] },
	{ means: 'irregular menstruation', aliases: ['irregular periods', 'irregular period', 'irregular menses'] },
	{ means: 'dysmenorrhea', aliases: ['painful periods', 'period pain', 'menstrual cramps'] },
	{ means: 'excessive menstruation', aliases: ['heavy periods', 'heavy period', 'menorrhagia'] },
	{
		means: 'screening for malignant neoplasm of cervix',
		aliases: ['pap smear', 'pap test', 'cervical cancer screening']
	},
	{ means: 'contraceptive', aliases: ['birth control', 'contraception'] },
	{ means: 'contraceptive pills', aliases: ['ocp', 'ocps', 'the pill', 'birth control pills'] },
	{ means: 'pregnancy', aliases: ['pregnant', 'expecting'] },
	{ means: 'supervision of normal pregnancy', aliases: ['prenatal visit', 'prenatal care', 'routine prenatal'] },
	// Encounters and status
	{
		means: 'general adult medical examination',
		aliases: ['annual physical', 'physical exam', 'annual exam', 'routine physical', 'wellness visit', 'well visit', 'checkup', 'check up', 'adult physical']
	},
	{
		means: 'routine child health examination',
		aliases: ['well child', 'well child visit', 'well child check', 'wcc', 'well baby', 'child physical']
	},
	{ means: 'examination', aliases: ['exam', 'physical'] },
	{ means: 'immunization', aliases: ['vaccination', 'vaccine', 'shot', 'flu shot', 'flu vaccine'] },
	{
		means: 'screening for malignant neoplasm of colon',
		aliases: ['screening colonoscopy', 'colon cancer screening', 'colorectal cancer screening']
	},
	{ means: 'malignant neoplasm', aliases: ['cancer', 'malignancy'] },
	{ means: 'allergy', aliases: ['allergic', 'allergies'] },
	{ means: 'penicillin', aliases: ['pcn'] },
	{ means: 'sulfonamides', aliases: ['sulfa', 'sulpha'] },
	{ means: 'anemia', aliases: ['anaemia', 'low hemoglobin', 'low blood count'] },
	{ means: 'iron deficiency anemia', aliases: ['ida', 'low iron anemia'] },
	{ means: 'obesity', aliases: ['obese'] },
	// Sides, written the way notes abbreviate them
	{ means: 'right', aliases: ['rt', 'r'] },
	{ means: 'left', aliases: ['lt', 'l'] },
	{ means: 'bilateral', aliases: ['both', 'bilat', 'b l'] }
];

/**
 * Words that carry no meaning for the search: dropped from queries and not required in titles.
 * ("with" is dropped too: "diabetes with neuropathy" must find "… with diabetic neuropathy".)
 */
export const SEARCH_STOPWORDS: readonly string[] = [
	'a', 'an', 'and', 'as', 'at', 'by', 'due', 'for', 'from', 'has', 'have', 'in', 'is', 'of', 'on', 'or',
	's', 'the', 'to', 'with', 'w', 'pt', 'patient', 'dx', 'diagnosis', 'hx', 'c', 'o', 'complains'
];

/**
 * Title words that add no clinical claim, so a title is not ranked down for having them:
 * "unspecified" and the 7th-character words are what a coder picks when the note says no more, and
 * "acute" is the Alphabetic Index default for the infections a clinic sees (pharyngitis, sinusitis).
 */
export const RANKING_NEUTRAL_WORDS: readonly string[] = [
	'unspecified', 'acute', 'initial', 'encounter', 'subsequent', 'sequela', 'nos', 'elsewhere', 'classified',
	'not', 'mention', 'uncomplicated', 'without', 'site'
];
