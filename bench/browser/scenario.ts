/** One timed thing. `prepare` is not timed; `run` is. */
export interface Scenario {
	/** Row label in the table, e.g. "db: bulk-write Patients". */
	name: string;
	sizes: number[];
	/** How many timed runs per size (≥ 5 for median and p95). */
	runs?: number;
	/** The target, in words, e.g. "≤ 1.5× baseline". */
	target?: string;
	/** Name of the scenario (same sizes) this one is compared to, measured in the same run. */
	baseline?: string;
	prepare?(size: number): Promise<void>;
	run(size: number): Promise<void | Record<string, number | string>>;
	cleanup?(size: number): Promise<void>;
}
