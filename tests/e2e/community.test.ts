import { startBrowserTest, type BrowserTest } from './support/browser';
import { clickUntilShown, expectVisible, overflow } from './support/page-checks';
import { expectAccessible } from './support/accessibility';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

describe('smart community groups in the browser', () => {
  it('a learner on a phone finds an open group and applies; the trainer sees the application', async () => {
    const page = await b.page('peserta', 375, '/kelompok');
    await expectVisible(page.getByRole('heading', { name: 'Kelompok pintar' }));
    await expectVisible(page.getByTestId('group-card').filter({ hasText: 'Komunitas Analisis Data Layanan Publik' }));
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page);
    await b.screenshot(page, 'community-catalog-phone');
    await page.getByRole('link', { name: /Kelompok Pelayanan Prima Kecamatan/ }).click();
    await expectVisible(page.getByRole('heading', { name: 'Kelompok Pelayanan Prima Kecamatan' }));
    await clickUntilShown(page.getByRole('button', { name: 'Ajukan diri' }), page.getByText('Status Anda: Mengajukan'));
    expect(await page.getByRole('button', { name: 'Ajukan diri' }).count()).toBe(0);
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page);
    await b.screenshot(page, 'community-group-phone');
    await page.context().close();
  });

  it('an administrator returns a proposal with a reason, which the page then shows', async () => {
    const page = await b.page('admin', 1280, '/kelompok?tab=toDecide');
    await page.getByRole('link', { name: /Kelompok Bahasa Inggris Perkantoran/ }).click();
    await expectVisible(page.getByText('Diusulkan', { exact: true }));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Kembalikan' }).click();
    await page.getByRole('textbox', { name: 'Alasan' }).fill('Rincian biaya cost-sharing belum dilampirkan.');
    await page.getByRole('dialog').getByRole('button', { name: 'Kembalikan' }).click();
    await expectVisible(page.getByText('Rincian biaya cost-sharing belum dilampirkan.').first());
    await expectVisible(page.getByText('Draf', { exact: true }));
    await b.screenshot(page, 'community-returned');
    await page.context().close();
  });

  it('a trainer sees the groups she leads with their roster, and the proposal form with funding', async () => {
    const page = await b.page('pelatih', 1280, '/kelompok?tab=mine');
    await page.getByRole('link', { name: /Komunitas Analisis Data Layanan Publik/ }).click();
    await expectVisible(page.getByRole('heading', { name: 'Anggota' }));
    await expectVisible(page.getByText('Dewi Lestari, S.Kom.'));
    await expectAccessible(page);
    await b.screenshot(page, 'community-trainer-group');
    await page.goto(`${b.baseUrl}/kelompok`);
    await page.getByRole('button', { name: 'Usulkan kelompok' }).click();
    await page.getByRole('combobox', { name: 'Pendanaan' }).click();
    await page.getByRole('option', { name: 'APBD' }).click();
    await expectVisible(page.getByRole('textbox', { name: 'Kode rekening / DPA' }));
    await expectAccessible(page);
    await b.screenshot(page, 'community-proposal-form');
    await page.context().close();
  });
});
