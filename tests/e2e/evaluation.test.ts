import type { Page } from 'playwright-core';
import { EvaluationResponse } from '../../api/src/modules/assessment/evaluation.entity';
import { User } from '../../api/src/modules/identity/user.entity';
import { CourseModule } from '../../api/src/modules/learning/course-module.entity';
import { Enrollment } from '../../api/src/modules/learning/enrollment.entity';
import { Employee } from '../../api/src/modules/organisation/employee.entity';
import { seriousViolations } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;

/** Waits until the open dialog has faded in (axe and screenshots read it half-transparent before). */
async function dialogShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialogs = document.querySelectorAll('.MuiDialog-container');
    return dialogs.length > 0 && getComputedStyle(dialogs[dialogs.length - 1]).opacity === '1';
  });
}
let title: string;
let followed: string;

beforeAll(async () => {
  b = await startBrowserTest();
  // Two others evaluated the module the demo learner finished a fortnight ago: hers is the third.
  const em = b.app.em();
  const module = await em.findOneOrFail(CourseModule, { code: 'KOM-01' }, { orderBy: { version: 'desc' } });
  title = module.title;
  for (const [value, comment] of [
    [4, 'Contoh kasusnya dekat dengan pekerjaan kami.'],
    [5, null],
  ] as const) {
    em.create(EvaluationResponse, {
      moduleKey: module.moduleKey,
      answers: { relevan: value, tujuan: value, 'pelatih-menguasai': value, 'pelatih-jelas': value, waktu: 3, rekomendasi: value },
      comment,
    });
  }
  // An employee the demo supervisor follows up completed the spreadsheet module four months ago.
  const supervisor = await em.findOneOrFail(User, { username: 'pengawas' }, { populate: ['supervisedOpds', 'employee'] });
  const employee = await em.findOneOrFail(
    Employee,
    { opd: { $in: supervisor.supervisedOpds.getIdentifiers() as string[] }, id: { $ne: supervisor.employee?.id ?? null } },
    { orderBy: { name: 'asc' } },
  );
  followed = employee.name;
  const data = await em.findOneOrFail(CourseModule, { code: 'DATA-01' }, { orderBy: { version: 'desc' } });
  const completedAt = new Date(Date.now() - 125 * 86_400_000);
  const enrollment = await em.findOne(Enrollment, { employee, module: data });
  if (enrollment) enrollment.completedAt = completedAt;
  else em.create(Enrollment, { employee, module: data, completedAt });
  await em.flush();
});
afterAll(() => b?.close());

