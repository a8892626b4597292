/**
 * LOINC codes for the vital signs and common laboratory tests Chartroom's records carry, with the
 * LOINC long common name, the UCUM unit the clinic reports in, and a typical adult reference range.
 *
 * This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief
 * Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is
 * available at no cost under the license at http://loinc.org/license. LOINC® is a registered
 * trademark of Regenstrief Institute, Inc. (The same notice belongs in the README and About page.)
 *
 * Names are LOINC long common names (LOINC 2.7x); Regenstrief occasionally rewords them. Reference
 * ranges are typical adult intervals for teaching, not any laboratory's: every lab publishes its
 * own. Where a range comes from a guideline the entry says which (ADA Standards of Care for HbA1c and
 * fasting glucose, ACC/AHA 2017 for blood pressure, NCEP ATP III for lipids, KDIGO for eGFR).
 */
export interface ReferenceRange {
	low?: number;
	high?: number;
	/** How a person reads the range, e.g. "< 5.7 % (ADA)". */
	text: string;
}

export interface LoincObservation {
	code: string;
	longName: string;
	/** What the flowsheet column says. */
	label: string;
	category: 'vital-signs' | 'laboratory';
	/** UCUM; '1' for a dimensionless ratio. */
	unit: string;
	referenceRange?: ReferenceRange;
}

export const LOINC_SYSTEM = 'http://loinc.org';

