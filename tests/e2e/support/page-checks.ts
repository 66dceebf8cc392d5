import type { Locator, Page } from 'playwright-core';

/** Waits until the first element the locator finds is shown (fails on the page's timeout). */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** How many pixels the page is wider than the window: above 0, a phone must scroll sideways. */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Types into an autocomplete that searches the server and picks an option. The list is replaced
 * when the server's answer for the typed text arrives, so a click can land while it changes and
 * miss; the pick is checked in the field (it then shows the option's label) and tried again.
 */
export async function pickOption(combobox: Locator, typed: string, option: string | RegExp): Promise<void> {
  const page = combobox.page();
  for (let attempt = 1; ; attempt++) {
    await combobox.fill(typed);
    await page.getByRole('option', { name: option }).click();
    const shown = await combobox.inputValue();
    if (shown !== '' && shown !== typed) return;
    if (attempt === 3) throw new Error(`the option ${String(option)} was not chosen after typing "${typed}" (the field shows "${shown}")`);
  }
}

/**
 * Clicks `button` until `shown` appears. On a loaded machine a click can land while the page is
 * being drawn again and be lost; a person then clicks again, and so does this when, after 20 s,
 * the button is still there and not busy (each wait at most 20 s, three of them).
 */
export async function clickUntilShown(button: Locator, shown: Locator): Promise<void> {
  await button.click();
  for (let attempt = 1; ; attempt++) {
    try {
      await shown.first().waitFor({ state: 'visible', timeout: 20_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      if ((await button.isVisible()) && (await button.isEnabled())) await button.click({ timeout: 5_000 }).catch(() => undefined);
    }
  }
}
