import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../api/src/db/seed/demo';
import { setupDemoApp } from '../../support/demo-database';
import type { TestApp } from '../../support/test-app';
import { buildClient, CHROMIUM_ARGS, chromiumPath } from './chromium';

const ROOT = path.resolve(__dirname, '../../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'tests/e2e/screenshots');

/**
 * Time a browser test or its `beforeAll` may take: a page load, a login and a few screens on a
 * 2-core machine that other work keeps busy can take a minute, several of them a few minutes, and
 * seeding the demo data of every module (once per run, `setupDemoApp`) up to several minutes.
 */
jest.setTimeout(600_000);
/** How long one step (a click, an element to show) may wait: seconds when idle, more under load. */
const STEP_TIMEOUT = 60_000;
const NAVIGATION_TIMEOUT = 60_000;

export interface BrowserTest {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /**
   * A new page at the given viewport width, logged in as a demo account unless `user` is null,
   * showing `at` (default the start page; nothing for a logged-out page).
   */
  page(user: string | null, width?: number, at?: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The run's Chromium, started once by the global setup and shared by every browser test file; a
 * file run on its own (the setup did not expect browser tests) builds the client and starts one.
 */
async function connectBrowser(): Promise<Browser> {
  const endpoint = process.env.KP_BROWSER_WS;
  if (endpoint) return chromium.connect(endpoint, { timeout: NAVIGATION_TIMEOUT });
  buildClient();
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Starts the app on demo data and connects to Chromium. Call in `beforeAll`. */
export async function startBrowserTest(): Promise<BrowserTest> {
  const browser = await connectBrowser();
  const app = await setupDemoApp();
  const baseUrl = await app.http();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const sessions = new Map<string, Promise<string>>();

  /** Logs in over HTTP once per account and file; the login form has a test of its own. */
  async function sessionCookie(user: string): Promise<string> {
    if (!sessions.has(user)) {
      sessions.set(
        user,
        fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($input: LoginInput!) { login(input: $input) { expiresAt } }',
            variables: { input: { username: user, password: DEMO_PASSWORD } },
          }),
        }).then((res) => {
          const match = /kp_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
          if (!match) throw new Error(`The demo account ${user} could not log in`);
          return match[1];
        }),
      );
    }
    return sessions.get(user)!;
  }

  return {
    app,
    baseUrl,
    browser,
    async page(user, width = 1280, at = user ? '/' : undefined) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID' });
      context.setDefaultTimeout(STEP_TIMEOUT);
      context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
      if (user) await context.addCookies([{ name: 'kp_session', value: await sessionCookie(user), url: baseUrl }]);
      const page = await context.newPage();
      if (at) await page.goto(`${baseUrl}${at}`);
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      // A shared browser is only disconnected from; one started here is closed.
      await browser.close();
      await app.close();
    },
  };
}
