/**
 * Text folding for searches: "José Ñúñez" and "jose nunez" must find the same patient,
 * because learners type what they hear at the front desk.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The separate words of a name or query, folded. */
export function searchTokens(text: string): string[] {
	const folded = foldText(text);
	return folded ? folded.split(' ') : [];
}

/** Digits only: "(555) 010-2233" and "555.010.2233" are one phone number. */
export function phoneDigits(text: string): string {
	return text.replace(/\D+/g, '');
}
