/** Median and p95 (nearest rank) of timing samples in milliseconds. */
export function summarise(/** @type {number[]} */ samples, /** @type {Record<string, number|string>|undefined} */ extra) {
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
	return { median: rank(0.5), p95: rank(0.95), runs: samples.length, extra };
}

const ms = (/** @type {number} */ v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);

/**
 * @param {Array<{name: string, sizes: number[], target?: string, baseline?: string}>} scenarios
 * @param {Map<string, ReturnType<typeof summarise>>} results
 */
export function formatTable(scenarios, results, maxSize = Infinity) {
	const rows = ['| scenario | size | median | p95 | runs | vs baseline | target | notes |', '|---|---:|---:|---:|---:|---:|---|---|'];
	for (const s of scenarios) {
		for (const size of s.sizes.filter((n) => n <= maxSize)) {
			const r = results.get(`${s.name}@${size}`);
			if (!r) continue;
			const base = s.baseline ? results.get(`${s.baseline}@${size}`) : undefined;
			const ratio = base ? `${(r.median / base.median).toFixed(2)}×` : '';
			const notes = r.extra ? Object.entries(r.extra).map(([k, v]) => `${k}: ${v}`).join('; ') : '';
			rows.push(`| ${s.name} | ${size.toLocaleString('en-US')} | ${ms(r.median)} | ${ms(r.p95)} | ${r.runs} | ${ratio} | ${s.target ?? ''} | ${notes} |`);
		}
	}
	return rows.join('\n');
}
