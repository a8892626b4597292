// `npm start`: build the static site, then serve it on localhost and say where.
import { spawnSync } from 'node:child_process';
import { serveBuild } from './serve-build.js';

const port = Number(process.env.PORT ?? 4173);
console.log('Building Chartroom…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

try {
	const { url } = await serveBuild({ port });
	console.log(`\nChartroom is running at ${url}\nOpen it in your browser. Press Ctrl+C to stop.`);
} catch (error) {
	const message = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
		? `Port ${port} is busy. Stop the other server, or run: PORT=4180 npm start`
		: String(error);
	console.error(message);
	process.exit(1);
}
