/**
 * A password written into the record: any staff member's practice password standing as a word of
 * its own (case-sensitive, as passwords are), or a labelled secret ("password: …", "pw=…"). The
 * finding points at the resource and never repeats the password.
 */
import type { StaffMember } from '$lib/session/staff';
import type { PrivacyInput, WrittenText } from './privacy-input';
import { privacyFinding, type PrivacyFinding } from './privacy-finding';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A label, then "is", ":" or "=", then something: the separator is required so "pin site" stays clinical. */
const LABELLED_SECRET = /(?<![\p{L}\p{N}])(password|passwd|passcode|pwd|pw)\s*(?:\bis\b|[:=])\s*\S+/iu;

/** Where `password` stands in `text` with no letter or digit touching it on either side. */
export function containsAsWord(text: string, password: string): boolean {
	if (password === '') return false;
	for (let index = text.indexOf(password); index >= 0; index = text.indexOf(password, index + 1)) {
		const before = text[index - 1];
		const after = text[index + password.length];
		if ((before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after))) return true;
	}
	return false;
}

function judge(written: WrittenText, staff: readonly StaffMember[]): PrivacyFinding | undefined {
	const occurrence = { at: written.at, where: written.resource };
	const owner = staff.find((member) => containsAsWord(written.text, member.password));
	if (owner !== undefined) {
		return privacyFinding('password-in-record', 'known-password', { ...occurrence, evidence: [{ resource: written.resource, staff: owner.id }] });
	}
	const label = LABELLED_SECRET.exec(written.text)?.[1];
	if (label !== undefined) {
		return privacyFinding('password-in-record', 'password-like', { ...occurrence, evidence: [{ resource: written.resource, label }] });
	}
	return undefined;
}

export function checkPasswordInRecord(input: PrivacyInput): PrivacyFinding[] {
	return (input.writtenTexts ?? []).flatMap((written) => judge(written, input.staff ?? []) ?? []);
}
