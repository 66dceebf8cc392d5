import type { Locator, Page } from 'playwright-core';

/** Waits until the first element the locator finds is shown (fails on the page's timeout). */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** How many pixels the page is wider than the window: above 0, a phone must scroll sideways. */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
