import type { Claim, ClaimItem } from '@medplum/fhirtypes';
import { finding, sortFindings, type Finding } from '$lib/findings/finding';
import type { PatientFacts } from '$lib/codes/validate-code';
import { MAX_DIAGNOSES, MAX_POINTERS, pointerLetter } from './coding-worksheet';
import { hasOpenQuery, ICD10CM_SYSTEM } from './build-claim';
import { EVALUATION_AND_MANAGEMENT, findServiceCode, serviceCodeLabel, serviceSystemOf, type ServiceCode } from './service-codes';

/**
 * The claim scrubber: what a payer's front-end edits would reject, found before the claim leaves
 * the practice. Each finding names the place on the Claim (a FHIRPath) and says, in a billing
 * office's words, what is wrong and how to fix it. Errors stop submission; warnings ask for a look.
 */
export interface ScrubContext {
	/** Sex and age on the date of service, for the code's sex and age edits. */
	patient: PatientFacts;
	/**
	 * The code validator's findings for one diagnosis code (exists, billable, fits sex and age):
	 * `validateIcdCode` over the code set in use, or its answers gathered from the code-set Worker.
	 */
	checkDiagnosis: (code: string, patient: PatientFacts) => readonly Finding[];
}

/** Validator finding codes → the claim's, and whether a payer rejects for it. */
const DIAGNOSIS_EDITS: Readonly<Record<string, { code: string; severity: Finding['severity'] }>> = {
	'code.malformed': { code: 'claim.invalid-code', severity: 'error' },
	'code.unknown': { code: 'claim.invalid-code', severity: 'error' },
	'code.not-billable': { code: 'claim.not-billable', severity: 'error' },
	'code.sex-conflict': { code: 'claim.sex-conflict', severity: 'error' },
	'code.age-conflict': { code: 'claim.age-conflict', severity: 'error' }
};

/** Edits the validator marks as "check the documentation" rather than "impossible" stay warnings. */
const ADVISORY_EDITS = new Set(['perinatal']);

export function scrubClaim(claim: Claim, context: ScrubContext): Finding[] {
	return sortFindings([...diagnosisFindings(claim, context), ...lineFindings(claim), ...claimFindings(claim)]);
}

function diagnosisFindings(claim: Claim, context: ScrubContext): Finding[] {
	const diagnoses = claim.diagnosis ?? [];
	const found: Finding[] = [];
	if (diagnoses.length === 0) {
		found.push(
			finding('error', 'claim.no-primary-diagnosis', 'Claim.diagnosis', 'No diagnosis is listed: box 21 needs the primary (first-listed) diagnosis as A.', {
				hint: 'Add the diagnosis the note gives as the main reason for the visit first.'
			})
		);
	}
	if (diagnoses.length > MAX_DIAGNOSES) {
		found.push(finding('error', 'claim.too-many-diagnoses', 'Claim.diagnosis', `${diagnoses.length} diagnoses are listed; a CMS-1500 holds ${MAX_DIAGNOSES} (A–L).`));
	}
	const seen = new Map<string, number>();
	diagnoses.forEach((diagnosis, index) => {
		const where = `Claim.diagnosis[${index}]`;
		const letter = pointerLetter(index);
		const code = diagnosis.diagnosisCodeableConcept?.coding?.find((c) => c.system === ICD10CM_SYSTEM)?.code;
		if (!code) {
			found.push(finding('error', 'claim.invalid-code', where, `Diagnosis ${letter} has no ICD-10-CM code.`));
			return;
		}
		const earlier = seen.get(code);
		if (earlier !== undefined) {
			found.push(
				finding('error', 'claim.duplicate-diagnosis', where, `Diagnosis ${letter} repeats diagnosis ${pointerLetter(earlier)} (${code}).`, {
					hint: 'List each code once and point every service to it.'
				})
			);
			return;
		}
		seen.set(code, index);
		if (index === 0 && /^[V-Y]/i.test(code)) {
			found.push(
				finding('error', 'claim.external-cause-first', where, `${code} is an external cause code: it can never be the first-listed diagnosis.`, {
					hint: 'List the injury or condition first and the external cause after it (ICD-10-CM Official Guidelines FY2022, section I.C.20).'
				})
			);
		}
		for (const checked of context.checkDiagnosis(code, context.patient)) {
			const edit = DIAGNOSIS_EDITS[checked.code];
			if (!edit) continue;
			const editId = (checked.evidence?.[0] as { edit?: string } | undefined)?.edit;
			const severity = editId && ADVISORY_EDITS.has(editId) ? 'warning' : edit.severity;
			found.push(finding(severity, edit.code, where, `Diagnosis ${letter}: ${checked.message}.`, checked.hint ? { hint: checked.hint } : {}));
		}
	});
	return found;
}

function lineCode(item: ClaimItem): { label: string; code?: ServiceCode; raw: string } {
	const coding = item.productOrService.coding?.[0];
	const system = serviceSystemOf(coding?.system);
	const raw = `${coding?.system ?? ''}|${coding?.code ?? ''}`;
	if (!system || !coding?.code) return { label: coding?.code ?? 'a service', raw };
	return { label: serviceCodeLabel({ system, code: coding.code }), code: findServiceCode(system, coding.code), raw };
}

