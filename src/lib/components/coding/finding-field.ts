/**
 * The field of the coding screen where a claim finding is fixed, from the finding's place on the
 * Claim: a line without a pointer goes to that line's pointer field, a header code to its Remove
 * button. Undefined when no field fixes it (no coverage: that is the front desk's to fix).
 */
const FIELDS: readonly [RegExp, (index: string) => string][] = [
	[/^Claim\.item\[(\d+)\]\.diagnosisSequence$/, (i) => `line-${i}-pointers`],
	[/^Claim\.item\[(\d+)\]\.net$/, (i) => `line-${i}-remove`],
	[/^Claim\.item\[(\d+)\]$/, (i) => `line-${i}-remove`],
	[/^Claim\.diagnosis\[(\d+)\]$/, (i) => `dx-${i}-remove`]
];

const WHOLE: Readonly<Record<string, string>> = {
	'Claim.diagnosis': 'dx-picker',
	'Claim.item': 'service-code',
	'Claim.extension': 'query-answer'
};

export function fieldOfFinding(where: string): string | undefined {
	if (Object.hasOwn(WHOLE, where)) return WHOLE[where];
	for (const [pattern, field] of FIELDS) {
		const match = pattern.exec(where);
		if (match) return field(match[1]!);
	}
	return undefined;
}
