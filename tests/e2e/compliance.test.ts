import { User } from '../../api/src/modules/identity/user.entity';
import { seriousViolations } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

const DISKOMINFO = 'Dinas Komunikasi dan Informatika';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

describe('OPD compliance in the browser', () => {
  it('an administrator sees every OPD in a chart and a table, downloads the XLSX, and opens an OPD to its people at risk', async () => {
    const page = await b.page('admin', 1280, '/kepatuhan');
    await expectVisible(page.getByRole('heading', { name: 'Kepatuhan JP OPD', level: 1 }));
    await expectVisible(
      page
        .getByRole('img', { name: /Diagram batang capaian PNS per OPD/ })
        .locator('svg')
        .first(),
    );
    const table = page.getByRole('region', { name: 'Rincian per OPD' });
    expect(await table.getByRole('row').count()).toBeGreaterThan(40);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'compliance-admin');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kepatuhan-jp-\d{4}\.xlsx$/);

    await table.getByRole('link', { name: DISKOMINFO }).click();
    await expectVisible(page.getByRole('heading', { name: DISKOMINFO, level: 1 }));
    await expectVisible(page.getByRole('heading', { name: /^Pegawai berisiko \(\d+\)$/ }));
    // The switch follows the URL, which changes just after the click: click, then wait for the list.
    await page.getByLabel('Tampilkan semua').click();
    await expectVisible(page.getByRole('heading', { name: /^Semua pegawai \(\d+\)$/ }));
    await expectVisible(page.getByRole('link', { name: 'Dewi Lestari' }));
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'compliance-opd');
    await page.context().close();
  });

  it("a supervisor sees only the OPDs they supervise, on a phone, and the OPD's people with what their gap recommends", async () => {
    const page = await b.page('pengawas', 375, '/kepatuhan');
    const table = page.getByRole('region', { name: 'Rincian per OPD' });
    await expectVisible(table.getByRole('link', { name: DISKOMINFO }));
    const pengawas = await b.app.em().findOneOrFail(User, { username: 'pengawas' }, { populate: ['supervisedOpds'] });
    // The header row and one row per supervised OPD.
    expect(await table.getByRole('row').count()).toBe(pengawas.supervisedOpds.length + 1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'compliance-supervisor-phone');
    await table.getByRole('link', { name: DISKOMINFO }).click();
    await page.getByLabel('Tampilkan semua').click();
    await expectVisible(page.getByRole('heading', { name: /^Semua pegawai \(\d+\)$/ }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'compliance-opd-phone');
    await page.context().close();
  });

  it("an administrator's home shows the regency's compliance, on a phone too", async () => {
    const page = await b.page('admin', 375);
    await expectVisible(page.getByRole('heading', { name: 'Kepatuhan JP' }));
    await expectVisible(page.getByRole('link', { name: 'Buka dasbor kepatuhan' }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'home-admin-compliance-phone');
    await page.context().close();
  });
});
