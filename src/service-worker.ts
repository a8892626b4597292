/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

// Cast rather than referencing the webworker lib, whose types clash with the DOM's.
const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `chartroom-${version}`;

// Static hosts 404 dotfiles, and one failed request makes cache.addAll fail whole.
const PRECACHE = [...build, ...files.filter((f) => !f.split('/').some((part) => part.startsWith('.'))), ...prerendered, '/200.html'];
const PRECACHED = new Set(PRECACHE);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			await Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)));
			// Take the open pages now: on a first visit there is nothing to replace, and on an update
			// the learner has asked for it (skip-waiting), so the page reloads into the new version.
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (PRECACHED.has(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			try {
				return await fetch(request);
			} catch (error) {
				// Offline: any page of the app comes from the SPA fallback, which routes on the client.
				if (request.mode === 'navigate') {
					const page = (await cache.match(url.pathname)) ?? (await cache.match('/200.html'));
					if (page) return page;
				}
				throw error;
			}
		})()
	);
});
