import { finding, type Finding } from '$lib/findings/finding';
import { ICD10CM_CODE_EDITS, type CodeEdit } from './data/icd10cm-code-edits';
import { LATER_YEAR_CODES } from './data/icd10cm-curated';
import type { Icd10cmCatalog } from './icd10cm-catalog';
import { DOTLESS_ICD10CM_CODE, dotlessIcdCode, dottedIcdCode } from './icd10cm-code.js';
import type { IcdEntry } from './icd10cm-code-set';

/** What the validator needs to know of the patient; either may be unknown. */
export interface PatientFacts {
	sex?: 'male' | 'female';
	ageYears?: number;
}

/**
 * Checks one diagnosis code as a learner entered it: is it written like a code, does it exist in the
 * loaded set, can it be billed, and does it fit the patient's sex and age. Returns findings; none
 * means the code is fine.
 */
export function validateIcdCode(
	catalog: Icd10cmCatalog,
	input: string,
	patient: PatientFacts = {},
	where = 'code'
): Finding[] {
	const dotless = dotlessIcdCode(input);
	const code = dottedIcdCode(dotless);
	const setName = `ICD-10-CM FY${catalog.codeSet.fiscalYear}`;
	if (!DOTLESS_ICD10CM_CODE.test(dotless)) {
		return [
			finding(
				'error',
				'code.malformed',
				where,
				`"${input.trim()}" is not written like an ICD-10-CM code: a letter, a digit, then up to 5 more letters or digits (e.g. E11.9)`
			)
		];
	}
	const entry = catalog.find(dotless);
	if (!entry) return [unknownCode(catalog, code, setName, where)];

	const findings: Finding[] = [];
	if (!entry.billable) findings.push(notBillable(catalog, entry, where));
	for (const edit of ICD10CM_CODE_EDITS) {
		if (!editCovers(edit, dotless)) continue;
		findings.push(...patientConflicts(edit, entry, patient, where));
	}
	return findings;
}

function unknownCode(catalog: Icd10cmCatalog, code: string, setName: string, where: string): Finding {
	const later = LATER_YEAR_CODES.find((entry) => entry.code === code);
	if (later && later.fiscalYearAdded > catalog.codeSet.fiscalYear) {
		return finding(
			'error',
			'code.unknown',
			where,
			`${code} is not in ${setName}: it was added in FY${later.fiscalYearAdded} (${later.title})`
		);
	}
	const scope = catalog.codeSet.subset ? `the ${setName} codes shipped with Chartroom` : setName;
	const closest = closestHeader(catalog, code);
	const hints = [
		closest && `${closest.code} (${closest.title}) exists: check the characters after it.`,
		catalog.codeSet.subset && `Load the full ${setName} code set to check codes outside the shipped list.`
	].filter((hint) => typeof hint === 'string');
	return finding(
		'error',
		'code.unknown',
		where,
		`${code} is not in ${scope}`,
		hints.length > 0 ? { hint: hints.join(' ') } : {}
	);
}

/** The longest existing code the unknown one starts with: where the learner went astray. */
function closestHeader(catalog: Icd10cmCatalog, code: string): IcdEntry | undefined {
	const dotless = dotlessIcdCode(code);
	for (let length = dotless.length - 1; length >= 3; length--) {
		const entry = catalog.find(dotless.slice(0, length));
		if (entry) return entry;
	}
	return undefined;
}

function notBillable(catalog: Icd10cmCatalog, header: IcdEntry, where: string): Finding {
	const level = dotlessIcdCode(header.code).length === 3 ? 'category' : 'subcategory';
	const example = exampleCodeUnder(catalog, header.code);
	return finding(
		'error',
		'code.not-billable',
		where,
		`${header.code} is a ${level}: it needs more characters${example ? ` (e.g. ${example.code})` : ''}`,
		{ hint: `${header.code} ${header.title}: pick the code under it that the documentation supports.` }
	);
}

/**
 * A billable code under a header to show as an example: the shortest, and among those the one whose
 * next character is 9, the character ICD-10-CM keeps for "unspecified" and "without complications".
 */
export function exampleCodeUnder(catalog: Icd10cmCatalog, header: string): IcdEntry | undefined {
	const prefixLength = dotlessIcdCode(header).length;
	let best: IcdEntry | undefined;
	let bestScore = Infinity;
	for (const entry of catalog.billableCodesUnder(header)) {
		const dotless = dotlessIcdCode(entry.code);
		const score = dotless.length * 2 + (dotless[prefixLength] === '9' ? 0 : 1);
		if (score < bestScore) {
			best = entry;
			bestScore = score;
		}
	}
	return best;
}

function editCovers(edit: CodeEdit, dotless: string): boolean {
	const category = dotless.slice(0, 3);
	return edit.codes.some((pattern) => {
		const [first, last] = pattern.split('-');
		if (last !== undefined) return category >= first! && category <= last;
		return dotless.startsWith(dotlessIcdCode(pattern));
	});
}

function patientConflicts(
	edit: CodeEdit,
	entry: IcdEntry,
	patient: PatientFacts,
	where: string
): Finding[] {
	const subject = `${entry.code} (${entry.title}) is ${edit.kind}`;
	const extra = { hint: edit.hint, evidence: [{ edit: edit.id, source: edit.source }] };
	const conflicts: Finding[] = [];
	if (edit.sex && patient.sex && patient.sex !== edit.sex) {
		const message = `${subject}, for ${edit.sex} patients; this patient is recorded as ${patient.sex}`;
		conflicts.push(finding('warning', 'code.sex-conflict', where, message, extra));
	}
	if (edit.ageYears && patient.ageYears !== undefined) {
		const age = Math.floor(patient.ageYears);
		const { min, max } = edit.ageYears;
		if (age < min || age > max) {
			const range =
				min === max ? `age ${min}` : max >= 124 ? `ages ${min} and over` : `ages ${min}–${max}`;
			const message = `${subject}, for patients of ${range}; this patient is ${age}`;
			conflicts.push(finding('warning', 'code.age-conflict', where, message, extra));
		}
	}
	return conflicts;
}
