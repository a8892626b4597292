/**
 * What the clinic orders: laboratory tests by LOINC (the common panels below, and every laboratory
 * code of `LOINC_OBSERVATIONS`), imaging and diagnostic studies by SNOMED CT procedure code (the
 * codes the generator records these studies under, plus screening studies).
 *
 * This material contains content from LOINC (http://loinc.org), copyright © Regenstrief Institute,
 * Inc. and the LOINC Committee, available at no cost under the license at http://loinc.org/license.
 * Panel names are LOINC long common names; a panel lists the result codes that count as the panel
 * having been resulted.
 *
 * `repeatAfterDays`: how soon a repeat counts as a duplicate. 30 days by default; HbA1c 90 days (it
 * reflects about three months of glucose; ADA Standards of Care: every 3–6 months), screening
 * mammography a year (USPSTF 2024: every 2 years from 40; annual is the usual US maximum), bone
 * density two years (Medicare covers one every 24 months).
 */
import { LOINC_OBSERVATIONS, LOINC_SYSTEM } from './loinc-observations';
import { SNOMED_SYSTEM } from './allergy-substances';

export type OrderKind = 'laboratory' | 'imaging';

export interface OrderableTest {
	kind: OrderKind;
	system: typeof LOINC_SYSTEM | typeof SNOMED_SYSTEM;
	code: string;
	name: string;
	/** Codes of results (Observation) or performed studies (Procedure) that mean this test was done. */
	resultCodes: readonly string[];
	repeatAfterDays: number;
}

const DEFAULT_REPEAT_DAYS = 30;

const lab = (code: string, name: string, resultCodes: readonly string[] = [code], repeatAfterDays = DEFAULT_REPEAT_DAYS): OrderableTest => ({
	kind: 'laboratory',
	system: LOINC_SYSTEM,
	code,
	name,
	resultCodes,
	repeatAfterDays
});
const study = (code: string, name: string, repeatAfterDays = DEFAULT_REPEAT_DAYS): OrderableTest => ({
	kind: 'imaging',
	system: SNOMED_SYSTEM,
	code,
	name,
	resultCodes: [code],
	repeatAfterDays
});

const REPEAT_DAYS: Readonly<Record<string, number>> = { '4548-4': 90 };

export const LAB_PANELS: readonly OrderableTest[] = [
	lab('24323-8', 'Comprehensive metabolic 2000 panel - Serum or Plasma', ['2345-7', '2160-0', '3094-0', '2951-2', '2823-3', '2075-0', '2028-9', '17861-6', '1742-6', '1920-8', '6768-6', '1975-2', '1751-7', '2885-2']),
	lab('51990-0', 'Basic metabolic panel - Blood', ['2345-7', '2160-0', '3094-0', '2951-2', '2823-3', '2075-0', '2028-9', '17861-6']),
	lab('58410-2', 'CBC panel - Blood by Automated count', ['718-7', '4544-3', '789-8', '787-2', '6690-2', '777-3']),
	lab('57698-3', 'Lipid panel with direct LDL - Serum or Plasma', ['2093-3', '2571-8', '2085-9', '18262-6', '13457-7']),
	lab('24356-8', 'Urinalysis complete panel - Urine', ['5811-5', '5803-2', '5792-7', '5804-0', '5797-6', '5794-3', '5799-2', '5802-4'])
];

export const ORDERABLE_TESTS: readonly OrderableTest[] = [
	...LAB_PANELS,
	...LOINC_OBSERVATIONS.filter((o) => o.category === 'laboratory').map((o) => lab(o.code, o.longName, [o.code], REPEAT_DAYS[o.code] ?? DEFAULT_REPEAT_DAYS)),
	study('168731009', 'Standard chest X-ray (procedure)'),
	study('71651007', 'Mammography (procedure)', 365),
	study('45036003', 'Ultrasonography of abdomen (procedure)'),
	study('312681000', 'Bone density scan (procedure)', 730),
	study('40701008', 'Echocardiography (procedure)'),
	study('29303009', 'Electrocardiographic procedure (procedure)'),
	study('127783003', 'Spirometry (procedure)')
];

export function findOrderable(code: string): OrderableTest | undefined {
	return ORDERABLE_TESTS.find((t) => t.code === code);
}