function lineFindings(claim: Claim): Finding[] {
	const items = claim.item ?? [];
	const sequences = new Set((claim.diagnosis ?? []).map((d) => d.sequence));
	const found: Finding[] = [];
	if (items.length === 0) {
		found.push(
			finding('error', 'claim.no-service-lines', 'Claim.item', 'No service lines: the claim bills nothing.', {
				hint: 'Add the visit (E/M level) and any vaccine, injection or supply the note documents.'
			})
		);
	}
	const firstOf = new Map<string, number>();
	const emByDate = new Map<string, number[]>();
	items.forEach((item, index) => {
		const where = `Claim.item[${index}]`;
		const line = `Line ${index + 1}`;
		const { label, code, raw } = lineCode(item);
		const pointers = item.diagnosisSequence ?? [];
		if (pointers.length === 0) {
			found.push(
				finding('error', 'claim.missing-pointer', `${where}.diagnosisSequence`, `${line} (${label}) has no diagnosis pointer: a payer cannot tell why the service was given.`, {
					hint: 'Type the letter of the diagnosis this service treats (box 24E), e.g. A.'
				})
			);
		} else if (pointers.length > MAX_POINTERS) {
			found.push(finding('error', 'claim.too-many-pointers', `${where}.diagnosisSequence`, `${line} (${label}) points to ${pointers.length} diagnoses; box 24E holds ${MAX_POINTERS}.`));
		}
		for (const sequence of pointers) {
			if (!sequences.has(sequence)) {
				found.push(finding('error', 'claim.pointer-unknown', `${where}.diagnosisSequence`, `${line} (${label}) points to diagnosis ${pointerLetter(sequence - 1)}, which is not listed.`));
			}
		}
		if (!item.net) {
			found.push(
				finding('error', 'claim.no-charge', `${where}.net`, `${line} (${label}) has no charge: the code is not on the practice's fee schedule.`, {
					hint: 'Check the code; a service the practice does not price cannot be billed from here.'
				})
			);
		}
		const key = `${raw}|${item.servicedDate ?? ''}`;
		const earlier = firstOf.get(key);
		if (earlier !== undefined) {
			found.push(
				finding('error', 'claim.duplicate-line', where, `${line} repeats line ${earlier + 1} (${label} on the same date): a payer denies the second as a duplicate.`, {
					hint: 'Remove the repeated line; when the service was given more than once, bill one line with more units.'
				})
			);
		} else firstOf.set(key, index);
		if (code && EVALUATION_AND_MANAGEMENT.includes(code.group)) {
			const date = item.servicedDate ?? '';
			emByDate.set(date, [...(emByDate.get(date) ?? []), index]);
		}
	});
	for (const indexes of emByDate.values()) {
		if (indexes.length < 2) continue;
		const lines = indexes.map((i) => i + 1).join(' and ');
		found.push(
			finding('warning', 'claim.multiple-em', `Claim.item[${indexes[1]}]`, `Lines ${lines} bill two E/M visits on one day: a payer pays one.`, {
				hint: 'Bill the level the note supports once; a separate problem visit on the day of a preventive visit needs modifier 25, which this screen does not add.'
			})
		);
	}
	found.push(...vaccinePairing(items));
	return found;
}

/** A vaccine is billed as the product and its administration: one without the other is a question. */
function vaccinePairing(items: readonly ClaimItem[]): Finding[] {
	const groups = items.map((item) => lineCode(item).code?.group);
	const products = groups.flatMap((g, i) => (g === 'vaccine-product' ? [i] : []));
	const administrations = groups.flatMap((g, i) => (g === 'vaccine-administration' ? [i] : []));
	if (products.length > 0 && administrations.length === 0) {
		return [
			finding('warning', 'claim.vaccine-without-administration', `Claim.item[${products[0]}]`, `Line ${products[0]! + 1} bills a vaccine but no line bills giving it.`, {
				hint: 'Add the vaccine administration code for each vaccine the note says was given.'
			})
		];
	}
	if (administrations.length > 0 && products.length === 0) {
		return [
			finding('warning', 'claim.administration-without-vaccine', `Claim.item[${administrations[0]}]`, `Line ${administrations[0]! + 1} bills giving a vaccine but no line says which vaccine.`, {
				hint: 'Add the vaccine given (its CVX code) from the note.'
			})
		];
	}
	return [];
}

function claimFindings(claim: Claim): Finding[] {
	const found: Finding[] = [];
	if ((claim.insurance ?? []).length === 0) {
		found.push(
			finding('error', 'claim.no-coverage', 'Claim.insurance', 'No insurance is on the claim: there is no payer to send it to.', {
				hint: "Ask the front desk to record the patient's coverage for the date of service."
			})
		);
	}
	if (hasOpenQuery(claim)) {
		found.push(
			finding('error', 'claim.open-query', 'Claim.extension', 'A query to the provider is still open: the claim waits for the answer.', {
				hint: "Record the provider's answer, correct the codes if it changes them, then submit."
			})
		);
	}
	return found;
}
