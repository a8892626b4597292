import { finding, type Finding } from '$lib/findings/finding';
import type { Icd10cmCodeSet } from './icd10cm-code-set';
import {
	ORDER_FILE_SOURCE,
	OrderFileError,
	fiscalYearFromFileName,
	parseIcd10cmOrderFile,
	type IcdCode,
	type OrderFile
} from './order-file-parser.js';

// The parser is plain JavaScript so that scripts/codes-import.js runs the very same code in Node.
export { ORDER_FILE_SOURCE, OrderFileError, fiscalYearFromFileName, parseIcd10cmOrderFile };
export type { IcdCode, OrderFile };

export type OrderFileImport = { ok: true; codeSet: Icd10cmCodeSet } | { ok: false; finding: Finding };

/**
 * Reads an order file a learner or deployer supplies. Errors come back as one finding naming the file
 * and line, and nothing is kept: a code set is used whole or not at all.
 */
export function importIcd10cmOrderFile(
	text: string,
	fileName: string,
	fiscalYear?: number
): OrderFileImport {
	let parsed: OrderFile;
	try {
		parsed = parseIcd10cmOrderFile(text, { fileName, fiscalYear });
	} catch (error) {
		if (!(error instanceof OrderFileError)) throw error;
		return {
			ok: false,
			finding: finding('error', 'codes.order-file-invalid', `${fileName}:${error.line}`, error.message, {
				hint: 'Use the order file from the CMS/CDC "Code Descriptions" download, unchanged.'
			})
		};
	}
	if (parsed.fiscalYear === undefined) {
		return {
			ok: false,
			finding: finding(
				'error',
				'codes.order-file-year-unknown',
				fileName,
				`the fiscal year is not in the file name "${fileName}": name it like icd10cm_order_2022.txt or give the year`
			)
		};
	}
	return {
		ok: true,
		codeSet: {
			system: 'ICD-10-CM',
			fiscalYear: parsed.fiscalYear,
			source: `${ORDER_FILE_SOURCE}, FY${parsed.fiscalYear}`,
			codes: parsed.codes
		}
	};
}