describe('evaluations of modules', () => {
  it('a trainer sees only the count while fewer than three answered', async () => {
    const page = await b.page('pelatih', 1280, '/pelatih/evaluasi');
    await expectVisible(page.getByRole('heading', { name: 'Evaluasi modul' }));
    await page.getByRole('button', { name: new RegExp(title) }).click();
    await expectVisible(page.getByTestId('evaluation-withheld'));
    expect(await page.getByText('Contoh kasusnya dekat').count()).toBe(0);
  });

  it('a learner evaluates a module she completed on her phone, and skips another', async () => {
    const page = await b.page('peserta', 375, '/');
    const card = page.getByTestId('evaluation-due');
    await expectVisible(card.getByRole('heading', { name: 'Evaluasi modul yang Anda selesaikan' }));
    await expectVisible(card.getByText(title));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'evaluation-card-phone');

    await card.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Isi evaluasi' }).click();
    const dialog = page.getByRole('dialog');
    await dialogShown(page);
    await expectVisible(dialog.getByText('1 = sangat tidak setuju, 5 = sangat setuju', { exact: false }));
    for (const group of await dialog.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '4, setuju' }).check();
    await dialog.getByRole('textbox', { name: 'Komentar (opsional)' }).fill('Waktu latihannya perlu ditambah.');
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'evaluation-dialog-phone');
    await dialog.getByRole('button', { name: 'Kirim evaluasi' }).click();
    await expectVisible(page.getByText('Terima kasih, evaluasi terkirim'));
    expect(await card.getByText(title).count()).toBe(0);

    // The other module she finished: she declines, and is not asked again.
    await card
      .getByRole('button', { name: /^Lewati evaluasi/ })
      .first()
      .click();
    await expectVisible(page.getByText('Evaluasi dilewati'));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('evaluation-due').count()).toBe(0);
  });

  it('the trainer sees the aggregate with its chart and the comments without names', async () => {
    for (const width of [1280, 375]) {
      const page = await b.page('pelatih', width, '/pelatih/evaluasi');
      await page.getByRole('button', { name: new RegExp(title) }).click();
      await expectVisible(page.getByText('3 tanggapan').first());
      await expectVisible(
        page
          .getByRole('img', { name: /Rata-rata jawaban per pernyataan/ })
          .locator('svg')
          .first(),
      );
      await expectVisible(page.getByRole('table', { name: 'Hasil per pernyataan' }));
      await expectVisible(page.getByText('Contoh kasusnya dekat dengan pekerjaan kami.'));
      await expectVisible(page.getByText('Waktu latihannya perlu ditambah.'));
      expect(await page.getByText('Dewi').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await b.screenshot(page, `evaluation-results-${width}`);
    }
  });

  it('an administrator rewords a statement of the form and adds one', async () => {
    const page = await b.page('admin', 1280, '/pelatih/evaluasi');
    await page.getByRole('link', { name: 'Ubah formulir' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Formulir evaluasi' }));
    await page.getByRole('textbox', { name: 'Pernyataan 3' }).fill('Pelatih menguasai materi dan contoh di lapangan.');
    await page.getByRole('button', { name: 'Tambah pernyataan' }).click();
    await page.getByRole('textbox', { name: 'Pernyataan 7' }).fill('Fasilitas belajar daring memadai.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan formulir' }).click();
    await expectVisible(page.getByText('Formulir tersimpan'));
    await b.screenshot(page, 'evaluation-form');
    await page.reload();
    await expectVisible(page.getByRole('textbox', { name: 'Pernyataan 7' }));
    expect(await page.getByRole('textbox', { name: 'Pernyataan 3' }).inputValue()).toBe('Pelatih menguasai materi dan contoh di lapangan.');
    const phone = await b.page('admin', 375, '/admin/formulir-evaluasi');
    await expectVisible(phone.getByRole('textbox', { name: 'Pernyataan 7' }));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await b.screenshot(phone, 'evaluation-form-phone');
  });

  it('a supervisor answers whether an employee applies a module four months on', async () => {
    for (const width of [375, 1280]) {
      const page = await b.page('pengawas', width, '/');
      const card = page.getByTestId('follow-ups');
      await expectVisible(card.getByRole('heading', { name: 'Tindak lanjut pembelajaran pegawai' }));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await b.screenshot(page, `follow-up-card-${width}`);
      if (width === 1280) {
        await card.getByRole('button', { name: `Jawab tindak lanjut ${followed}, Analisis Data dengan Spreadsheet` }).click();
        const dialog = page.getByRole('dialog');
        await dialogShown(page);
        await dialog.getByRole('textbox', { name: 'Catatan (opsional)' }).fill('Sudah membuat rekap bulanan dengan tabel pivot.');
        // Checked before choosing, while the send button is disabled rather than changing colour.
        expect(await seriousViolations(page)).toEqual([]);
        await dialog.getByRole('radio', { name: 'Sebagian diterapkan' }).check();
        await b.screenshot(page, 'follow-up-dialog');
        await dialog.getByRole('button', { name: 'Kirim' }).click();
        await expectVisible(page.getByText('Tindak lanjut tersimpan'));
        await page
          .getByRole('button', { name: `Jawab tindak lanjut ${followed}, Analisis Data dengan Spreadsheet` })
          .waitFor({ state: 'detached' });
      }
    }
  });
});
