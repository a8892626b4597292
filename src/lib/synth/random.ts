/**
 * Seeded randomness. One small PRNG (sfc32) over a string-hashed seed, so the same scenario gives
 * the same numbers in Node and in a browser Worker: only integer ops and IEEE + - * /, never
 * Math.random, Date.now or transcendental functions (Math.log/cos may differ between engines).
 */
import { Faker, en, en_US } from '@faker-js/faker';

/** cyrb128-style hash of any parts into four 32-bit words; order and separators matter. */
export function hashSeed(...parts: readonly (string | number)[]): [number, number, number, number] {
	const text = parts.map(String).join('\u241f');
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const labelHashes = new Map<string, number>();

/** A 32-bit hash of one label, cached: forks reuse a few hundred labels millions of times. */
function labelHash(label: string | number): number {
	const text = typeof label === 'number' ? `#${label}` : label;
	let hash = labelHashes.get(text);
	if (hash === undefined) {
		hash = hashSeed(text)[0];
		if (labelHashes.size < 50_000) labelHashes.set(text, hash);
	}
	return hash;
}

/** splitmix32-style finaliser: spreads one word over all bits. */
function mix(value: number): number {
	let z = (value + 0x9e3779b9) | 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) >>> 0;
}

export class Random {
	#a: number;
	#b: number;
	#c: number;
	#d: number;

	constructor(...parts: readonly (string | number)[]) {
		[this.#a, this.#b, this.#c, this.#d] = parts.length === 0 ? [0, 0, 0, 1] : hashSeed(...parts);
		// Warm up so that similar seeds diverge.
		if (parts.length > 0) for (let i = 0; i < 12; i++) this.uint32();
	}

	/** An independent stream for one concern, so that adding draws elsewhere does not shift it. */
	fork(...label: readonly (string | number)[]): Random {
		let a = this.#a;
		let b = this.#b;
		let c = this.#c;
		let d = this.#d;
		for (const part of label) {
			const h = labelHash(part);
			a = mix(a ^ h);
			b = mix(b + a);
			c = mix(c ^ b);
			d = mix(d + c);
		}
		const child = new Random();
		child.#a = a;
		child.#b = b;
		child.#c = c;
		child.#d = d | 1;
		for (let i = 0; i < 4; i++) child.uint32();
		return child;
	}

	/** sfc32 step: a uniform 32-bit unsigned integer. */
	uint32(): number {
		const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
		this.#d = (this.#d + 1) | 0;
		this.#a = this.#b ^ (this.#b >>> 9);
		this.#b = (this.#c + (this.#c << 3)) | 0;
		this.#c = (this.#c << 21) | (this.#c >>> 11);
		this.#c = (this.#c + t) | 0;
		return t >>> 0;
	}

	/** Uniform in [0, 1). */
	next(): number {
		return this.uint32() / 4294967296;
	}


	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	uniform(min: number, max: number): number {
		return min + this.next() * (max - min);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Weighted choice; weights need not sum to 1. */
	weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
		if (items.length === 0) throw new Error('weighted pick from an empty list');
		let total = 0;
		for (const item of items) total += weightOf(item);
		let roll = this.next() * total;
		for (const item of items) {
			roll -= weightOf(item);
			if (roll < 0) return item;
		}
		return items[items.length - 1] as T;
	}

	/**
	 * Approximately standard normal: the sum of three uniforms, scaled to variance 1 (bounded at
	 * ±3). Chosen over Box–Muller because it needs no Math.log/Math.cos.
	 */
	standardNormal(): number {
		return (this.next() + this.next() + this.next() - 1.5) * 2;
	}

	/** Normal(mean, sd) clamped to [min, max] when given. */
	normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
		return clamp(mean + sd * this.standardNormal(), min, max);
	}
}

export function clamp(value: number, min: number, max: number): number {
	return value < min ? min : value > max ? max : value;
}

/** Round half away from zero to `decimals` places; stable across engines. */
export function roundTo(value: number, decimals: number): number {
	const factor = decimals === 0 ? 1 : decimals === 1 ? 10 : decimals === 2 ? 100 : 1000;
	return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/**
 * A Faker whose randomness comes from a Random, so it follows our seed. Re-point it per patient
 * with `useRandom`; building a Faker is costly, re-pointing is free.
 */
export class SeededFaker {
	readonly faker: Faker;
	#random: Random = new Random('unset');

	constructor() {
		this.faker = new Faker({
			locale: [en_US, en],
			randomizer: {
				next: () => this.#random.next(),
				seed: () => {
					throw new Error('SeededFaker: seed through useRandom()');
				}
			}
		});
	}

	useRandom(random: Random): Faker {
		this.#random = random;
		return this.faker;
	}
}
