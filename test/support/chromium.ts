import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium package (CI installs it: .ci/run). The binary itself, not the /usr/bin wrapper
 * script; CHROMIUM_PATH points elsewhere. Elsewhere than CI the browser suites are skipped, and
 * say so, when it is missing; in CI a missing browser fails them.
 */
const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
export const chromiumPath = candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
export const runBrowserSuites = chromiumPath !== null || !!process.env.CI;

if (!runBrowserSuites) {
  console.warn('chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped');
}

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('chromium not found: install the Debian package or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // No GPU on CI machines; /dev/shm may be small in containers.
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}
