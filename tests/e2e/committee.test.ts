import { AuditEntry } from '../../api/src/modules/audit/audit-entry.entity';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow, pickOption } from './support/page-checks';

let b: BrowserTest;
// The browser tests' demo data includes the committee's (past years' learning and ratings).
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

const PURPOSE = 'Rapat Baperjakat Desember';

describe('the career committee in the browser', () => {
  it('builds a search from conditions, sees why each person is listed, and opens a history', async () => {
    const page = await b.page('komite');
    await page.getByRole('link', { name: 'Pencarian talenta' }).first().click();
    await expectVisible(page.getByRole('heading', { name: 'Pencarian talenta' }));
    await expectVisible(page.getByText('Tuliskan tujuan dan susun syarat pencarian'));

    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expectVisible(page.getByText('Tuliskan tujuan, paling sedikit 5 karakter'));

    await page.getByRole('textbox', { name: 'Tujuan pencarian' }).fill(PURPOSE);
    await pickOption(page.getByRole('combobox', { name: 'Kompetensi' }), 'Integritas', 'M.01 Integritas');
    await page.getByRole('combobox', { name: 'Level minimal' }).click();
    await page.getByRole('option', { name: 'Level 2 ke atas' }).click();
    await page.getByRole('button', { name: 'Tambah' }).click();
    await expectVisible(page.getByRole('listitem').filter({ hasText: 'M.01 Integritas ≥ 2' }));
    await page.getByLabel('Syarat JP per tahun').check();
    await expectVisible(page.getByRole('listitem').filter({ hasText: 'Target JP tercapai' }));
    await page.getByRole('button', { name: 'Cari', exact: true }).click();

    await expectVisible(page.getByRole('heading', { name: /pegawai ditemukan/ }));
    const rows = page.getByTestId('talent-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // Each row shows the deciding evidence of the condition.
    await expectVisible(rows.first().getByText(/M\.01 level [2-5]/));
    await b.screenshot(page, 'committee-talent-search');

    const name = (await rows.first().getByRole('link').textContent())!;
    await rows.first().getByRole('link').click();
    await expectVisible(page.getByRole('heading', { name }));
    await expectVisible(page.getByTestId('history-timeline'));
    expect(await page.getByTestId('history-event').count()).toBeGreaterThan(1);
    // The positions held are on the timeline, the current one since its start.
    await expectVisible(
      page
        .getByTestId('history-event')
        .filter({ hasText: 'Jabatan sekarang' })
        .filter({ hasText: /sejak \d{1,2} \w{3} \d{4}/ }),
    );
    await expectVisible(page.getByRole('table', { name: 'JP per tahun' }));
    await expectVisible(page.getByText(`tujuan: ${PURPOSE}`));
    await b.screenshot(page, 'committee-employee-history');

    const reads = await b.app.em().find(AuditEntry, { action: 'committee.history.read', purpose: PURPOSE });
    expect(reads.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const at = `/komite/pencarian?q=${encodeURIComponent(JSON.stringify({ competencies: [] }))}&tujuan=${encodeURIComponent(PURPOSE)}`;
    const page = await b.page('komite', 375, at);
    await page.getByTestId('talent-row').first().waitFor();
    expect(await overflow(page)).toBe(0);
    await b.screenshot(page, 'committee-talent-search-phone');
    await page.getByTestId('talent-row').first().click();
    await expectVisible(page.getByTestId('history-timeline'));
    expect(await overflow(page)).toBe(0);
    await b.screenshot(page, 'committee-employee-history-phone');
    await page.context().close();
  });
});
