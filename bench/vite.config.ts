// Builds the benchmark page: the browser-side scenarios, bundled with the real app modules
// they measure, kept out of the product build.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./browser', import.meta.url));

export default defineConfig({
	root,
	base: './',
	logLevel: 'warn',
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	worker: { format: 'es' },
	build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, target: 'es2022' }
});
