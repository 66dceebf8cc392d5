import type { Page } from 'playwright-core';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

/** The page's section headings (h2) from top to bottom. */
async function sections(page: Page): Promise<string[]> {
  return (await page.getByRole('heading', { level: 2 }).allTextContents()).map((s) => s.trim());
}

describe('a home page for each role', () => {
  it('a supervisor lands on their team, with their own JP second', async () => {
    const page = await b.page('pengawas');
    await expectVisible(page.getByRole('heading', { name: 'Tim saya' }));
    await expectVisible(page.getByText('Anggota'));
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    const headings = await sections(page);
    expect(headings.indexOf('Tim saya')).toBeLessThan(headings.findIndex((h) => h.startsWith('JP tahun')));
    await b.screenshot(page, 'home-supervisor');
    await page.context().close();
  });

  it('a trainer lands on their modules and learners', async () => {
    const page = await b.page('pelatih');
    await expectVisible(page.getByRole('heading', { name: 'Modul dan peserta saya' }));
    await expectVisible(page.getByRole('heading', { name: 'Peserta macet' }));
    // The shortcuts carry each module's menu label with its line, none of them a bare key.
    const shortcuts = page.getByRole('navigation', { name: 'Menu', exact: true });
    await expectVisible(shortcuts.getByText('Penilaian peserta atas modul dan pelatih'));
    await expectVisible(shortcuts.getByText('Nilai esai peserta kuis'));
    expect(await page.getByText(/^nav\./).count()).toBe(0);
    await b.screenshot(page, 'home-trainer');
    await page.context().close();
  });

  it('a committee member lands on the talent search, and keeps their own JP', async () => {
    const page = await b.page('komite');
    await expectVisible(page.getByRole('link', { name: 'Buka pencarian' }));
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await b.screenshot(page, 'home-committee');
    await page.context().close();
  });

  it("an administrator lands on the regency's JP compliance and the accounts, on a phone too", async () => {
    const page = await b.page('admin', 375);
    await expectVisible(page.getByRole('heading', { name: 'Kepatuhan JP' }));
    await expectVisible(page.getByText('PNS aktif', { exact: true }));
    await expectVisible(page.getByRole('heading', { name: 'Akun pengguna' }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'home-admin-phone');
    await page.context().close();
  });

  it("shows each page's strings in the language picked, fetched with the page", async () => {
    const page = await b.page('peserta');
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: /^JP in/ }));
    // A page first opened in English (its module's strings not yet fetched) is in English.
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expectVisible(menu.getByRole('link', { name: 'Learning claims' }));
    await menu.getByRole('link', { name: 'Module catalog' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Module catalog' }));
    // Back to Bahasa Indonesia: the strings fetched in English are there in Indonesian too.
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Katalog modul' }));
    await page.goBack();
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await page.context().close();
  });
});
