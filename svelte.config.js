import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { lessonPreprocess } from './scripts/lesson-preprocess.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), lessonPreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// mdsvex 0.12 writes front matter into `<script context="module">`; that one warning is its, not ours.
		warningFilter: (warning) => warning.code !== 'script_context_deprecated'
	},
	kit: {
		adapter: adapter({ fallback: '200.html' }),
		// Chartroom never talks to another origin: scripts and everything else come from the site itself.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		serviceWorker: { register: false }
	}
};

export default config;
