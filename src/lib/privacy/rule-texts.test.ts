import { expect, test } from 'vitest';
import { PRIVACY_RULE_IDS, RULE_TEXTS, TEXT_VALUES, type RuleText } from './rule-texts';

/** One pass over every text, listing every problem at once. */
test('every rule cites its regulation, says why, and asks only for known values', () => {
	const problems: string[] = [];
	for (const rule of PRIVACY_RULE_IDS) {
		const texts: RuleText = RULE_TEXTS[rule];
		if (!/45 CFR|NPSG/.test(texts.regulation)) problems.push(`${rule}: regulation cites no rule`);
		if (texts.why.length < 40) problems.push(`${rule}: why is too short to explain anything`);
		for (const [variant, text] of Object.entries(texts.variants)) {
			for (const [, name] of `${text.message} ${text.hint}`.matchAll(/\{(\w+)\}/g)) {
				if (!(TEXT_VALUES as readonly string[]).includes(name ?? '')) problems.push(`${rule}.${variant}: unknown value {${name}}`);
			}
			if (!text.message.endsWith('.') || !text.hint.endsWith('.')) problems.push(`${rule}.${variant}: not a sentence`);
		}
	}
	expect(problems).toEqual([]);
});

test('the nine rules', () => {
	expect(PRIVACY_RULE_IDS).toEqual([
		'unlocked-workstation',
		'snooping',
		'minimum-necessary',
		'wrong-patient',
		'excessive-disclosure',
		'disclosure-without-authorization',
		'credential-sharing',
		'password-in-record',
		'break-the-glass-review'
	]);
});
