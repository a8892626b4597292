// `node scripts/serve-build-cli.js [port]`: serve build/ quietly (for Playwright's webServer).
import { serveBuild } from './serve-build.js';

const { url } = await serveBuild({ port: Number(process.argv[2] ?? 4173) });
console.log(`Serving build/ at ${url}`);
