import { finding, type Finding } from '$lib/findings/finding';
import type { Icd10cmCatalog } from './icd10cm-catalog';
import { dotlessIcdCode, dottedIcdCode } from './icd10cm-code.js';

/** The grade of one coded encounter: points and the findings an instructor would write. */
export interface CodeComparison {
	earned: number;
	possible: number;
	findings: Finding[];
}

export interface CompareOptions {
	/** Titles for the messages ("E11 Type 2 diabetes mellitus"); codes alone without it. */
	catalog?: Icd10cmCatalog;
	/** Points for each code in the key; default 2, so a half-right code earns 1. */
	pointsPerCode?: number;
	/** Path of the learner's list in the exercise, e.g. `Claim.diagnosis`. */
	where?: string;
}

interface Pairing {
	keyIndex: number;
	learnerIndex: number;
	exact: boolean;
}

/**
 * Grades a learner's ordered diagnosis codes against the answer key. The exact code earns full
 * points; a code in the right category (same first three characters) but of the wrong specificity
 * earns half; the key's first-listed (primary) diagnosis, listed anywhere but first, earns half of
 * that.
 * Missing and extra codes are reported; extra codes cost nothing but are flagged for the learner.
 */
export function compareDiagnosisCodes(
	learnerCodes: readonly string[],
	keyCodes: readonly string[],
	options: CompareOptions = {}
): CodeComparison {
	const { catalog, pointsPerCode = 2, where = 'diagnoses' } = options;
	const learner = learnerCodes.map((code) => dotlessIcdCode(code));
	const key = keyCodes.map((code) => dotlessIcdCode(code));
	const findings: Finding[] = [];
	const describe = (code: string) => {
		const title = catalog?.find(code)?.title;
		return title ? `${dottedIcdCode(code)} (${title})` : dottedIcdCode(code);
	};

	// The same code twice counts once; the repeat is pointed out.
	const firstPlace = new Map<string, number>();
	learner.forEach((code, index) => {
		if (!firstPlace.has(code)) firstPlace.set(code, index);
		else {
			findings.push(
				finding('warning', 'code.duplicate', `${where}[${index}]`, `${dottedIcdCode(code)} is listed twice; list each code once`)
			);
		}
	});
	const usable = [...firstPlace.values()];

	const pairings: Pairing[] = [];
	const usedLearner = new Set<number>();
	const pairedKey = new Set<number>();
	// Exact matches first, so a right code is never spent on a near miss elsewhere.
	key.forEach((code, keyIndex) => {
		const learnerIndex = usable.find((index) => !usedLearner.has(index) && learner[index] === code);
		if (learnerIndex === undefined) return;
		pairings.push({ keyIndex, learnerIndex, exact: true });
		usedLearner.add(learnerIndex);
		pairedKey.add(keyIndex);
	});
	key.forEach((code, keyIndex) => {
		if (pairedKey.has(keyIndex)) return;
		const learnerIndex = usable.find(
			(index) => !usedLearner.has(index) && learner[index]!.slice(0, 3) === code.slice(0, 3)
		);
		if (learnerIndex === undefined) return;
		pairings.push({ keyIndex, learnerIndex, exact: false });
		usedLearner.add(learnerIndex);
		pairedKey.add(keyIndex);
	});

	let earned = 0;
	for (const { keyIndex, learnerIndex, exact } of pairings.sort((a, b) => a.keyIndex - b.keyIndex)) {
		const expected = key[keyIndex]!;
		const given = learner[learnerIndex]!;
		const at = `${where}[${learnerIndex}]`;
		let points = exact ? pointsPerCode : pointsPerCode / 2;
		if (exact) {
			findings.push(
				finding('info', 'code.match', at, `${describe(given)} matches the key`, {
					points: { earned: points, possible: pointsPerCode }
				})
			);
		} else {
			const category = catalog?.find(expected.slice(0, 3));
			const categoryText = category ? `${category.code} ${category.title}` : dottedIcdCode(expected.slice(0, 3));
			findings.push(
				finding(
					'warning',
					'code.wrong-specificity',
					at,
					`${dottedIcdCode(given)} is in the right category (${categoryText}) but not the code the documentation supports; check ${differingCharacters(given, expected)}`,
					{ evidence: [{ given: dottedIcdCode(given), expected: dottedIcdCode(expected) }], points: { earned: points, possible: pointsPerCode } }
				)
			);
		}
		if (keyIndex === 0 && learnerIndex !== usable[0]) {
			const lost = points / 2;
			points -= lost;
			const place = ordinalWord(usable.indexOf(learnerIndex) + 1);
			findings.push(
				finding(
					'warning',
					'code.order',
					at,
					`The first-listed (primary) diagnosis should be ${dottedIcdCode(expected)}; you listed it ${place}`,
					{
						hint: 'List first the condition chiefly responsible for the visit.',
						points: { earned: -lost, possible: 0 }
					}
				)
			);
		}
		earned += points;
	}

	key.forEach((code, keyIndex) => {
		if (pairedKey.has(keyIndex)) return;
		findings.push(
			finding('error', 'code.missing', where, `${describe(code)} is missing: the documentation supports it`, {
				points: { earned: 0, possible: pointsPerCode }
			})
		);
	});
	for (const index of usable) {
		if (usedLearner.has(index)) continue;
		findings.push(
			finding(
				'warning',
				'code.extra',
				`${where}[${index}]`,
				`${describe(learner[index]!)} is not in the key: check that the documentation supports it`
			)
		);
	}
	return { earned, possible: key.length * pointsPerCode, findings };
}

/** "the 5th character", "the 4th and 5th characters", "the 4th to 7th characters". */
function differingCharacters(given: string, expected: string): string {
	let first = 0;
	while (first < given.length && given[first] === expected[first]) first++;
	let last = Math.max(given.length, expected.length) - 1;
	while (last > first && given[last] === expected[last]) last--;
	const from = ordinalNumber(first + 1);
	if (first >= last) return `the ${from} character`;
	if (last === first + 1) return `the ${from} and ${ordinalNumber(last + 1)} characters`;
	return `the ${from} to ${ordinalNumber(last + 1)} characters`;
}

function ordinalNumber(n: number): string {
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

function ordinalWord(n: number): string {
	return ['first', 'second', 'third', 'fourth', 'fifth'][n - 1] ?? ordinalNumber(n);
}
