import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import chromiumArgs from './chromium-args.json';

const ROOT = path.resolve(__dirname, '../../..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Headless Chromium as the browser tests run it (no sandbox: CI runs as root), without the address
 * bar's suggestion popups. Headless Chromium builds every window's browser UI, and in Chromium 156
 * (Debian 12's) the address bar's two popups are web pages (chrome://omnibox-popup.top-chrome/):
 * every new page of a test, each in a window of its own, started one more renderer to hold them,
 * costing about as much CPU as the page itself and 20,000 more page faults (`npm run bench:client --
 * --page-cost` compares; README, "Two commands"). The popups are features, switched off by
 * `--disable-features`; Chromium keeps only the last such switch, so this one repeats the list
 * Playwright passes (playwright-core 1.65.1, `chromiumSwitches`), keeping Playwright's behaviour,
 * and adds the two (`tests/e2e/chromium.test.ts` checks both). `chromium-args.json` holds the
 * lists, so the benchmark starts Chromium the same way.
 */
export const CHROMIUM_ARGS = [
  ...chromiumArgs.base,
  `--disable-features=${[...chromiumArgs.playwrightDisabledFeatures, ...chromiumArgs.testsDisabledFeatures].join(',')}`,
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => p && fs.existsSync(p));
  if (!found) {
    throw new Error('Browser tests need Chromium: run `apt-get install -y chromium` or set CHROMIUM_PATH');
  }
  return found;
}

/** Builds the client when its sources are newer than the build (the tests serve `client/dist`). */
export function buildClient(): void {
  execFileSync('node', [path.join(ROOT, 'scripts/ensure-built.mjs'), 'client'], { cwd: ROOT, stdio: 'inherit' });
}
