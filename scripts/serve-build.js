// Serve the built static site the way a static host does: files as they are, `200.html` for
// any other path (the SPA fallback), nothing else. Used by `npm start`, browser tests and bench.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

/**
 * @param {{ dir?: string, port?: number, host?: string, fallback?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveBuild({ dir = 'build', port = 4173, host = '127.0.0.1', fallback = '200.html' } = {}) {
	if (!existsSync(`${dir}/${fallback}`)) throw new Error(`No built site in ${dir}/: run \`npm run build\` first.`);
	const assets = sirv(dir, { single: fallback, etag: true, dev: false });
	const server = createServer((req, res) => assets(req, res));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			resolve({
				url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
