import { dev } from '$app/environment';

/**
 * The offline copy of Chartroom is a service worker. A new version installs in the background
 * and waits: the learner is told and reloads when ready, never mid-exercise.
 */
class AppUpdate {
	ready = $state(false);
	offlineReady = $state(false);
	#waiting: ServiceWorker | undefined;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
		const watch = (worker: ServiceWorker | null) => {
			if (!worker) return;
			const settle = () => {
				if (worker.state !== 'installed') return;
				// With a controller, this is an update; without one, the first offline copy.
				if (navigator.serviceWorker.controller) {
					this.#waiting = worker;
					this.ready = true;
				} else this.offlineReady = true;
			};
			settle();
			worker.addEventListener('statechange', settle);
		};
		watch(registration.waiting);
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
		if (registration.active && !registration.waiting && !registration.installing) this.offlineReady = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#waiting) location.reload();
		});
	}

	/** The learner chose to update: the waiting worker takes over and the page reloads. */
	apply(): void {
		this.#waiting?.postMessage({ type: 'skip-waiting' });
	}
}

export const appUpdate = new AppUpdate();
