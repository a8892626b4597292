import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { ChartroomDatabase } from './database';

const name = `chartroom-durability-${Math.random().toString(36).slice(2)}`;
afterEach(() => Dexie.delete(name));

/** The durability IndexedDB was asked for, read from inside the transaction. */
function durabilityOf(db: ChartroomDatabase, mode: 'r' | 'rw', tables: string[]): Promise<IDBTransactionDurability> {
	return db.transaction(mode, tables, () => Dexie.currentTransaction.idbtrans.durability);
}

test('a write that stores an attempt or a flag is strict; drafts and records keep the default', async () => {
	const db = new ChartroomDatabase(name);
	await db.open();
	expect(await durabilityOf(db, 'rw', ['attempts', 'drafts'])).toBe('strict');
	expect(await durabilityOf(db, 'rw', ['flags'])).toBe('strict');
	expect(await durabilityOf(db, 'rw', ['drafts'])).toBe('default');
	expect(await durabilityOf(db, 'rw', ['Patient', 'audit'])).toBe('default');
	expect(await durabilityOf(db, 'r', ['attempts'])).toBe('default');
	db.close();
});
