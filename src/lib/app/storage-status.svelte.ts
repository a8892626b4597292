/**
 * Whether the browser promised to keep the learner's work (persistent storage) and how much
 * is used. Browsers may evict non-persistent origins under pressure; the learner should know.
 */
class StorageStatus {
	/** Undefined until checked. */
	supported = $state<boolean | undefined>();
	persisted = $state<boolean | undefined>();
	usageBytes = $state<number | undefined>();
	quotaBytes = $state<number | undefined>();

	async refresh(): Promise<void> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		this.supported = Boolean(storage?.estimate);
		if (!storage?.estimate) return;
		const [persisted, estimate] = await Promise.all([storage.persisted?.() ?? false, storage.estimate()]);
		this.persisted = persisted;
		this.usageBytes = estimate.usage;
		this.quotaBytes = estimate.quota;
	}

	/** Ask once; browsers decide silently (Chromium grants by engagement, Firefox prompts). */
	async requestPersistence(): Promise<boolean> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage?.persist) return false;
		const granted = (await storage.persisted?.()) || (await storage.persist());
		await this.refresh();
		return granted;
	}
}

export const storageStatus = new StorageStatus();

/** "1.2 MB" — the units a learner reads on a settings page. */
export function formatBytes(bytes: number | undefined): string {
	if (bytes === undefined) return 'unknown';
	const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	return unit === 0 ? `${value} ${units[0]}` : `${value.toFixed(1)} ${units[unit]}`;
}
