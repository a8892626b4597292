import { expect, test } from 'vitest';
import { checkOverrideReason } from './alert-override';

test('an override needs a reason a colleague can follow', () => {
	expect(checkOverrideReason('  ')).toBe('Say why it is safe to go ahead, e.g. "tolerated amoxicillin in 2023 without reaction".');
	expect(checkOverrideReason('fine')).toBe('Give a reason a colleague can follow later: at least 10 characters.');
	expect(checkOverrideReason('..........')).toBe('".........." is not a reason: say why it is safe for this patient.');
	expect(checkOverrideReason('Rash in childhood was viral; tolerated amoxicillin 2023')).toBeUndefined();
});
