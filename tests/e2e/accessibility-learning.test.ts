/** Accessibility of the login page and of the pages learners and trainers reach (other roles: accessibility-oversight.test.ts). */
import { seriousViolations } from './support/accessibility';
import { accessibilitySweep } from './support/accessibility-sweep';
import { expectVisible } from './support/page-checks';

const { browser, path, sweep, navigation } = accessibilitySweep();

describe('accessibility: no critical or serious axe-core violations', () => {
  it('on the login page, wide and on a phone, before and after a failed login', async () => {
    for (const width of [1280, 375]) {
      const page = await browser().page(null, width, '/login');
      await expectVisible(page.getByRole('button', { name: 'Masuk' }));
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Nama pengguna atau NIP').fill('bukan-pengguna');
      await page.getByLabel('Kata sandi').first().fill('salah');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await expectVisible(page.getByText('Nama pengguna atau kata sandi salah.'));
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('on every page a learner reaches', async () => {
    const nav = await navigation('peserta');
    expect(nav).toEqual([
      '/',
      '/katalog',
      '/kelompok',
      '/absen',
      '/profil-kompetensi',
      '/rencana',
      '/klaim',
      '/sertifikat',
      '/kompetensi',
      '/jabatan',
      '/akses-riwayat',
      '/profil',
    ]);
    expect(
      await sweep('peserta', [
        ...nav,
        path('module'),
        path('lesson'),
        path('quiz'),
        path('competency'),
        path('position'),
        '/halaman-yang-tidak-ada',
      ]),
    ).toEqual({});
  });

  it('on the learner pages on a phone', async () => {
    expect(await sweep('peserta', ['/', '/katalog', path('module'), path('lesson'), path('quiz'), '/profil-kompetensi'], 375)).toEqual({});
  });

  it('on every page a trainer reaches, the module editor, question bank and quiz settings included', async () => {
    const nav = await navigation('pelatih');
    expect(nav).toEqual(expect.arrayContaining(['/pelatih/modul', '/pelatih/bank-soal', '/pelatih/penilaian']));
    expect(await sweep('pelatih', [...nav, path('editor'), path('quizSettings')])).toEqual({});
  });
});
