import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { ChartroomDatabase } from '$lib/db/database';
import { loadInstructorTexts, MAX_CPT_TEXT_LENGTH, readInstructorTexts, saveInstructorTexts } from './instructor-texts';

test('keeps only known CPT numbers with text, trimmed and cut to length', () => {
	const long = 'x'.repeat(MAX_CPT_TEXT_LENGTH + 40);
	expect(
		readInstructorTexts({ '99213': '  Established, low complexity ', '99214': '   ', '12345': 'not offered', '99215': long, '99212': 7, __proto__: { '99211': 'inherited' } })
	).toEqual({ '99213': 'Established, low complexity', '99215': 'x'.repeat(MAX_CPT_TEXT_LENGTH) });
});

test('anything but an object reads as no texts', () => {
	for (const value of [undefined, null, 'text', ['99213'], 5]) expect(readInstructorTexts(value)).toEqual({});
});

test('saved texts are read back, cleaned', async () => {
	const db = new ChartroomDatabase(`instructor-texts-${Math.random()}`);
	expect(await loadInstructorTexts(db)).toEqual({});
	await saveInstructorTexts(db, { '90471': ' First vaccine given ', '00000': 'x' });
	expect(await loadInstructorTexts(db)).toEqual({ '90471': 'First vaccine given' });
	db.close();
	await Dexie.delete(db.name);
});
