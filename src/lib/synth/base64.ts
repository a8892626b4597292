/**
 * Base64 of UTF-8 text, the same in Node and a browser Worker: TextEncoder/TextDecoder (standard
 * in both) for the bytes, our own table for the encoding; no btoa (Latin-1 only) and no Buffer.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='
const utf8 = new TextEncoder();
const latin1 = new TextDecoder('latin1');

export function encodeBase64Utf8(text: string): string {
	const bytes = utf8.encode(text);
	const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
	let i = 0;
	let o = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
		out[o++] = CODES[n >> 18] as number;
		out[o++] = CODES[(n >> 12) & 63] as number;
		out[o++] = CODES[(n >> 6) & 63] as number;
		out[o++] = CODES[n & 63] as number;
	}
	const rest = bytes.length - i;
	if (rest > 0) {
		const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
		out[o++] = CODES[n >> 18] as number;
		out[o++] = CODES[(n >> 12) & 63] as number;
		out[o++] = rest === 2 ? (CODES[(n >> 6) & 63] as number) : PAD;
		out[o++] = PAD;
	}
	// Every byte is ASCII, so Latin-1 decoding is exact.
	return latin1.decode(out.subarray(0, o));
}
