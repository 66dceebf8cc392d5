import type { Locator, Page } from 'playwright-core';
import { User } from '../../api/src/modules/identity/user.entity';
import { toActor } from '../../api/src/modules/identity/identity.service';
import { COMPLETE, CREATE, ENROLL, MODULE, moduleInput, PUBLISH, textLesson, UPDATE } from '../api/learning/support';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { seriousViolations } from './support/accessibility';
import { expectVisible, overflow, pickOption } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

const MODULE_TITLE = 'Dasar Tata Kelola Data';
const LONG_TEXT = Array.from(
  { length: 40 },
  (_, i) => `Paragraf ${i + 1}: metadata menjelaskan asal, arti dan kualitas sebuah set data.`,
).join('\n\n');

/** The JP the dashboard's chart reports, read from its aria-label ("…: 2,0 JP dari target 20,0 JP…"). */
async function chartJp(page: Page): Promise<number> {
  const label = (await page.getByTestId('jp-progress').getAttribute('aria-label')) ?? '';
  const match = label.match(/: ([\d.,]+) JP dari target/);
  if (!match) throw new Error(`Unexpected JP chart label: ${label}`);
  return Number(match[1].replace(/\./g, '').replace(',', '.'));
}

describe('course modules in the browser', () => {
  it('a trainer creates a module in the editor, sees what blocks publishing, then saves and publishes it', async () => {
    const page = await b.page('pelatih');
    await page.getByRole('link', { name: 'Modul saya' }).first().click();
    // Her list starts with the demo modules she published.
    await expectVisible(page.getByRole('link', { name: /Analisis Data dengan Spreadsheet/ }).getByText('Terbit', { exact: true }));
    expect(await page.getByRole('link', { name: new RegExp(MODULE_TITLE) }).count()).toBe(0);
    await page.getByRole('button', { name: 'Buat modul' }).first().click();
    // A code over the limit is kept whole and marked, and the module is not created until it is shortened.
    await page.getByLabel('Kode modul').fill('K'.repeat(41));
    await expectVisible(page.getByRole('dialog').getByText('41/40'));
    expect(await page.getByRole('button', { name: 'Buat dan susun' }).isDisabled()).toBe(true);
    await page.getByLabel('Kode modul').fill('TKD-01');
    await page.getByLabel('Judul modul').fill(MODULE_TITLE);
    await expectVisible(page.getByRole('combobox', { name: 'Bentuk pengembangan' }).filter({ hasText: '16. E-learning' }));
    await page.getByRole('textbox', { name: 'JP' }).fill('2');
    await page.getByRole('button', { name: 'Buat dan susun' }).click();
    await page.waitForURL(/\/pelatih\/modul\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: MODULE_TITLE }));
    await expectVisible(page.getByText('Draf', { exact: true }));

    await page.getByLabel('Ringkasan').fill('Prinsip Satu Data Indonesia bagi pengelola data perangkat daerah.');
    await page.getByRole('button', { name: 'Tambah kompetensi' }).click();
    const competency = page.getByRole('group', { name: 'Kompetensi 1' });
    await pickOption(competency.getByRole('combobox', { name: 'Kompetensi' }), 'T.TIK.03', /T\.TIK\.03\s*Tata Kelola Data/);
    await competency.getByRole('combobox', { name: 'Level' }).click();
    await page.getByRole('option', { name: '2', exact: true }).click();

    await page.getByRole('button', { name: 'Tambah bagian' }).click();
    const first = page.getByRole('group', { name: 'Pelajaran 1.1' });
    await first.getByLabel('Judul pelajaran').fill('Apa itu Satu Data Indonesia');
    await first.getByLabel('Durasi').fill('45');
    await first
      .getByLabel('Teks (Markdown)')
      .fill('## Satu Data Indonesia\n\nData **akurat**, mutakhir dan dapat dibagipakaikan.\n\n<script>window.hacked = true</script>');
    // The preview is the server's rendering: Markdown becomes HTML, the script is dropped.
    await expectVisible(first.getByTestId('markdown-preview').getByRole('heading', { name: 'Satu Data Indonesia' }));
    expect(await first.getByTestId('markdown-preview').locator('script').count()).toBe(0);

    await page.getByRole('button', { name: 'Tambah pelajaran ke Bagian 1' }).click();
    const second = page.getByRole('group', { name: 'Pelajaran 1.2' });
    await second.getByLabel('Judul pelajaran').fill('Metadata dan kualitas data');
    await second.getByLabel('Durasi').fill('45');
    await expectVisible(page.getByText('Total durasi pelajaran 1 jam 30 menit ≈ 2,0 JP'));

    // The second lesson has no text yet and 3 JP exceed the 90 minutes of lessons: publishing
    // saves, then shows the server's reasons.
    const jp = page.getByRole('textbox', { name: 'JP' });
    await jp.fill('3');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    const problems = page.getByTestId('publish-problems');
    await expectVisible(problems.getByText('Modul belum dapat diterbitkan'));
    await expectVisible(problems.getByText('Pelajaran 1.2 “Metadata dan kualitas data”: teksnya belum diisi.'));
    await expectVisible(
      page
        .getByText(/Modul menyatakan 3,0 JP, tetapi pelajaran wajibnya berdurasi 90 menit: paling banyak 2,0 JP dengan 45 menit per JP/)
        .first(),
    );
    // The field says it in the page's language, with the server's figures, not in the server's words.
    await expectVisible(page.getByText('Melebihi 2,0 JP durasi pelajaran wajib (90 menit): kurangi JP atau tambah durasi pelajaran.'));
    await b.screenshot(page, 'learning-editor-cannot-publish');
    // Correcting the JP takes its refusal away and leaves saving and publishing open.
    await jp.fill('2');
    expect(
      await page
        .getByText(/Modul menyatakan 3,0 JP, tetapi pelajaran wajibnya berdurasi 90 menit: paling banyak 2,0 JP dengan 45 menit per JP/)
        .count(),
    ).toBe(0);
    expect(
      await page.getByText('Melebihi 2,0 JP durasi pelajaran wajib (90 menit): kurangi JP atau tambah durasi pelajaran.').count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: 'Simpan' }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Terbitkan' }).isEnabled()).toBe(true);

    await second.getByLabel('Teks (Markdown)').fill(LONG_TEXT);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Perubahan tersimpan'));
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await expectVisible(page.getByText('Modul diterbitkan dan tampil di katalog'));
    await expectVisible(page.getByText('Terbit', { exact: true }));
    expect(await page.getByRole('button', { name: 'Terbitkan' }).count()).toBe(0);
    await b.screenshot(page, 'learning-editor-published');

    await page.getByRole('link', { name: 'Modul saya' }).first().click();
    const row = page.getByRole('link', { name: new RegExp(MODULE_TITLE) });
    await expectVisible(row.getByText('Terbit', { exact: true }));
    await expectVisible(row.getByText('v1'));
    await page.context().close();
  });

  it('the author previews the published module without completion buttons', async () => {
    const page = await b.page('pelatih', 1280, '/katalog');
    await page.getByRole('link', { name: new RegExp(MODULE_TITLE) }).click();
    await page.getByRole('link', { name: /Apa itu Satu Data Indonesia/ }).click();
    await expectVisible(page.getByTestId('preview-banner').getByText('Pratinjau', { exact: true }));
    await expectVisible(page.getByTestId('lesson-body').getByRole('heading', { name: 'Satu Data Indonesia' }));
    expect(await page.getByRole('button', { name: 'Tandai selesai' }).count()).toBe(0);
    await page.context().close();
  });

  it('a learner takes the module from the catalog and the JP chart grows by its 2 JP', async () => {
    const page = await b.page('peserta');
    await expectVisible(page.getByTestId('jp-progress'));
    const before = await chartJp(page);
    // The demo learner is halfway through a module of her own, and has not joined this one.
    await expectVisible(page.getByRole('link', { name: 'Dasar-dasar SPBE dan Keamanan Informasi' }));
    expect(await page.getByRole('link', { name: new RegExp(MODULE_TITLE) }).count()).toBe(0);
    await b.screenshot(page, 'learning-dashboard-before');

    await page.getByRole('link', { name: 'Katalog modul' }).first().click();
    await page.getByRole('searchbox', { name: 'Cari modul' }).fill('tata kelola');
    const card = page.getByRole('link', { name: new RegExp(MODULE_TITLE) });
    await expectVisible(card.getByText('2,0 JP'));
    await expectVisible(card.getByText('Tata Kelola Data · Level 2'));
    await expectVisible(card.getByText('2 pelajaran · 1 jam 30 menit'));
    await b.screenshot(page, 'learning-catalog');
    await card.click();

    await expectVisible(page.getByRole('heading', { name: MODULE_TITLE }));
    await expectVisible(page.getByText('E-learning').first());
    await page.getByRole('button', { name: 'Ikuti modul' }).click();

    // A short text counts as read once its end is on screen.
    await expectVisible(page.getByRole('heading', { name: 'Apa itu Satu Data Indonesia' }));
    await expectVisible(page.getByText('Pelajaran selesai'));
    await expectVisible(page.getByText('50%'));
    // E-learning credits the time measured on the lessons: the page says what is counted, and sends heartbeats.
    await expectVisible(page.getByTestId('lesson-time-counted').getByText('Waktu terhitung: 0 dari 45 menit'));
    await expectVisible(page.getByTestId('module-time-counted'));
    await b.screenshot(page, 'learning-lesson-read');
    const lessons = await b.app
      .em()
      .getConnection()
      .execute(
        `select l.id, e.id as employee_id from lesson l join course_module m on m.id = l.module_id, app_user u join employee e on e.id = u.employee_id
        where m.title = ? and u.username = 'peserta' order by l.sort_order`,
        [MODULE_TITLE],
      );
    const beats = async () =>
      Number(
        (
          await b.app
            .em()
            .getConnection()
            .execute(`select count(*) as n from lesson_heartbeat where employee_id = ?`, [lessons[0].employee_id])
        )[0].n,
      );
    for (let i = 0; i < 600 && (await beats()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await beats()).toBeGreaterThan(0);
    // Forty-five minutes on each lesson, as heartbeats every 30 s would have counted them (a test cannot wait that long).
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
    for (const lesson of lessons) {
      await b.app
        .em()
        .getConnection()
        .execute(
          `insert into lesson_time (id, employee_id, lesson_id, date, ms) values (gen_random_uuid(), ?, ?, ?, ?)
         on conflict (employee_id, lesson_id, date) do update set ms = excluded.ms`,
          [lesson.employee_id, lesson.id, today, 45 * 60_000],
        );
    }

    // The demo's spreadsheet module already proposed Tata Kelola Data level 2 for her, and a level
    // waiting for a decision is proposed once: that proposal goes, so this module's is the one made.
    await b.app
      .em()
      .getConnection()
      .execute(
        `delete from competency_evidence_proposal p using competency c
        where c.id = p.competency_id and c.code = 'T.TIK.03' and p.employee_id = ? and p.status = 'PROPOSED'`,
        [lessons[0].employee_id],
      );

    await page.getByRole('link', { name: 'Berikutnya' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Metadata dan kualitas data' }));
    // The lesson page's first heartbeat brings the time counted.
    await expectVisible(page.getByTestId('lesson-time-counted').getByText('Waktu terhitung: 45 dari 45 menit'));
    // A long text: not read yet, so the button to mark it done waits below it. Reading on to its
    // end (which brings that button into view too) completes the lesson, and with it the module.
    expect(await page.getByRole('button', { name: 'Tandai selesai' }).isEnabled()).toBe(true);
    expect(await page.getByText('Pelajaran selesai').count()).toBe(0);
    await page.getByTestId('lesson-end').scrollIntoViewIfNeeded();
    const done = page.getByTestId('module-completed');
    await expectVisible(done.getByText('Selamat, modul selesai!'));
    await expectVisible(done.getByText('+2,0 JP'));
    // The level the module builds is proposed for her profile, and waits for her supervisor.
    const evidence = done.getByTestId('evidence-proposed');
    await expectVisible(evidence.getByText('Bukti kompetensi diusulkan'));
    await expectVisible(evidence.getByText('Tata Kelola Data: level 2'));
    await expectVisible(evidence.getByText('menunggu keputusan atasan', { exact: false }));
    // She is asked at once to evaluate the module she just completed.
    const ask = done.getByTestId('module-evaluation');
    await expectVisible(ask.getByText('Modul ini selesai. Bagaimana menurut Anda?', { exact: false }));
    await expectVisible(ask.getByRole('button', { name: 'Isi evaluasi' }));
    await page.waitForFunction(() => {
      const dialog = document.querySelector('.MuiDialog-container');
      return !!dialog && getComputedStyle(dialog).opacity === '1';
    });
    await b.screenshot(page, 'learning-module-completed');

    await page.getByRole('link', { name: 'Lihat dasbor JP' }).click();
    await page.waitForURL(`${b.baseUrl}/`);
    const chart = page.getByTestId('jp-progress');
    const expected = `${(before + 2).toFixed(1).replace('.', ',')} JP dari target`;
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="jp-progress"]')?.getAttribute('aria-label')?.includes(text),
      expected,
    );
    expect(await chartJp(page)).toBeCloseTo(before + 2, 1);
    expect(await chart.getAttribute('aria-label')).toContain(expected);
    const completed = page.getByRole('link', { name: new RegExp(MODULE_TITLE) });
    await expectVisible(completed.getByText(/^Selesai /));
    await expectVisible(page.getByRole('list', { name: 'Riwayat JP terbaru' }).getByText('Disetujui'));
    await b.screenshot(page, 'learning-dashboard-after');

    // The module's page asks too, until she answers there.
    await completed.click();
    const askOnPage = page.getByTestId('module-evaluation');
    await expectVisible(askOnPage.getByRole('button', { name: 'Isi evaluasi' }));
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await b.screenshot(page, `module-evaluation-ask-${width}`);
    }
    await askOnPage.getByRole('button', { name: 'Isi evaluasi' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByText('1 = sangat tidak setuju', { exact: false }));
    for (const group of await dialog.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '5, sangat setuju' }).check();
    await dialog.getByRole('button', { name: 'Kirim evaluasi' }).click();
    await expectVisible(askOnPage.getByText('Terima kasih, evaluasi terkirim'));
    await page.reload();
    await expectVisible(page.getByRole('heading', { name: MODULE_TITLE }));
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('module-evaluation').count()).toBe(0);
    await page.context().close();
  });

  it('the level the finished module builds waits on her competency profile until her supervisor accepts it', async () => {
    for (const width of [1280, 375]) {
      const page = await b.page('peserta', width, '/profil-kompetensi');
      const proposals = page.getByTestId('evidence-proposals');
      await expectVisible(proposals.getByText('Bukti dari pelatihan yang diselesaikan'));
      await expectVisible(proposals.getByRole('link', { name: 'Tata Kelola Data' }));
      await expectVisible(proposals.getByText(`Dari modul “${MODULE_TITLE}”`, { exact: false }));
      // Proposed, not counted: Tata Kelola Data is still one level short of the standard.
      await expectVisible(page.getByTestId('gap-summary').getByText('6/11'));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await b.screenshot(page, `competency-evidence-proposed-${width}`);
      await page.context().close();
    }
    // The learner sees it; her supervisor accepts it on her profile, and then the level counts.
    const own = await b.page('peserta', 375, '/profil-kompetensi');
    const mine = own.getByTestId('evidence-proposals').getByRole('listitem').filter({ hasText: MODULE_TITLE });
    await expectVisible(mine.getByText('Dihitung setelah diterima atasan', { exact: false }));
    expect(await mine.getByRole('button', { name: 'Terima' }).count()).toBe(0);
    await own.context().close();
    const employee = await b.app.em().findOneOrFail(User, { username: 'peserta' });
    const page = await b.page('pengawas', 375, `/pegawai/${employee.employee!.id}/kompetensi`);
    const proposals = page.getByTestId('evidence-proposals');
    const fromModule = proposals.getByRole('listitem').filter({ hasText: MODULE_TITLE });
    await expectVisible(fromModule.getByText('Level 2', { exact: false }));
    await expectVisible(page.getByTestId('gap-summary').getByText('6/11'));
    const waiting = await proposals.getByRole('listitem').count();
    await fromModule.getByRole('button', { name: 'Terima' }).click();
    await expectVisible(page.getByTestId('gap-summary').getByText('7/11'));
    expect(await proposals.getByRole('listitem').filter({ hasText: MODULE_TITLE }).count()).toBe(0);
    expect(await proposals.getByRole('listitem').count()).toBe(waiting - 1);
    await b.screenshot(page, 'competency-evidence-accepted-by-supervisor');
    await page.context().close();
  });

  it('the learner pages fit a phone screen', async () => {
    const page = await b.page('peserta', 375);
    // The whole dashboard, not its first card: the cards after it and the gauge's arc show later.
    await expectVisible(page.getByTestId('jp-progress').locator('svg'));
    await expectVisible(page.getByRole('heading', { name: 'Riwayat JP terbaru' }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-dashboard-phone');
    await page.goto(`${b.baseUrl}/katalog`);
    await expectVisible(page.getByRole('link', { name: new RegExp(MODULE_TITLE) }).getByText('2,0 JP'));
    await expectVisible(page.getByRole('combobox', { name: 'Bentuk pengembangan' }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-catalog-phone');
    await page.getByRole('link', { name: new RegExp(MODULE_TITLE) }).click();
    await expectVisible(page.getByText(/Selesai \d/));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: /Metadata dan kualitas data/ }).click();
    await expectVisible(page.getByRole('heading', { name: 'Metadata dan kualitas data' }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-lesson-phone');
    await page.context().close();
  });

  it('a table in a lesson keeps its words whole on a phone and scrolls sideways instead', async () => {
    const trainer = await b.app.em().findOneOrFail(User, { username: 'pelatih' });
    const body = [
      'Pembagian peran:',
      '',
      '| Komponen | Penanggungjawab | Keterangan pelaksanaan |',
      '| --- | --- | --- |',
      '| Interoperabilitas | Dinas Komunikasi dan Informatika | Pertukaran data antarperangkat daerah melalui sistem penghubung layanan |',
      '| Pengamanan informasi | Badan Kepegawaian Daerah | Klasifikasi dan pengendalian akses |',
    ].join('\n');
    const input = moduleInput('TBL-E2E', { jpValue: 1, sections: [{ title: 'Peran', lessons: [textLesson('Tabel peran', body)] }] });
    const id = (await b.app.gql(CREATE, { input }, toActor(trainer))).data!.createCourseModule.id;
    expect((await b.app.gql(PUBLISH, { input: { id } }, toActor(trainer))).errors).toBeUndefined();

    const page = await b.page('peserta', 375, `/modul/${id}`);
    await page.getByRole('button', { name: 'Ikuti modul' }).click();
    const table = page.getByTestId('lesson-body').locator('table');
    await expectVisible(table.getByText('Interoperabilitas'));
    // Every word of every cell sits on one line: a word broken mid-word draws two boxes.
    const broken = await table.evaluate((t) =>
      Array.from(t.querySelectorAll('th, td')).flatMap((cell) => {
        const text = cell.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        return [...(text.textContent ?? '').matchAll(/\S+/g)].flatMap((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          return range.getClientRects().length > 1 ? [m[0]] : [];
        });
      }),
    );
    expect(broken).toEqual([]);
    // The table scrolls within the lesson; the page itself does not.
    expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-lesson-table-phone');
    await page.context().close();
  });

  it('the trainer’s module editor fits a phone screen', async () => {
    const page = await b.page('pelatih', 375, '/pelatih/modul');
    await page.getByRole('link', { name: new RegExp(MODULE_TITLE) }).click();
    await page.waitForURL(/\/pelatih\/modul\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: MODULE_TITLE }));
    // Both lessons are open: their Markdown fields and previews are the widest part of the page.
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 1.2' }).getByTestId('markdown-preview'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-editor-phone');
    // Modules offer only forms that credit their stated JP: no seminar (JP per day), no belajar mandiri (report).
    await page.getByRole('combobox', { name: 'Bentuk pengembangan' }).click();
    await expectVisible(page.getByRole('option', { name: '16. E-learning' }));
    expect(await page.getByRole('option', { name: /^9\. Seminar/ }).count()).toBe(0);
    expect(await page.getByRole('option', { name: /^22\. Belajar mandiri/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('a trainer reorders the outline by dragging lessons and sections by their handles, and the order is saved', async () => {
    const trainer = toActor(await b.app.em().findOneOrFail(User, { username: 'pelatih' }));
    const sections = [
      { title: 'Pembuka', lessons: [textLesson('Salam'), textLesson('Tujuan'), textLesson('Jadwal')] },
      { title: 'Inti', lessons: [textLesson('Materi pokok')] },
    ];
    const created = await b.app.gql(CREATE, { input: moduleInput('DND-E2E', { title: 'Menyusun Ulang Materi', sections }) }, trainer);
    const id = created.data!.createCourseModule.id;

    const page = await b.page('pelatih', 1280, `/pelatih/modul/${id}`);
    const outline = page.getByRole('heading', { name: 'Susunan materi' });
    await expectVisible(outline);
    await outline.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expectVisible(page.getByText('1.1. Salam'));
    await b.screenshot(page, 'learning-editor-handles');

    // A lesson dragged onto the lower half of the next one takes its place.
    await drag(
      page,
      page.getByRole('button', { name: 'Seret untuk memindahkan Pelajaran 1.1' }),
      page.getByRole('group', { name: 'Pelajaran 1.2' }),
    );
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 1.1' }).getByText('1.1. Tujuan'));
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 1.2' }).getByText('1.2. Salam'));
    // The editor counts a drag as a change, as it does the arrow buttons.
    await expectVisible(page.getByRole('status').getByText('Ada perubahan yang belum disimpan'));

    // Into another section: below its only lesson.
    await drag(
      page,
      page.getByRole('button', { name: 'Seret untuk memindahkan Pelajaran 1.3' }),
      page.getByRole('group', { name: 'Pelajaran 2.1' }),
    );
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 2.2' }).getByText('2.2. Jadwal'));
    expect(await page.getByRole('group', { name: 'Pelajaran 1.3' }).count()).toBe(0);

    // A whole section, above the first one.
    await drag(
      page,
      page.getByRole('button', { name: 'Seret untuk memindahkan Bagian 2' }),
      page.getByRole('group', { name: 'Bagian 1' }),
      0.25,
    );
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 1.2' }).getByText('1.2. Jadwal'));
    expect(await page.getByRole('textbox', { name: 'Judul bagian 1' }).inputValue()).toBe('Inti');

    await page.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Perubahan tersimpan'));
    const saved = (await b.app.gql(MODULE, { id }, trainer)).data!.courseModule;
    expect(saved.sections.map((s: { title: string; lessons: { title: string }[] }) => [s.title, s.lessons.map((l) => l.title)])).toEqual([
      ['Inti', ['Materi pokok', 'Jadwal']],
      ['Pembuka', ['Tujuan', 'Salam']],
    ]);
    await page.reload();
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 1.1' }).getByText('1.1. Materi pokok'));
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 2.1' }).getByText('2.1. Tujuan'));
    await expectVisible(page.getByRole('group', { name: 'Pelajaran 2.2' }).getByText('2.2. Salam'));
    await expectVisible(page.getByText('Tersimpan ·'));
    await page.context().close();

    const phone = await b.page('pelatih', 375, `/pelatih/modul/${id}`);
    await expectVisible(phone.getByRole('button', { name: 'Seret untuk memindahkan Pelajaran 2.2' }));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await phone.getByRole('heading', { name: 'Susunan materi' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await b.screenshot(phone, 'learning-editor-handles-phone');
    // The keyboard moves a lesson too: space picks it up, an arrow moves it, space puts it down.
    // What a screen reader hears comes from a live region.
    const heard = (text: string) => phone.getByText(text).waitFor({ state: 'attached' });
    await phone.getByRole('button', { name: 'Seret untuk memindahkan Pelajaran 2.2' }).focus();
    await phone.keyboard.press('Space');
    await heard('Pelajaran 2.2 diangkat.');
    await phone.keyboard.press('ArrowUp');
    await heard('Pelajaran 2.2 berada di tempat Pelajaran 2.1.');
    await phone.keyboard.press('Space');
    await heard('Pelajaran 2.2 diletakkan di tempat Pelajaran 2.1.');
    await expectVisible(phone.getByRole('group', { name: 'Pelajaran 2.1' }).getByText('2.1. Salam'));
    await expectVisible(phone.getByRole('status').getByText('Ada perubahan yang belum disimpan'));
    await phone.context().close();
  });

  it('a YouTube lesson completes when its player reports the end of the video', async () => {
    const em = b.app.em();
    const [trainer, learner] = await Promise.all(
      ['pelatih', 'peserta'].map((username) => em.findOneOrFail(User, { username }, { populate: ['employee'] })),
    );
    const input = {
      code: 'VID-E2E',
      title: 'Video Pelayanan Publik',
      summary: 'Satu video.',
      // Distance learning credits its curriculum's JP, not measured time: the video's end alone completes it.
      formId: 17,
      jpValue: 1,
      sections: [
        {
          title: 'Video',
          lessons: [{ title: 'Standar pelayanan', kind: 'VIDEO', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', durationMinutes: 45 }],
        },
      ],
    };
    const created = await b.app.gql(CREATE, { input }, toActor(trainer));
    const id = created.data!.createCourseModule.id;
    expect((await b.app.gql(PUBLISH, { input: { id } }, toActor(trainer))).errors).toBeUndefined();
    expect(learner.employee).toBeTruthy();

    const page = await b.page('peserta', 1280, `/modul/${id}`);
    await page.getByRole('button', { name: 'Ikuti modul' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Standar pelayanan' }));
    const frame = page.getByTestId('lesson-embed');
    expect(await frame.getAttribute('src')).toBe(
      `https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1&origin=${encodeURIComponent(b.baseUrl)}`,
    );
    await expectVisible(page.getByText('Pelajaran tercatat selesai saat video diputar sampai akhir'));
    await b.screenshot(page, 'learning-lesson-video');
    // What the player posts to the page: messages from another window, or "playing", change nothing.
    const post = (data: string, fromPlayer: boolean) =>
      page.evaluate(
        ([message, own]) => {
          const iframe = document.querySelector<HTMLIFrameElement>('[data-testid="lesson-embed"]')!;
          const source = own ? iframe.contentWindow : window;
          window.dispatchEvent(new MessageEvent('message', { data: message, origin: 'https://www.youtube-nocookie.com', source }));
        },
        [data, fromPlayer] as const,
      );
    await post('{"event":"onStateChange","info":0}', false);
    await post('{"event":"onStateChange","info":1}', true);
    await page.waitForTimeout(300);
    expect(await page.getByTestId('module-completed').count()).toBe(0);
    await post('{"event":"infoDelivery","info":{"playerState":0},"channel":"widget"}', true);
    await expectVisible(page.getByTestId('module-completed').getByText('Selamat, modul selesai!'));
    await page.getByRole('button', { name: 'Tutup' }).click();
    await expectVisible(page.getByText('Pelajaran selesai'));
    await page.context().close();
  });

  it('on a newer version, a learner still taking the old one is sent back to their version', async () => {
    const em = b.app.em();
    const [trainer, learner] = (await Promise.all(['pelatih', 'peserta'].map((username) => em.findOneOrFail(User, { username })))).map(
      toActor,
    );
    const v1 = (await b.app.gql(CREATE, { input: moduleInput('VER-E2E', { title: 'Etika Pelayanan', formId: 3 }) }, trainer)).data!
      .createCourseModule.id;
    await b.app.gql(PUBLISH, { input: { id: v1 } }, trainer);
    await b.app.gql(ENROLL, { input: { moduleId: v1 } }, learner);
    const lessons = (await b.app.gql(MODULE, { id: v1 }, learner)).data!.courseModule.sections[0].lessons;
    await b.app.gql(COMPLETE, { input: { lessonId: lessons[0].id } }, learner);
    const v2 = (await b.app.gql(UPDATE, { input: { id: v1, summary: 'Versi kedua.' } }, trainer)).data!.updateCourseModule.id;
    expect((await b.app.gql(PUBLISH, { input: { id: v2 } }, trainer)).errors).toBeUndefined();

    const page = await b.page('peserta', 375, `/modul/${v2}`);
    const note = page.getByTestId('your-version');
    await expectVisible(note.getByText('Anda sedang mengikuti v1 modul ini (50% selesai)'));
    expect(await page.getByRole('button', { name: 'Ikuti modul' }).count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-module-your-version-phone');
    await note.getByRole('link', { name: 'Lanjutkan versi Anda (v1)' }).click();
    await page.waitForURL(`${b.baseUrl}/modul/${v1}/pelajaran/${lessons[1].id}`);
    // Reading this last lesson to its end completes the module, and its dialog may already cover the page.
    await expectVisible(page.getByRole('heading', { name: lessons[1].title, includeHidden: true }));
    await page.context().close();
  });

  it('the catalog shows twelve modules a page, and the page is kept in the link', async () => {
    const trainer = toActor(await b.app.em().findOneOrFail(User, { username: 'pelatih' }));
    for (let i = 1; i <= 13; i++) {
      const n = String(i).padStart(2, '0');
      const id = (await b.app.gql(CREATE, { input: moduleInput(`HAL-${n}`, { title: `Literasi Halaman ${n}` }) }, trainer)).data!
        .createCourseModule.id;
      expect((await b.app.gql(PUBLISH, { input: { id } }, trainer)).errors).toBeUndefined();
    }
    const page = await b.page('peserta', 375, '/katalog?q=Literasi%20Halaman');
    const cards = page.getByRole('link', { name: /Literasi Halaman \d\d/ });
    await expectVisible(page.getByText('13 modul'));
    const second = page.getByRole('button', { name: 'Halaman 2' });
    await expectVisible(second);
    expect(await cards.count()).toBe(12);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await second.click();
    await page.waitForURL(/[?&]hal=1(&|$)/);
    await cards.nth(1).waitFor({ state: 'detached' });
    expect(await cards.count()).toBe(1);
    expect(await second.getAttribute('aria-current')).toBe('page');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'learning-catalog-page-2-phone');

    // A module opened from the second page and left with Back returns to the second page; a changed
    // search starts from the first.
    await cards.first().click();
    await page.waitForURL(/\/modul\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.waitForURL(/[?&]hal=1(&|$)/);
    await expectVisible(cards.first());
    expect(await cards.count()).toBe(1);
    expect(await second.getAttribute('aria-current')).toBe('page');
    await page.getByRole('searchbox').fill('Literasi Halaman 13');
    await page.waitForURL((url) => !url.searchParams.has('hal'));
    await expectVisible(page.getByText('1 modul', { exact: true }));
    await second.waitFor({ state: 'detached' });
    expect(await cards.count()).toBe(1);
    await page.context().close();
  });

  it('a learner cannot open the module editor', async () => {
    const page = await b.page('peserta');
    expect(await page.getByRole('link', { name: 'Modul saya' }).count()).toBe(0);
    await page.goto(`${b.baseUrl}/pelatih/modul/00000000-0000-4000-8000-000000000000`);
    await expectVisible(page.getByText('Tidak ada akses'));
    expect(await page.getByText('Informasi modul').count()).toBe(0);
    await page.context().close();
  });
});

/**
 * Drags by a handle as a hand does: press, move a little (the editor waits for a few pixels
 * before a drag starts), glide onto the target at `at` of its height, release.
 */
async function drag(page: Page, handle: Locator, target: Locator, at = 0.75): Promise<void> {
  const from = (await handle.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y + 10, { steps: 4 });
  const to = (await target.boundingBox())!;
  await page.mouse.move(start.x, to.y + to.height * at, { steps: 12 });
  await page.mouse.up();
}
