// One clear line instead of a stack trace when the browser tests have no browser.
import { findChromium } from './chromium-path.js';

if (!findChromium()) {
	console.error(
		'Chromium is needed for the browser tests and benchmarks but was not found. Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium/Chrome binary)'
	);
	process.exit(1);
}
