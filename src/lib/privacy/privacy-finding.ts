/**
 * A privacy flag: a Finding that also says when it happened, which regulation it rests on and why
 * it matters. Built from `RULE_TEXTS`, so wording changes in one data file.
 */
import type { Finding } from '$lib/findings/finding';
import { sectionTitle } from '$lib/session/record-sections';
import type { Instant } from '$lib/session/instant';
import { RULE_TEXTS, TEXT_VALUES, type PrivacyRule, type RuleVariant, type VariantText } from './rule-texts';

export interface PrivacyFinding extends Finding {
	/** When the conduct happened: findings are read as a timeline. */
	at: Instant;
	regulation: string;
	why: string;
}

export type TextValues = Partial<Record<(typeof TEXT_VALUES)[number], string>>;

/** Fill `{name}` marks; a mark without a value is a bug in a rule or a text, so it throws. */
export function fillText(template: string, values: TextValues): string {
	return template.replace(/\{(\w+)\}/g, (_mark, name: string) => {
		const value = (values as Record<string, string | undefined>)[name];
		if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
		return value;
	});
}

/** "notes", "notes and laboratory results", "problems, notes and laboratory results". */
export function describeSections(sections: readonly string[]): string {
	const words = sections.map((section) => sectionTitle(section).toLowerCase());
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function privacyFinding<R extends PrivacyRule>(
	rule: R,
	variant: RuleVariant<R>,
	occurrence: { at: Instant; where: string; evidence: unknown[]; values?: TextValues }
): PrivacyFinding {
	const texts = RULE_TEXTS[rule];
	const text = (texts.variants as Readonly<Record<string, VariantText>>)[variant];
	if (text === undefined) throw new Error(`No text for privacy.${rule} variant "${variant}"`);
	const values = occurrence.values ?? {};
	return {
		severity: text.severity,
		code: `privacy.${rule}`,
		where: occurrence.where,
		message: fillText(text.message, values),
		hint: fillText(text.hint, values),
		evidence: occurrence.evidence,
		at: occurrence.at,
		regulation: texts.regulation,
		why: texts.why
	};
}
