import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

describe('accounts in the browser', () => {
  it('an administrator grants a role with a reason, and a generated first password leads to a forced change at first login', async () => {
    const page = await b.page('admin', 1280, '/admin/akun');
    await expectVisible(page.getByRole('heading', { name: 'Akun pengguna' }));
    await page.getByRole('searchbox', { name: 'Cari nama, nama pengguna atau NIP' }).fill('Dewi Lestari');
    await page.getByRole('link', { name: 'Dewi Lestari, S.Kom.' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Dewi Lestari, S.Kom.' }));
    await expectVisible(page.getByText('Peserta karena tertaut ke data pegawai: punya target JP sendiri'));

    await page.getByRole('button', { name: 'Beri peran' }).click();
    const grant = page.getByRole('dialog');
    await grant.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Pelatih' }).click();
    await expect(grant.getByRole('button', { name: 'Beri peran' }).isDisabled()).resolves.toBe(true);
    await grant.getByLabel('Alasan').fill('SK Kepala BKD 800/31/2026');
    await grant.getByRole('button', { name: 'Beri peran' }).click();
    await grant.waitFor({ state: 'hidden' });
    await expectVisible(page.getByRole('button', { name: 'Cabut peran Pelatih' }));

    await page.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    const shown = page.getByTestId('generated-password');
    await expectVisible(shown);
    const password = (await shown.textContent())!.trim();
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    await b.screenshot(page, 'admin-account-generated-password');
    await page.getByRole('button', { name: 'Tutup' }).click();
    await expectVisible(page.getByText('Wajib ganti kata sandi'));
    await b.screenshot(page, 'admin-account-panel');
    await page.context().close();

    const first = await b.page(null, 375, '/login');
    await first.getByLabel('Nama pengguna atau NIP').fill('199203152019032001');
    await first.getByLabel('Kata sandi').first().fill(password);
    await first.getByRole('button', { name: 'Masuk' }).click();
    await expectVisible(first.getByRole('heading', { name: 'Ganti kata sandi Anda' }));
    await b.screenshot(first, 'forced-password-change-phone');
    await first.getByLabel('Kata sandi saat ini').fill(password);
    await first.getByLabel(/^Kata sandi baru/).fill('sandi-baru-dewi-2026');
    await first.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-dewi-2026');
    await first.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expectVisible(first.getByRole('heading', { name: /Selamat datang, Dewi Lestari/ }));
    await first.context().close();
  });

  it('lists accounts on a phone without sideways scrolling, filtered by role', async () => {
    const page = await b.page('admin', 375, '/admin/akun?peran=SUPERVISOR');
    await expectVisible(page.getByText('Bambang Setiawan, S.Sos.'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'admin-accounts-phone');
    await page.context().close();
  });
});
