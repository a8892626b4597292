/**
 * Going ahead despite a safety alert (drug-allergy, duplicate test) needs a reason a colleague
 * reading the chart later can follow. Returns what is wrong with the reason typed, or undefined.
 */
export function checkOverrideReason(reason: string): string | undefined {
	const text = reason.trim();
	if (!text) return 'Say why it is safe to go ahead, e.g. "tolerated amoxicillin in 2023 without reaction".';
	if (text.length < 10) return 'Give a reason a colleague can follow later: at least 10 characters.';
	if (/^(ok|okay|override|n\/?a|none|yes|fine|\.+)$/i.test(text)) return `"${text}" is not a reason: say why it is safe for this patient.`;
	return undefined;
}
