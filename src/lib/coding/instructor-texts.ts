import type { ChartroomDatabase } from '$lib/db/database';
import { CPT_NUMBERS } from './data/cpt-numbers';
import type { InstructorServiceTexts } from './service-codes';

/**
 * The instructor's own wording for the CPT numbers the coding screen offers (CPT descriptors are
 * the AMA's and are not shipped). Kept in this browser's settings; read as untrusted input.
 */
export const CPT_TEXTS_SETTING = 'coding.cpt-texts';
export const MAX_CPT_TEXT_LENGTH = 160;

const KNOWN = new Set(Object.values(CPT_NUMBERS).flat());

/** Only known CPT numbers with non-blank text, trimmed and cut to length; anything else dropped. */
export function readInstructorTexts(value: unknown): InstructorServiceTexts {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	const texts: Record<string, string> = {};
	for (const [code, text] of Object.entries(value as Record<string, unknown>)) {
		if (!KNOWN.has(code) || typeof text !== 'string') continue;
		const trimmed = text.trim().slice(0, MAX_CPT_TEXT_LENGTH);
		if (trimmed) texts[code] = trimmed;
	}
	return texts;
}

export async function loadInstructorTexts(db: ChartroomDatabase): Promise<InstructorServiceTexts> {
	return readInstructorTexts((await db.settings.get(CPT_TEXTS_SETTING))?.value);
}

export async function saveInstructorTexts(db: ChartroomDatabase, texts: Record<string, string>): Promise<InstructorServiceTexts> {
	const clean = readInstructorTexts(texts);
	await db.settings.put({ key: CPT_TEXTS_SETTING, value: clean });
	return clean;
}
