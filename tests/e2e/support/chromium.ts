import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless Chromium as the browser tests run it (no sandbox: CI runs as root). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

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
