import path from 'node:path';
import type { Page } from 'playwright-core';
import { User } from '../../api/src/modules/identity/user.entity';
import { toActor } from '../../api/src/modules/identity/identity.service';
import { join, ok, quizModule, SAVE, START, SUBMIT } from '../api/assessment/support';
import { seriousViolations } from './support/accessibility';
import { SCREENSHOT_DIR, startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;

/** Waits until the open dialog has faded in (axe and screenshots read it half-transparent before). */
async function dialogShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialogs = document.querySelectorAll('.MuiDialog-container');
    return dialogs.length > 0 && getComputedStyle(dialogs[dialogs.length - 1]).opacity === '1';
  });
}

beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

const DEMO_QUEUE = `query DemoQueue { gradingQueue { items { attemptId questionId rubric { criteria { id levels { id } } } } } }`;
const GRADE = `mutation Grade($input: GradeResponseInput!) { gradeResponse(input: $input) { graded } }`;
type DemoItem = { attemptId: string; questionId: string; rubric: { criteria: { id: string; levels: { id: string }[] }[] } };

/** A quiz id no quiz has (as after the quiz was deleted). */
const GONE_QUIZ = '0b9f3c1e-5d2a-4c8e-9a47-2f6d8e1b3c55';
const ESSAY = 'Ceritakan satu cara Anda melayani warga dengan ramah.';
const ANSWER = 'Saya menyapa setiap warga yang datang ke loket,\nlalu menanyakan keperluannya sebelum mengisi formulir.';

