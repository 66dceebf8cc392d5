import type { Page } from 'playwright-core';
import { CourseModule } from '../../api/src/modules/learning/course-module.entity';
import { seriousViolations } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
let moduleId: string;
let preTestId: string;

beforeAll(async () => {
  b = await startBrowserTest();
  const module = await b.app.em().findOneOrFail(CourseModule, { code: 'AKH-01' }, { populate: ['sections.lessons'] });
  moduleId = module.id;
  preTestId = module.sections[0].lessons[0].id;
});
afterAll(() => b?.close());

/** Answers the question on screen: the first option, "Benar", or a number. */
async function answerShown(page: Page): Promise<void> {
  const card = page.locator('main .MuiCard-root').first();
  if (await card.getByRole('radio').count()) await card.getByRole('radio').first().check();
  else if (await card.getByRole('checkbox').count()) await card.getByRole('checkbox').first().check();
  else await card.getByRole('textbox').fill('7');
}

describe('taking a quiz on a phone', () => {
  it('a learner starts the pre-test, reloads half-way and finds her answers, submits after confirming, and sees the review', async () => {
    const page = await b.page('peserta', 375, `/modul/${moduleId}/kuis/${preTestId}`);
    await expectVisible(page.getByRole('heading', { name: 'Pre-test BerAKHLAK' }));
    await expectVisible(page.getByText('Ikuti modul ini terlebih dahulu untuk mengerjakan kuisnya.'));
    await page.getByRole('link', { name: 'Ke halaman modul' }).click();
    await page.getByRole('button', { name: 'Ikuti modul' }).first().click();
    await expectVisible(page.getByText(/Progres modul|0%/));
    await page.goto(`${b.baseUrl}/modul/${moduleId}/kuis/${preTestId}`);
    await b.screenshot(page, 'quiz-start-phone');
    // The time spent answering is time on the quiz's lesson: the player sends its heartbeats.
    const heartbeat = page.waitForRequest((r) => {
      const body = r.postData() ?? '';
      return body.includes('"operationName":"RecordLessonHeartbeat"') && body.includes(preTestId);
    });
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await page.waitForURL(/\/kuis\/percobaan\/[0-9a-f-]{36}/);
    await expectVisible(page.getByText('Soal 1 dari 6'));
    await heartbeat;
    await expectVisible(page.getByTestId('quiz-timer'));

    // Two answers, then a reload: the same paper, the answers saved, the second question shown.
    await answerShown(page);
    await expectVisible(page.getByText('Tersimpan'));
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await expectVisible(page.getByText('Soal 2 dari 6'));
    await answerShown(page);
    await expectVisible(page.getByText('Tersimpan'));
    await expectVisible(page.getByText('2 dari 6 soal dijawab'));
    await b.screenshot(page, 'quiz-player-phone');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await expectVisible(page.getByText('Soal 2 dari 6'));
    await expectVisible(page.getByText('2 dari 6 soal dijawab'));

    for (let n = 3; n <= 6; n++) {
      await page.getByRole('button', { name: 'Berikutnya' }).click();
      await expectVisible(page.getByText(`Soal ${n} dari 6`));
      if (n < 6) await answerShown(page);
    }
    await expectVisible(page.getByText('5 dari 6 soal dijawab'));
    await page.getByRole('button', { name: 'Kirim jawaban' }).first().click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByText('1 soal belum dijawab dan akan bernilai 0.', { exact: false }));
    await dialog.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expectVisible(page.getByTestId('attempt-review'));
    await expectVisible(page.getByTestId('attempt-score'));
    await expectVisible(page.getByText('Tidak dijawab').first());
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'quiz-review-phone');
    // Each question keeps its own options (ids repeat across questions): the first one's are its own.
    expect(
      await page
        .getByRole('region')
        .filter({ hasText: 'singkatan dari' })
        .getByText('Berorientasi Pelayanan, Akuntabel', { exact: false })
        .count(),
    ).toBe(1);

    // Back on the quiz's page: the attempt is listed with its score, and the pre-test is done.
    await page.getByRole('link', { name: 'Kembali ke kuis' }).click();
    await expectVisible(page.getByText('Percobaan 1'));
    await expectVisible(page.getByText('Selesai', { exact: true }));
  });

  it('a trainer sees her question bank and the post-test’s settings', async () => {
    const page = await b.page('pelatih', 1280, '/pelatih/bank-soal');
    await expectVisible(page.getByRole('heading', { name: 'Bank soal' }));
    await expectVisible(page.getByText('Kepanjangan BerAKHLAK'));
    await b.screenshot(page, 'question-bank');
    await page.getByRole('button', { name: 'Ubah soal Kepanjangan BerAKHLAK' }).click();
    await expectVisible(page.getByRole('dialog').getByTestId('markdown-preview').getByText('BerAKHLAK'));
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'question-bank-editor');
    // A title over the limit is kept whole and marked, and the question is not saved until it is shortened.
    await page.getByRole('dialog').getByLabel('Judul singkat (opsional)').fill('J'.repeat(256));
    await expectVisible(page.getByRole('dialog').getByText('256/255'));
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Simpan', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Batal' }).click();
    const module = await b.app.em().findOneOrFail(CourseModule, { code: 'AKH-01' }, { populate: ['sections.lessons'] });
    await page.goto(`${b.baseUrl}/pelatih/kuis/${module.sections[2].lessons[0].id}`);
    await expectVisible(page.getByRole('heading', { name: 'Post-test BerAKHLAK' }));
    await expectVisible(page.getByText('Modul ini sudah terbit', { exact: false }));
    // Under the settings: how each question did and how much the learners gained, from the demo attempts.
    await expectVisible(page.getByRole('table', { name: 'Analisis butir soal' }));
    await expectVisible(page.getByRole('columnheader', { name: 'Daya beda' }));
    await expectVisible(page.getByRole('table', { name: 'Nilai pre-test dan post-test per peserta' }));
    await expectVisible(page.getByText('Gain kelas (Hake)'));
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'quiz-settings');
    const phone = await b.page('pelatih', 375, `/pelatih/kuis/${module.sections[2].lessons[0].id}`);
    await expectVisible(phone.getByRole('table', { name: 'Analisis butir soal' }));
    await expectVisible(phone.getByRole('table', { name: 'Nilai pre-test dan post-test per peserta' }));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await b.screenshot(phone, 'quiz-settings-phone');
  });

  it('on a phone the bank lists the questions, and a search that matches none says so in the list', async () => {
    const page = await b.page('pelatih', 375, '/pelatih/bank-soal');
    await expectVisible(page.getByText('Kepanjangan BerAKHLAK'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'question-bank-phone');
    await page.getByLabel('Cari soal').fill('tidak ada soal seperti ini');
    await expectVisible(page.getByText('Tidak ada soal yang cocok'));
    expect(await page.getByText('Kepanjangan BerAKHLAK').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'question-bank-none-phone');
  });
});
