// Builds the benchmark page: the browser-side scenarios, bundled with the real app modules
// they measure, kept out of the product build.
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./browser', import.meta.url));

export default defineConfig({
	root,
	base: './',
	logLevel: 'warn',
	// Scenarios that time rendering mount the app's own components.
	plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	worker: { format: 'es' },
	build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, target: 'es2022' }
});
