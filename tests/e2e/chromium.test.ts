import fs from 'node:fs';
import { chromium } from 'playwright-core';
import chromiumArgs from './support/chromium-args.json';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

/**
 * The switches the browser tests start Chromium with (`support/chromium.ts`): the address bar's
 * popups stay off, and Playwright's own feature switches, which the tests' `--disable-features`
 * replaces, are all repeated in it.
 */
jest.setTimeout(120_000);

/** Starts Chromium with `args`; returns its command line and the addresses of its pages once one page is open. */
async function startedWith(args: string[]): Promise<{ commandLine: string[]; targets: string[] }> {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args });
  try {
    const commandLine = fs.readFileSync(`/proc/${server.process().pid}/cmdline`, 'utf8').split('\0');
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await (await browser.newContext()).newPage();
    await page.goto('data:text/html,<h1>Komunitas Pintar</h1>');
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await browser.close();
    return { commandLine, targets: targetInfos.map((t) => t.url) };
  } finally {
    await server.close();
  }
}

/** The features a command line switches off: Chromium reads only the last `--disable-features`. */
const disabledFeatures = (commandLine: string[]) =>
  (commandLine.filter((arg) => arg.startsWith('--disable-features=')).pop() ?? '=').split('=')[1].split(',').sort();

const isPopup = (url: string) => url.startsWith('chrome://omnibox-popup');

describe('Chromium of the browser tests', () => {
  /** Chromium as it comes, and as the tests start it: each started once for both tests. */
  let plain: Awaited<ReturnType<typeof startedWith>>;
  let tests: Awaited<ReturnType<typeof startedWith>>;
  beforeAll(async () => {
    plain = await startedWith(chromiumArgs.base);
    tests = await startedWith(CHROMIUM_ARGS);
  });

  it('repeats the features Playwright switches off, as this version of Playwright passes them', () => {
    expect(disabledFeatures(plain.commandLine)).toEqual([...chromiumArgs.playwrightDisabledFeatures].sort());
  });

  it('opens no address-bar popup pages beside a page, where Chromium as it comes opens them', () => {
    expect(plain.targets.filter(isPopup).length).toBeGreaterThan(0);
    expect(tests.targets.filter(isPopup)).toEqual([]);
    expect(tests.targets).toContain('data:text/html,<h1>Komunitas Pintar</h1>');
    expect(disabledFeatures(tests.commandLine)).toEqual(
      [...chromiumArgs.playwrightDisabledFeatures, ...chromiumArgs.testsDisabledFeatures].sort(),
    );
  });
});
