import type { Scenario } from './scenario';

// Each file in scenarios/ exports its scenarios as default; later issues add files.
const modules = import.meta.glob<{ default: Scenario[] }>('./scenarios/*.ts', { eager: true });
const scenarios = new Map<string, Scenario>();
for (const module of Object.values(modules)) for (const s of module.default) scenarios.set(s.name, s);

declare global {
	interface Window {
		chartroomBench: {
			list(): Array<Omit<Scenario, 'prepare' | 'run' | 'cleanup'>>;
			measure(name: string, size: number): Promise<{ ms: number; extra?: Record<string, number | string> }>;
		};
	}
}

window.chartroomBench = {
	list: () => [...scenarios.values()].map(({ name, sizes, runs, target, baseline }) => ({ name, sizes, runs, target, baseline })),
	async measure(name, size) {
		const scenario = scenarios.get(name);
		if (!scenario) throw new Error(`No scenario "${name}"`);
		await scenario.prepare?.(size);
		const start = performance.now();
		const extra = await scenario.run(size);
		const ms = performance.now() - start;
		await scenario.cleanup?.(size);
		return { ms, extra: extra ?? undefined };
	}
};
document.documentElement.dataset.ready = 'true';