export const LOINC_OBSERVATIONS: readonly LoincObservation[] = [
	// Vital signs (the FHIR vital-signs profile codes)
	{ code: '85354-9', longName: 'Blood pressure panel with all children optional', label: 'Blood pressure', category: 'vital-signs', unit: 'mm[Hg]' },
	{ code: '8480-6', longName: 'Systolic blood pressure', label: 'Systolic BP', category: 'vital-signs', unit: 'mm[Hg]', referenceRange: { low: 90, high: 119, text: '< 120 mm[Hg] (ACC/AHA 2017 normal)' } },
	{ code: '8462-4', longName: 'Diastolic blood pressure', label: 'Diastolic BP', category: 'vital-signs', unit: 'mm[Hg]', referenceRange: { low: 60, high: 79, text: '< 80 mm[Hg] (ACC/AHA 2017 normal)' } },
	{ code: '8867-4', longName: 'Heart rate', label: 'Pulse', category: 'vital-signs', unit: '/min', referenceRange: { low: 60, high: 100, text: '60–100 /min at rest' } },
	{ code: '9279-1', longName: 'Respiratory rate', label: 'Respirations', category: 'vital-signs', unit: '/min', referenceRange: { low: 12, high: 20, text: '12–20 /min at rest' } },
	{ code: '8310-5', longName: 'Body temperature', label: 'Temperature', category: 'vital-signs', unit: 'Cel', referenceRange: { low: 36.1, high: 37.2, text: '36.1–37.2 °C oral' } },
	{ code: '59408-5', longName: 'Oxygen saturation in Arterial blood by Pulse oximetry', label: 'SpO2', category: 'vital-signs', unit: '%', referenceRange: { low: 95, high: 100, text: '95–100 % on room air' } },
	{ code: '2708-6', longName: 'Oxygen saturation in Arterial blood', label: 'O2 saturation', category: 'vital-signs', unit: '%', referenceRange: { low: 95, high: 100, text: '95–100 %' } },
	{ code: '29463-7', longName: 'Body weight', label: 'Weight', category: 'vital-signs', unit: 'kg' },
	{ code: '8302-2', longName: 'Body height', label: 'Height', category: 'vital-signs', unit: 'cm' },
	{ code: '39156-5', longName: 'Body mass index (BMI) [Ratio]', label: 'BMI', category: 'vital-signs', unit: 'kg/m2', referenceRange: { low: 18.5, high: 24.9, text: '18.5–24.9 kg/m2 (adult healthy weight, CDC)' } },
	{ code: '9843-4', longName: 'Head Occipital-frontal circumference', label: 'Head circumference', category: 'vital-signs', unit: 'cm' },
	{ code: '72514-3', longName: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported', label: 'Pain (0–10)', category: 'vital-signs', unit: '{score}' },
	// Diabetes and lipids
	{ code: '4548-4', longName: 'Hemoglobin A1c/Hemoglobin.total in Blood', label: 'HbA1c', category: 'laboratory', unit: '%', referenceRange: { high: 5.6, text: '< 5.7 % (ADA; 5.7–6.4 prediabetes, ≥ 6.5 diabetes)' } },
	{ code: '2345-7', longName: 'Glucose [Mass/volume] in Serum or Plasma', label: 'Glucose', category: 'laboratory', unit: 'mg/dL', referenceRange: { low: 70, high: 99, text: '70–99 mg/dL fasting (ADA)' } },
	{ code: '2093-3', longName: 'Cholesterol [Mass/volume] in Serum or Plasma', label: 'Total cholesterol', category: 'laboratory', unit: 'mg/dL', referenceRange: { high: 199, text: '< 200 mg/dL desirable (NCEP ATP III)' } },
	{ code: '2571-8', longName: 'Triglyceride [Mass/volume] in Serum or Plasma', label: 'Triglycerides', category: 'laboratory', unit: 'mg/dL', referenceRange: { high: 149, text: '< 150 mg/dL (NCEP ATP III)' } },
	{ code: '2085-9', longName: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', label: 'HDL cholesterol', category: 'laboratory', unit: 'mg/dL', referenceRange: { low: 40, text: '≥ 40 mg/dL (NCEP ATP III)' } },
	{ code: '13457-7', longName: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation', label: 'LDL cholesterol (calc)', category: 'laboratory', unit: 'mg/dL', referenceRange: { high: 99, text: '< 100 mg/dL optimal (NCEP ATP III)' } },
	{ code: '18262-6', longName: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay', label: 'LDL cholesterol (direct)', category: 'laboratory', unit: 'mg/dL', referenceRange: { high: 99, text: '< 100 mg/dL optimal (NCEP ATP III)' } },
	{ code: '14959-1', longName: 'Microalbumin/Creatinine [Mass Ratio] in Urine', label: 'Urine albumin/creatinine', category: 'laboratory', unit: 'mg/g', referenceRange: { high: 29, text: '< 30 mg/g (KDIGO)' } },
	// Kidney, electrolytes, liver
	{ code: '2160-0', longName: 'Creatinine [Mass/volume] in Serum or Plasma', label: 'Creatinine', category: 'laboratory', unit: 'mg/dL', referenceRange: { low: 0.6, high: 1.3, text: '0.6–1.3 mg/dL (lower in women)' } },
	{ code: '33914-3', longName: 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)', label: 'eGFR (MDRD)', category: 'laboratory', unit: 'mL/min/{1.73_m2}', referenceRange: { low: 60, text: '≥ 60 mL/min/1.73 m2 (KDIGO)' } },
	{ code: '62238-1', longName: 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)', label: 'eGFR (CKD-EPI)', category: 'laboratory', unit: 'mL/min/{1.73_m2}', referenceRange: { low: 60, text: '≥ 60 mL/min/1.73 m2 (KDIGO)' } },
	{ code: '98979-8', longName: 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)', label: 'eGFR (CKD-EPI 2021)', category: 'laboratory', unit: 'mL/min/{1.73_m2}', referenceRange: { low: 60, text: '≥ 60 mL/min/1.73 m2 (KDIGO)' } },
	{ code: '3094-0', longName: 'Urea nitrogen [Mass/volume] in Serum or Plasma', label: 'BUN', category: 'laboratory', unit: 'mg/dL', referenceRange: { low: 7, high: 20, text: '7–20 mg/dL' } },
	{ code: '2951-2', longName: 'Sodium [Moles/volume] in Serum or Plasma', label: 'Sodium', category: 'laboratory', unit: 'mmol/L', referenceRange: { low: 135, high: 145, text: '135–145 mmol/L' } },
	{ code: '2823-3', longName: 'Potassium [Moles/volume] in Serum or Plasma', label: 'Potassium', category: 'laboratory', unit: 'mmol/L', referenceRange: { low: 3.5, high: 5.0, text: '3.5–5.0 mmol/L' } },
	{ code: '2075-0', longName: 'Chloride [Moles/volume] in Serum or Plasma', label: 'Chloride', category: 'laboratory', unit: 'mmol/L', referenceRange: { low: 98, high: 107, text: '98–107 mmol/L' } },
	{ code: '2028-9', longName: 'Carbon dioxide, total [Moles/volume] in Serum or Plasma', label: 'CO2', category: 'laboratory', unit: 'mmol/L', referenceRange: { low: 22, high: 29, text: '22–29 mmol/L' } },
	{ code: '17861-6', longName: 'Calcium [Mass/volume] in Serum or Plasma', label: 'Calcium', category: 'laboratory', unit: 'mg/dL', referenceRange: { low: 8.6, high: 10.3, text: '8.6–10.3 mg/dL' } },
	{ code: '1742-6', longName: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', label: 'ALT', category: 'laboratory', unit: 'U/L', referenceRange: { low: 7, high: 56, text: '7–56 U/L' } },
	{ code: '1920-8', longName: 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', label: 'AST', category: 'laboratory', unit: 'U/L', referenceRange: { low: 10, high: 40, text: '10–40 U/L' } },
	{ code: '6768-6', longName: 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma', label: 'Alkaline phosphatase', category: 'laboratory', unit: 'U/L', referenceRange: { low: 44, high: 147, text: '44–147 U/L' } },
	{ code: '1975-2', longName: 'Bilirubin.total [Mass/volume] in Serum or Plasma', label: 'Bilirubin, total', category: 'laboratory', unit: 'mg/dL', referenceRange: { low: 0.1, high: 1.2, text: '0.1–1.2 mg/dL' } },
	{ code: '1751-7', longName: 'Albumin [Mass/volume] in Serum or Plasma', label: 'Albumin', category: 'laboratory', unit: 'g/dL', referenceRange: { low: 3.4, high: 5.4, text: '3.4–5.4 g/dL' } },
	{ code: '2885-2', longName: 'Protein [Mass/volume] in Serum or Plasma', label: 'Protein, total', category: 'laboratory', unit: 'g/dL', referenceRange: { low: 6.0, high: 8.3, text: '6.0–8.3 g/dL' } },
	// Blood count and iron
	{ code: '718-7', longName: 'Hemoglobin [Mass/volume] in Blood', label: 'Hemoglobin', category: 'laboratory', unit: 'g/dL', referenceRange: { low: 12.0, high: 17.5, text: '12.0–15.5 g/dL women, 13.5–17.5 g/dL men' } },
	{ code: '4544-3', longName: 'Hematocrit [Volume Fraction] of Blood by Automated count', label: 'Hematocrit', category: 'laboratory', unit: '%', referenceRange: { low: 36, high: 50, text: '36–46 % women, 41–50 % men' } },
	{ code: '789-8', longName: 'Erythrocytes [#/volume] in Blood by Automated count', label: 'RBC', category: 'laboratory', unit: '10*6/uL', referenceRange: { low: 4.2, high: 5.9, text: '4.2–5.4 women, 4.7–5.9 men (10*6/uL)' } },
	{ code: '787-2', longName: 'MCV [Entitic volume] by Automated count', label: 'MCV', category: 'laboratory', unit: 'fL', referenceRange: { low: 80, high: 100, text: '80–100 fL' } },
	{ code: '6690-2', longName: 'Leukocytes [#/volume] in Blood by Automated count', label: 'WBC', category: 'laboratory', unit: '10*3/uL', referenceRange: { low: 4.5, high: 11.0, text: '4.5–11.0 (10*3/uL)' } },
	{ code: '777-3', longName: 'Platelets [#/volume] in Blood by Automated count', label: 'Platelets', category: 'laboratory', unit: '10*3/uL', referenceRange: { low: 150, high: 450, text: '150–450 (10*3/uL)' } },
	{ code: '2276-4', longName: 'Ferritin [Mass/volume] in Serum or Plasma', label: 'Ferritin', category: 'laboratory', unit: 'ng/mL', referenceRange: { low: 12, high: 300, text: '12–150 ng/mL women, 12–300 ng/mL men' } },
	{ code: '2498-4', longName: 'Iron [Mass/volume] in Serum or Plasma', label: 'Iron', category: 'laboratory', unit: 'ug/dL', referenceRange: { low: 60, high: 170, text: '60–170 ug/dL' } },
	// Thyroid, vitamins, heart, prostate, inflammation, coagulation
	{ code: '3016-3', longName: 'Thyrotropin [Units/volume] in Serum or Plasma', label: 'TSH', category: 'laboratory', unit: 'm[IU]/L', referenceRange: { low: 0.4, high: 4.5, text: '0.4–4.5 m[IU]/L' } },
	{ code: '3024-7', longName: 'Thyroxine (T4) free [Mass/volume] in Serum or Plasma', label: 'Free T4', category: 'laboratory', unit: 'ng/dL', referenceRange: { low: 0.8, high: 1.8, text: '0.8–1.8 ng/dL' } },
	{ code: '2132-9', longName: 'Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma', label: 'Vitamin B12', category: 'laboratory', unit: 'pg/mL', referenceRange: { low: 200, high: 900, text: '200–900 pg/mL' } },
	{ code: '62292-8', longName: '25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma', label: 'Vitamin D, 25-OH', category: 'laboratory', unit: 'ng/mL', referenceRange: { low: 30, high: 100, text: '30–100 ng/mL sufficient (Endocrine Society)' } },
	{ code: '14635-7', longName: '25-Hydroxyvitamin D3 [Moles/volume] in Serum or Plasma', label: 'Vitamin D3, 25-OH', category: 'laboratory', unit: 'nmol/L', referenceRange: { low: 75, high: 250, text: '75–250 nmol/L sufficient (Endocrine Society)' } },
	{ code: '30934-4', longName: 'Natriuretic peptide B [Mass/volume] in Serum or Plasma', label: 'BNP', category: 'laboratory', unit: 'pg/mL', referenceRange: { high: 99, text: '< 100 pg/mL' } },
	{ code: '33762-6', longName: 'Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma', label: 'NT-proBNP', category: 'laboratory', unit: 'pg/mL', referenceRange: { high: 124, text: '< 125 pg/mL (under 75 years)' } },
	{ code: '2857-1', longName: 'Prostate specific Ag [Mass/volume] in Serum or Plasma', label: 'PSA', category: 'laboratory', unit: 'ng/mL', referenceRange: { high: 4.0, text: '< 4.0 ng/mL' } },
	{ code: '1988-5', longName: 'C reactive protein [Mass/volume] in Serum or Plasma', label: 'CRP', category: 'laboratory', unit: 'mg/L', referenceRange: { high: 10, text: '< 10 mg/L' } },
	{ code: '6301-6', longName: 'INR in Platelet poor plasma by Coagulation assay', label: 'INR', category: 'laboratory', unit: '{INR}', referenceRange: { low: 0.8, high: 1.1, text: '0.8–1.1 off anticoagulants (2.0–3.0 on warfarin for most indications)' } },
	// Urinalysis by dipstick
	{ code: '5811-5', longName: 'Specific gravity of Urine by Test strip', label: 'Urine specific gravity', category: 'laboratory', unit: '1', referenceRange: { low: 1.005, high: 1.03, text: '1.005–1.030' } },
	{ code: '5803-2', longName: 'pH of Urine by Test strip', label: 'Urine pH', category: 'laboratory', unit: '[pH]', referenceRange: { low: 4.5, high: 8.0, text: '4.5–8.0' } },
	{ code: '5792-7', longName: 'Glucose [Mass/volume] in Urine by Test strip', label: 'Urine glucose', category: 'laboratory', unit: 'mg/dL', referenceRange: { text: 'negative' } },
	{ code: '5804-0', longName: 'Protein [Mass/volume] in Urine by Test strip', label: 'Urine protein', category: 'laboratory', unit: 'mg/dL', referenceRange: { text: 'negative' } },
	{ code: '5797-6', longName: 'Ketones [Mass/volume] in Urine by Test strip', label: 'Urine ketones', category: 'laboratory', unit: 'mg/dL', referenceRange: { text: 'negative' } },
	{ code: '5794-3', longName: 'Hemoglobin [Presence] in Urine by Test strip', label: 'Urine blood', category: 'laboratory', unit: '1', referenceRange: { text: 'negative' } },
	{ code: '5799-2', longName: 'Leukocyte esterase [Presence] in Urine by Test strip', label: 'Urine leukocyte esterase', category: 'laboratory', unit: '1', referenceRange: { text: 'negative' } },
	{ code: '5802-4', longName: 'Nitrite [Presence] in Urine by Test strip', label: 'Urine nitrite', category: 'laboratory', unit: '1', referenceRange: { text: 'negative' } }
];
