import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { systemClock } from '../../../api/src/common/dates';
import { seedDemo, DEMO_PASSWORD } from '../../../api/src/db/seed/demo';
import { setupTestApp, type TestApp } from '../../support/test-app';

const ROOT = path.resolve(__dirname, '../../..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const SCREENSHOT_DIR = path.join(ROOT, 'tests/e2e/screenshots');

function chromiumPath(): string {
  const found = CANDIDATES.find((p) => p && fs.existsSync(p));
  if (!found) {
    throw new Error('Browser tests need Chromium: run `apt-get install -y chromium` or set CHROMIUM_PATH');
  }
  return found;
}

export interface BrowserTest {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A new page at the given viewport width, logged in as a demo account unless `user` is null. */
  page(user: string | null, width?: number): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the client when its sources changed. Browser test files run in parallel workers: a lock
 * folder lets one build while the others wait, so none serves a half-written client/dist.
 */
async function buildClientOnce(): Promise<void> {
  const lock = path.join(ROOT, 'client/.build-lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const stale = fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 5 * 60_000;
      if (stale) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    execFileSync('node', [path.join(ROOT, 'scripts/ensure-built.mjs'), 'client'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the client if needed, starts the app on demo data and launches Chromium. */
export async function startBrowserTest(): Promise<BrowserTest> {
  await buildClientOnce();
  const app = await setupTestApp();
  await seedDemo(app.em(), app.config.seedsDir, systemClock(app.config.timeZone));
  const baseUrl = await app.http();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    app,
    baseUrl,
    browser,
    async page(user, width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID' });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      if (user) {
        await page.goto(`${baseUrl}/login`);
        await page.getByLabel('Nama pengguna atau NIP').fill(user);
        await page.getByLabel('Kata sandi').first().fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Masuk' }).click();
        await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      }
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