describe('grading an essay', () => {
  it('a trainer finds the waiting essay, grades it on a phone and a desk, and the learner sees the grade and the comment', async () => {
    // The demo trainer's queue holds the demo's reflection essays; they are graded here first.
    const em = b.app.em();
    const trainer = toActor(await em.findOneOrFail(User, { username: 'pelatih' }));
    const demo = await b.page('pelatih', 1280, '/pelatih/penilaian');
    await expectVisible(demo.getByRole('heading', { name: 'Penilaian' }));
    await expectVisible(demo.getByText('3 jawaban menunggu penilaian'));
    await expectVisible(demo.getByText('Tugas refleksi BerAKHLAK · Nilai Dasar ASN BerAKHLAK').first());
    await b.screenshot(demo, 'grading-queue-demo');
    await demo.close();
    // A link naming a quiz that no longer exists, or one of a module the trainer does not author,
    // shows every quiz's list and says why, on a desk and a phone.
    const admin = toActor(await em.findOneOrFail(User, { username: 'admin' }));
    const theirs = await quizModule(b.app, admin, 'LAIN-01', { settings: { passMarkPercent: 60 } });
    for (const [width, kuis] of [
      [1280, GONE_QUIZ],
      [375, GONE_QUIZ],
      [1280, theirs.quizLessonId],
    ] as const) {
      const stale = await b.page('pelatih', width, `/pelatih/penilaian?kuis=${kuis}`);
      await expectVisible(stale.getByRole('status').getByText('Kuis pada tautan ini tidak ditemukan; menampilkan semua kuis.'));
      await expectVisible(stale.getByText('3 jawaban menunggu penilaian'));
      expect(new URL(stale.url()).searchParams.has('kuis')).toBe(false);
      expect(await overflow(stale)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(stale)).toEqual([]);
      if (kuis === GONE_QUIZ) await b.screenshot(stale, width === 375 ? 'grading-quiz-gone-phone' : 'grading-quiz-gone');
      await stale.close();
    }
    const waiting = (await ok(b.app, DEMO_QUEUE, {}, trainer)).gradingQueue.items as DemoItem[];
    for (const item of waiting) {
      const scoring = item.rubric.criteria.map((c) => ({ criterionId: c.id, levelId: c.levels[1].id }));
      await ok(b.app, GRADE, { input: { attemptId: item.attemptId, questionId: item.questionId, scoring } }, trainer);
    }
    const empty = await b.page('pelatih', 1280, '/pelatih/penilaian');
    await expectVisible(empty.getByText('Tidak ada jawaban yang menunggu penilaian'));
    await empty.close();

    // The demo learner takes a quiz of one essay and one true/false question and submits it.
    const learner = toActor(await em.findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] }));
    const quiz = await quizModule(b.app, trainer, 'ESAI-01', {
      questions: [
        { type: 'ESSAY', text: ESSAY, points: 4, graderNotes: 'Cari tindakan nyata di loket.' },
        { type: 'TRUE_FALSE', text: 'Pelayanan prima dimulai dari sapaan.', points: 1, correct: true },
      ],
      settings: { passMarkPercent: 60 },
    });
    await join(b.app, learner, quiz.moduleId);
    const attempt = (await ok(b.app, START, { input: { lessonId: quiz.quizLessonId } }, learner)).startQuizAttempt;
    for (const q of attempt.questions as { id: string; type: string }[]) {
      const response = q.type === 'ESSAY' ? { text: ANSWER } : { truth: true };
      await ok(b.app, SAVE, { input: { attemptId: attempt.id, questionId: q.id, ...response } }, learner);
    }
    await ok(b.app, SUBMIT, { input: { attemptId: attempt.id } }, learner);

    // On a phone: the queue, then the grading form with the answer and the maximum the server gives.
    const phone = await b.page('pelatih', 375, '/pelatih/penilaian');
    await expectVisible(phone.getByText('1 jawaban menunggu penilaian'));
    await expectVisible(phone.getByText(ESSAY));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await b.screenshot(phone, 'grading-queue-phone');
    await phone.getByRole('button', { name: /^Nilai jawaban .* pada Kuis akhir$/ }).click();
    const dialog = phone.getByRole('dialog');
    await expectVisible(dialog.getByTestId('grading-answer').getByText('Saya menyapa setiap warga', { exact: false }));
    await expectVisible(dialog.getByText('Cari tindakan nyata di loket.'));
    await expectVisible(dialog.getByLabel('Nilai (maks. 4)'));
    await dialogShown(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-dialog-phone.png') });
    // A score above the maximum is refused by the server and explained at the field.
    await dialog.getByLabel('Nilai (maks. 4)').fill('5');
    await dialog.getByRole('button', { name: 'Simpan nilai' }).click();
    await expectVisible(dialog.getByText('Nilai harus 0 sampai 4 poin, paling banyak dua desimal.'));
    await phone.close();

    // On a desk: the grade is saved and the queue is empty again.
    const desk = await b.page('pelatih', 1280, '/pelatih/penilaian');
    await expectVisible(desk.getByText(ESSAY));
    await b.screenshot(desk, 'grading-queue');
    await desk.getByRole('button', { name: /^Nilai jawaban .* pada Kuis akhir$/ }).click();
    const form = desk.getByRole('dialog');
    await expectVisible(form.getByTestId('grading-answer'));
    await dialogShown(desk);
    await desk.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-dialog.png') });
    await form.getByLabel('Nilai (maks. 4)').fill('3,5');
    await form.getByLabel('Umpan balik untuk peserta').fill('Contoh nyata dan runtut. Tambahkan hasilnya bagi warga.');
    await form.getByRole('button', { name: 'Simpan nilai' }).click();
    await expectVisible(desk.getByText('Nilai tersimpan'));
    await expectVisible(desk.getByText('Tidak ada jawaban yang menunggu penilaian'));
    expect(await seriousViolations(desk)).toEqual([]);
    await b.screenshot(desk, 'grading-queue-empty');

    // The learner's review shows the grade and the comment; the quiz is passed: 4.5 of 5.
    const review = await b.page('peserta', 375, `/kuis/percobaan/${attempt.id}`);
    await expectVisible(review.getByTestId('attempt-review'));
    await expectVisible(review.getByText('Contoh nyata dan runtut. Tambahkan hasilnya bagi warga.'));
    await expectVisible(review.getByTestId('attempt-score'));
    expect(await review.getByTestId('attempt-score').textContent()).toContain('90');
    expect(await seriousViolations(review)).toEqual([]);
    await b.screenshot(review, 'grading-learner-review-phone');
  });

  it('a trainer writes an essay’s rubric in the bank and grades by choosing a level per criterion', async () => {
    const em = b.app.em();
    const trainerUser = await em.findOneOrFail(User, { username: 'pelatih' });
    const trainerName = trainerUser.displayName;
    const trainer = toActor(trainerUser);
    const learner = toActor(await em.findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] }));
    const rubric = {
      criteria: [
        {
          title: 'Contoh nyata',
          levels: [
            { title: 'Tidak ada', points: 0 },
            { title: 'Umum', points: 1 },
            { title: 'Nyata', points: 2 },
          ],
        },
        {
          title: 'Runtut',
          levels: [
            { title: 'Belum', points: 0 },
            { title: 'Ya', points: 2 },
          ],
        },
      ],
    };
    const quiz = await quizModule(b.app, trainer, 'ESAI-02', {
      questions: [{ type: 'ESSAY', title: 'Esai rubrik', text: 'Ceritakan kerja sama lintas unit.', points: 4, rubric }],
      settings: { passMarkPercent: 50 },
    });

    // The bank's editor shows the rubric with its criteria and levels.
    const bank = await b.page('pelatih', 1280, '/pelatih/bank-soal');
    await bank.getByRole('button', { name: 'Ubah soal Esai rubrik' }).click();
    const editor = bank.getByRole('dialog');
    expect(await editor.getByLabel('Nilai dengan rubrik').isChecked()).toBe(true);
    expect(await editor.getByRole('textbox', { name: 'Kriteria 1' }).inputValue()).toBe('Contoh nyata');
    expect(await editor.getByRole('textbox', { name: 'Level 3' }).inputValue()).toBe('Nyata');
    await dialogShown(bank);
    await editor.getByRole('textbox', { name: 'Level 3' }).scrollIntoViewIfNeeded();
    expect(await seriousViolations(bank)).toEqual([]);
    await bank.screenshot({ path: path.join(SCREENSHOT_DIR, 'question-bank-rubric.png') });
    // On a phone the rubric's rows stay inside the full-screen dialog.
    await bank.setViewportSize({ width: 375, height: 800 });
    await editor.getByRole('textbox', { name: 'Kriteria 2' }).scrollIntoViewIfNeeded();
    expect(
      await editor.evaluate(
        (el) => el.querySelector('.MuiDialogContent-root')!.scrollWidth - el.querySelector('.MuiDialogContent-root')!.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await bank.screenshot({ path: path.join(SCREENSHOT_DIR, 'question-bank-rubric-phone.png') });
    await bank.close();

    await join(b.app, learner, quiz.moduleId);
    const attempt = (await ok(b.app, START, { input: { lessonId: quiz.quizLessonId } }, learner)).startQuizAttempt;
    await ok(b.app, SAVE, { input: { attemptId: attempt.id, questionId: attempt.questions[0].id, text: ANSWER } }, learner);
    await ok(b.app, SUBMIT, { input: { attemptId: attempt.id } }, learner);

    const phone = await b.page('pelatih', 375, '/pelatih/penilaian');
    await phone.getByRole('button', { name: /^Nilai jawaban .* pada Kuis akhir$/ }).click();
    const dialog = phone.getByRole('dialog');
    await expectVisible(dialog.getByText('Rubrik (maks. 4 poin)'));
    await dialogShown(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await dialog.getByRole('radiogroup').first().getByLabel('Nyata (2 poin)').check();
    await dialog.getByRole('radiogroup').nth(1).getByLabel('Belum (0 poin)').check();
    await dialog.getByLabel('Komentar untuk Runtut').fill('Urutkan dari masalah ke hasil.');
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-rubric-phone.png') });
    await dialog.getByRole('button', { name: 'Simpan nilai' }).click();
    await expectVisible(phone.getByText('Nilai tersimpan'));
    await phone.close();

    const review = await b.page('peserta', 1280, `/kuis/percobaan/${attempt.id}`);
    await expectVisible(review.getByText('Nyata (2)', { exact: false }));
    await expectVisible(review.getByText('Urutkan dari masalah ke hasil.', { exact: false }));
    expect(await review.getByTestId('attempt-score').textContent()).toContain('50');
    expect(await review.getByTestId('grade-changes').count()).toBe(0);
    await review.close();

    // The released grade is changed from the graded list, with a reason; the history shows it.
    const desk = await b.page('pelatih', 1280, '/pelatih/penilaian');
    await desk.getByRole('tab', { name: 'Sudah dinilai' }).click();
    await expectVisible(desk.getByText('2 dari 4 poin'));
    expect(await seriousViolations(desk)).toEqual([]);
    await b.screenshot(desk, 'grading-graded');
    await desk
      .getByRole('listitem')
      .filter({ hasText: 'Ceritakan kerja sama lintas unit.' })
      .getByRole('button', { name: 'Ubah nilai' })
      .click();
    const change = desk.getByRole('dialog');
    await expectVisible(change.getByText('Belum diubah sejak dirilis.'));
    expect(await change.getByLabel('Komentar untuk Runtut').inputValue()).toBe('Urutkan dari masalah ke hasil.');
    await change.getByRole('radiogroup').nth(1).getByLabel('Ya (2 poin)').check();
    // Without a reason the change cannot be saved.
    expect(await change.getByRole('button', { name: 'Simpan perubahan' }).isDisabled()).toBe(true);
    await change.getByLabel('Alasan perubahan').fill('Urutan ada di paragraf kedua');
    await dialogShown(desk);
    await desk.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-change-dialog.png') });
    await change.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expectVisible(desk.getByText('Nilai diubah; perubahan dicatat dalam riwayat'));
    const row = desk.getByRole('listitem').filter({ hasText: 'Ceritakan kerja sama lintas unit.' });
    await expectVisible(row.getByText('4 dari 4 poin'));
    await expectVisible(row.getByText('Diubah 1 kali'));

    const graded = await b.page('pelatih', 375, '/pelatih/penilaian?status=dinilai');
    await expectVisible(graded.getByRole('listitem').filter({ hasText: 'Ceritakan kerja sama lintas unit.' }).getByText('Diubah 1 kali'));
    expect(await overflow(graded)).toBeLessThanOrEqual(0);
    await b.screenshot(graded, 'grading-graded-phone');
    await graded
      .getByRole('listitem')
      .filter({ hasText: 'Ceritakan kerja sama lintas unit.' })
      .getByRole('button', { name: 'Ubah nilai' })
      .click();
    const history = graded.getByRole('dialog').getByTestId('grade-history');
    await history.scrollIntoViewIfNeeded();
    await expectVisible(history.getByText('2 → 4 poin'));
    await expectVisible(history.getByText('Alasan: Urutan ada di paragraf kedua'));
    await dialogShown(graded);
    expect(await seriousViolations(graded)).toEqual([]);
    await graded.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-history-phone.png') });
    await graded.close();

    // The learner sees that the grade changed, from what to what and why.
    const changed = await b.page('peserta', 375, `/kuis/percobaan/${attempt.id}`);
    const changes = changed.getByTestId('grade-changes');
    await expectVisible(changes.getByText('Pelatih mengubah nilai ini'));
    await expectVisible(changes.getByText(`oleh ${trainerName}: 2 → 4 poin`, { exact: false }));
    await expectVisible(changes.getByText('2 → 4 poin', { exact: false }));
    await expectVisible(changes.getByText('Alasan: Urutan ada di paragraf kedua'));
    expect(await changed.getByTestId('attempt-score').textContent()).toContain('100');
    expect(await overflow(changed)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(changed)).toEqual([]);
    await changes.scrollIntoViewIfNeeded();
    await changed.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-learner-history-phone.png') });
  });

  it('a trainer overrides an automatically scored answer with a reason and a confirmation; the learner sees who changed it', async () => {
    const em = b.app.em();
    const trainerUser = await em.findOneOrFail(User, { username: 'pelatih' });
    const trainer = toActor(trainerUser);
    const learner = toActor(await em.findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] }));
    const statement = 'Formulir pengaduan boleh diisi petugas atas nama warga.';
    const quiz = await quizModule(b.app, trainer, 'OTO-01', {
      questions: [{ type: 'TRUE_FALSE', text: statement, points: 2, correct: false }],
      settings: { passMarkPercent: 50 },
    });
    await join(b.app, learner, quiz.moduleId);
    const attempt = (await ok(b.app, START, { input: { lessonId: quiz.quizLessonId } }, learner)).startQuizAttempt;
    await ok(b.app, SAVE, { input: { attemptId: attempt.id, questionId: attempt.questions[0].id, truth: true } }, learner);
    await ok(b.app, SUBMIT, { input: { attemptId: attempt.id } }, learner);

    // On a phone: the automatically scored list, the learner's answer and how it was scored.
    const phone = await b.page('pelatih', 375, '/pelatih/penilaian');
    await phone.getByRole('tab', { name: 'Dinilai otomatis' }).click();
    // The demo's answers fill the list; the quiz filter narrows it to this quiz's one answer.
    await phone.getByRole('combobox', { name: 'Kuis' }).click();
    await phone.getByRole('option', { name: 'Kuis akhir · Modul OTO-01' }).click();
    await expectVisible(phone.getByText('1 jawaban dinilai otomatis'));
    expect(new URL(phone.url()).searchParams.get('kuis')).toBe(quiz.quizLessonId);
    const row = phone.getByRole('listitem').filter({ hasText: statement });
    await expectVisible(row.getByText('0 dari 2 poin'));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await b.screenshot(phone, 'grading-auto-phone');
    await row.getByRole('button', { name: /^Ganti nilai otomatis jawaban .* pada Kuis akhir$/ }).click();
    const dialog = phone.getByRole('dialog');
    await expectVisible(dialog.getByTestId('grading-answer').getByText('Benar'));
    await expectVisible(dialog.getByText('Dinilai otomatis: Salah, 0 dari 2 poin'));
    await dialog.getByLabel('Nilai (maks. 2)').fill('2');
    // Without a reason the override cannot go on.
    expect(await dialog.getByRole('button', { name: 'Lanjutkan' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Alasan perubahan').fill('Petugas boleh membantu warga yang tidak dapat menulis');
    await dialogShown(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-override-phone.png') });
    await dialog.getByRole('button', { name: 'Lanjutkan' }).click();

    // The confirmation says what the learner will see; cancelling changes nothing.
    const confirm = phone.getByRole('dialog', { name: 'Ganti nilai ini?' });
    await expectVisible(confirm.getByText('berubah dari 0 menjadi 2 poin', { exact: false }));
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await confirm.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Lanjutkan' }).click();
    await dialogShown(phone);
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-override-confirm-phone.png') });
    await phone.getByRole('dialog', { name: 'Ganti nilai ini?' }).getByRole('button', { name: 'Ganti nilai' }).click();

    // After: the new score and the history, with the trainer's name and the reason.
    const done = phone.getByRole('dialog', { name: 'Nilai diganti' });
    const history = done.getByTestId('grade-history');
    await expectVisible(history.getByText('0 → 2 poin'));
    await expectVisible(history.getByText(trainerUser.displayName, { exact: false }));
    await expectVisible(history.getByText('Alasan: Petugas boleh membantu warga yang tidak dapat menulis'));
    await dialogShown(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-overridden-phone.png') });
    await done.getByRole('button', { name: 'Tutup' }).click();
    // The quiz has no automatically scored answer left.
    await expectVisible(phone.getByText('Tidak ada jawaban yang cocok'));
    await phone.close();

    // On a desk the answer has left the automatic list for the graded one, with its change.
    const desk = await b.page('pelatih', 1280, '/pelatih/penilaian?status=otomatis');
    await expectVisible(desk.getByText('Dinilai otomatis', { exact: false }).first());
    expect(await desk.getByRole('listitem').filter({ hasText: statement }).count()).toBe(0);
    await b.screenshot(desk, 'grading-auto');
    await desk.getByRole('tab', { name: 'Sudah dinilai' }).click();
    const graded = desk.getByRole('listitem').filter({ hasText: statement });
    await expectVisible(graded.getByText('2 dari 2 poin'));
    await expectVisible(graded.getByText('Diubah 1 kali'));
    await desk.close();

    // The learner's review says the grade changed, when, by whom, from what to what and why.
    const review = await b.page('peserta', 1280, `/kuis/percobaan/${attempt.id}`);
    const changes = review.getByTestId('grade-changes');
    await expectVisible(changes.getByText(`oleh ${trainerUser.displayName}: 0 → 2 poin`, { exact: false }));
    await expectVisible(changes.getByText('Alasan: Petugas boleh membantu warga yang tidak dapat menulis'));
    expect(await review.getByTestId('attempt-score').textContent()).toContain('100');
    expect(await seriousViolations(review)).toEqual([]);
    await changes.scrollIntoViewIfNeeded();
    await review.screenshot({ path: path.join(SCREENSHOT_DIR, 'grading-learner-override.png') });
  });

  it('a tab and a search changed in the same moment both stay in the address and the list', async () => {
    const page = await b.page('pelatih', 1280, '/pelatih/penilaian');
    const tab = await page.getByRole('tab', { name: 'Dinilai otomatis' }).elementHandle();
    const search = await page.getByLabel('Cari nama atau NIP peserta').elementHandle();
    // Both in one task: the tab's new address is not yet rendered when the search changes.
    await page.evaluate(
      ([tabElement, input]) => {
        (tabElement as HTMLElement).click();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setValue.call(input, 'Tidak ada peserta bernama ini');
        input!.dispatchEvent(new Event('input', { bubbles: true }));
      },
      [tab, search] as const,
    );
    await page.waitForFunction(() => new URLSearchParams(location.search).has('cari'));
    const address = new URL(page.url()).searchParams;
    expect([address.get('status'), address.get('cari')]).toEqual(['otomatis', 'Tidak ada peserta bernama ini']);
    await expectVisible(page.getByRole('tab', { name: 'Dinilai otomatis', selected: true }));
    expect(await page.getByLabel('Cari nama atau NIP peserta').inputValue()).toBe('Tidak ada peserta bernama ini');
    await expectVisible(page.getByText('Tidak ada jawaban yang cocok'));
  });
});
