import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

describe('conditions and reference records chosen from small forms', () => {
  it("the committee's minimum and age conditions each become their condition chip, and 'any' removes it", async () => {
    const page = await b.page('komite', 1280, '/komite/pencarian');
    await page.getByRole('combobox', { name: 'Sertifikat terdaftar' }).click();
    await page.getByRole('option', { name: 'Paling sedikit 2' }).click();
    await expectVisible(page.getByText('≥ 2 sertifikat'));
    await page.getByRole('combobox', { name: 'Lama di jabatan sekarang' }).click();
    await page.getByRole('option', { name: '5 tahun atau lebih' }).click();
    await expectVisible(page.getByText('≥ 5 tahun di jabatan'));
    await page.getByRole('combobox', { name: 'Bukti paling lama' }).click();
    await page.getByRole('option', { name: /12/ }).click();
    await expectVisible(page.getByText('Bukti ≤ 12 bulan'));
    await page.getByRole('combobox', { name: 'Sertifikat terdaftar' }).click();
    await page.getByRole('option', { name: 'Berapa pun' }).click();
    await page.getByText('≥ 2 sertifikat').waitFor({ state: 'detached' });
    await expectVisible(page.getByText('≥ 5 tahun di jabatan'));
    await page.context().close();
  });

  it('an administrator adds an OPD by its code and name', async () => {
    const page = await b.page('admin', 1280, '/admin/opd');
    await page.getByRole('button', { name: 'Tambah OPD' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Kode' }).fill('DISKOMINFO-UJI');
    await dialog.getByRole('textbox', { name: 'Nama' }).fill('Dinas Uji Formulir');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectVisible(page.getByText('Dinas Uji Formulir'));
    await page.context().close();
  });
});
