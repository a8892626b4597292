// The official tables live in ../shared/data beside the project (for tests and benchmarks only; they
// are not shipped). Paths are resolved from this file so tests run from any working directory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Icd10cmCodeSet } from '../icd10cm-code-set';
import { parseIcd10cmOrderFile, type OrderFile } from '../order-file-parser.js';

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
export const ICD10CM_ORDER_2022_PATH = `${SHARED_DATA_DIR}icd10cm_order_2022.txt`;
export const HCPCS_2019_PATH = `${SHARED_DATA_DIR}HCPC2019_CONTR_ANWEB.txt`;

let icd10cm2022: OrderFile | undefined;

/** The FY2022 order file, parsed once per test file. */
export function officialIcd10cm2022(): OrderFile {
	icd10cm2022 ??= parseIcd10cmOrderFile(readFileSync(ICD10CM_ORDER_2022_PATH, 'utf8'), {
		fileName: 'icd10cm_order_2022.txt'
	});
	return icd10cm2022;
}

/** The whole FY2022 release as a code set, as the imported asset gives it to the app. */
export function officialIcd10cm2022Set(): Icd10cmCodeSet {
	return {
		system: 'ICD-10-CM',
		fiscalYear: 2022,
		source: 'ICD-10-CM order file, FY2022',
		codes: officialIcd10cm2022().codes
	};
}

/** One line in the order-file layout, for building small inputs in tests. */
export function orderFileLine(
	order: number,
	code: string,
	flag: string,
	short: string,
	title = short
): string {
	return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${title}`;
}
