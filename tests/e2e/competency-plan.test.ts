import path from 'node:path';
import type { Page } from 'playwright-core';
import { User } from '../../api/src/modules/identity/user.entity';
import { Position } from '../../api/src/modules/organisation/position.entity';
import { DevelopmentPlan } from '../../api/src/modules/record/development-plan.entity';
import { PlanStatus } from '../../api/src/modules/record/record.enums';
import { SCREENSHOT_DIR, startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow, pickOption } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

const YEAR = new Date().getFullYear();

describe('competency profile and development plan in the browser', () => {
  it('the learner sees her radar chart and gap table, and a target position changes the gap', async () => {
    const page = await b.page('peserta');
    await page.getByRole('link', { name: 'Profil kompetensi' }).first().click();
    await expectVisible(page.getByRole('heading', { name: 'Profil kompetensi' }));

    const radar = page.getByTestId('competency-radar');
    await radar.locator('svg path').first().waitFor({ state: 'attached' });
    expect(await radar.getAttribute('aria-label')).toContain('Pengolah Data dan Informasi');
    // The grid and the two series areas are drawn paths with real geometry...
    const paths = await radar.locator('svg path').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
    expect(paths.filter((d) => /^M\s*\d/.test(d)).length).toBeGreaterThan(5);
    // ...and each series marks its level on each of the eleven competencies of her position.
    expect(await radar.locator('svg circle').count()).toBe(2 * 11);
    await expectVisible(radar.getByText('Level saat ini'));
    await expectVisible(radar.getByText('Level dipersyaratkan'));

    await expectVisible(page.getByText('Kesenjangan terhadap Pengolah Data dan Informasi'));
    const table = page.getByRole('table', { name: 'Tabel kesenjangan kompetensi' });
    await expectVisible(table.getByRole('link', { name: 'Tata Kelola Data' }));
    expect(await table.getByTestId('gap-row').count()).toBe(11);
    await expectVisible(page.getByTestId('gap-summary').getByText('58%'));
    await expectVisible(page.getByTestId('gap-summary').getByText('6/11'));
    expect(await table.getByRole('link', { name: 'Pengembangan Aplikasi' }).count()).toBe(0);
    await b.screenshot(page, 'competency-profile');

    await pickOption(
      page.getByRole('combobox', { name: 'Bandingkan dengan jabatan' }),
      'Pranata Komputer',
      'Pranata Komputer Ahli Pertama',
    );
    await expectVisible(page.getByText('Kesenjangan terhadap Pranata Komputer Ahli Pertama'));
    await expectVisible(table.getByRole('link', { name: 'Pengembangan Aplikasi' }));
    await expectVisible(table.getByRole('link', { name: 'Keamanan Informasi' }));
    expect(await table.getByTestId('gap-row').count()).toBe(12);
    expect(await table.getByRole('link', { name: 'Pemantauan dan Evaluasi Pembangunan' }).count()).toBe(0);
    expect(await page.getByTestId('gap-summary').getByText('58%').count()).toBe(0);
    await b.screenshot(page, 'competency-profile-target');
    await page.context().close();
  });

  it('the profile fits a phone screen', async () => {
    const page = await b.page('peserta', 375, '/profil-kompetensi');
    await page.getByTestId('competency-radar').locator('svg path').first().waitFor({ state: 'attached' });
    await expectVisible(page.getByTestId('gap-table').getByRole('link', { name: 'Tata Kelola Data' }));
    const sideways = await overflow(page);
    expect(sideways).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'competency-profile-phone');
    await page.context().close();
  });

  it('the radar shows every axis label whole, inside the chart: full names on a wide screen, codes named in a key on a phone', async () => {
    /** The text of each axis label and whether its box lies inside the chart's drawing. */
    const labels = async (page: Page) => {
      const radar = page.getByTestId('competency-radar');
      await radar.locator('svg text').first().waitFor({ state: 'attached' });
      return radar.evaluate((figure) => {
        const svg = figure.querySelector('svg text')!.closest('svg')!;
        const box = svg.getBoundingClientRect();
        return Array.from(svg.querySelectorAll('text')).map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text:
              Array.from(t.querySelectorAll('tspan'))
                .map((s) => s.textContent)
                .join(' ') ||
              (t.textContent ?? ''),
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
          };
        });
      });
    };
    const wide = await b.page('peserta', 1280, '/profil-kompetensi');
    const names = await labels(wide);
    expect(names.map((l) => l.text)).toEqual(
      expect.arrayContaining(['Pengembangan Diri dan Orang Lain', 'Pemantauan dan Evaluasi Pembangunan']),
    );
    expect(names.filter((l) => !l.inside || l.text.includes('…'))).toEqual([]);
    await wide.context().close();

    const phone = await b.page('peserta', 375, '/profil-kompetensi');
    const codes = await labels(phone);
    expect(codes.map((l) => l.text)).toEqual(expect.arrayContaining(['M.06', 'T.REN.03']));
    expect(codes.filter((l) => !l.inside)).toEqual([]);
    const key = phone.getByTestId('competency-radar-key');
    await expectVisible(key.getByText('Pemantauan dan Evaluasi Pembangunan'));
    await b.screenshot(phone, 'competency-radar-phone');
    await phone.context().close();
  });

  it('the learner backs a self-assessment with an evidence file, and the history links to it', async () => {
    const page = await b.page('peserta', 375, '/profil-kompetensi');
    const table = page.getByTestId('gap-table');
    // Her evidence of Komunikasi is an older self-assessment, so a new one decides the level.
    await table.getByRole('button', { name: 'Nilai Komunikasi' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByText('Penilaian diri'));
    // A self-assessment keeps the standard validity window: no end date to choose.
    expect(await dialog.getByLabel(/Berlaku sampai/).count()).toBe(0);
    await dialog.getByRole('radio', { name: /Level 2/ }).check();
    await dialog.getByLabel('Bukti atau catatan').fill('Memimpin pakta integritas bidang');
    await dialog
      .getByLabel('Unggah berkas bukti')
      .setInputFiles({ name: 'piagam-integritas.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 piagam') });
    const chosen = dialog.getByTestId('evidence-file');
    await expectVisible(chosen.getByRole('link', { name: 'Unduh bukti piagam-integritas.pdf' }));
    await chosen.getByRole('button', { name: 'Hapus berkas piagam-integritas.pdf' }).click();
    expect(await dialog.getByTestId('evidence-file').count()).toBe(0);
    await dialog
      .getByLabel('Unggah berkas bukti')
      .setInputFiles({ name: 'piagam-integritas.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 piagam') });
    await expectVisible(dialog.getByTestId('evidence-file'));
    await expectNoOverflow(page);
    await dialog.getByRole('button', { name: 'Ganti berkas' }).scrollIntoViewIfNeeded();
    await dialogScreenshot(page, 'competency-assess-evidence-phone');
    await dialog.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expectVisible(page.getByText('Penilaian tersimpan'));

    const link = table.getByRole('link', { name: 'Unduh bukti piagam-integritas.pdf' });
    await expectVisible(link);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/files\/[0-9a-f-]{36}$/);
    await table.getByRole('button', { name: 'Riwayat penilaian Komunikasi' }).click();
    const history = page.getByRole('dialog');
    await expectVisible(history.getByText('Memimpin pakta integritas bidang'));
    await expectVisible(history.getByRole('link', { name: 'Unduh bukti piagam-integritas.pdf' }));
    await dialogScreenshot(page, 'competency-history-phone');
    const download = await page.request.get(`${b.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('%PDF-1.4 piagam');
    await page.context().close();
  });

  it('the learner drafts and submits a plan; her supervisor approves it once', async () => {
    const page = await b.page('peserta');
    await page.getByRole('link', { name: 'Rencana pengembangan' }).first().click();
    await expectVisible(page.getByText('Belum ada rencana'));
    await page.getByRole('button', { name: 'Buat rencana' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Susun draf' }).click();
    await page.waitForURL(/\/rencana\/[0-9a-f-]{36}$/);
    const planUrl = page.url();
    await expectVisible(page.getByRole('heading', { name: `Rencana pengembangan ${YEAR}` }));
    await expectStatus(page, 'Draf');

    // The draft closes each gap; the learner adds a learning-community activity on top.
    const before = await totalJp(page);
    const items = await page.getByRole('group', { name: /^Kegiatan \d+$/ }).count();
    expect(items).toBeGreaterThan(0);
    // Each drafted item names the step of its competency, worded here from the levels the server keeps; no note is written for her.
    const dewi = await b.app.em().findOneOrFail(User, { username: 'peserta' });
    const drafted = await b.app.em().findOneOrFail(DevelopmentPlan, { employee: dewi.employee, year: YEAR }, { populate: ['items'] });
    const steps = drafted.items.getItems().map((i) => [i.currentLevel, i.targetLevel]);
    const held = steps.findIndex(([from]) => !!from);
    expect(held).toBeGreaterThanOrEqual(0);
    const [from, to] = steps[held];
    await expectVisible(page.getByRole('group', { name: `Kegiatan ${held + 1}` }).getByText(`Level ${from} → ${to}`, { exact: true }));
    const none = steps.findIndex(([from]) => from === 0);
    if (none >= 0) {
      await expectVisible(
        page.getByRole('group', { name: `Kegiatan ${none + 1}` }).getByText(`Belum ada level → level ${steps[none][1]}`, { exact: true }),
      );
    }
    expect(
      await page
        .getByTestId('plan-items-editor')
        .getByRole('textbox', { name: 'Catatan' })
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)),
    ).toEqual(Array.from({ length: items }, () => ''));
    await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
    const added = page.getByRole('group', { name: `Kegiatan ${items + 1}` });
    await added.getByRole('combobox', { name: /Bentuk pengembangan/ }).click();
    await page.getByRole('option', { name: 'Komunitas belajar' }).click();
    const jp = added.getByLabel(`Target JP kegiatan ${items + 1}`);
    // A figure the server refuses counts nothing towards the target, and an emptied field is marked.
    await jp.fill('99999');
    await expectVisible(added.getByText('0,5–500 JP, paling banyak satu desimal'));
    expect(await totalJp(page)).toBe(before);
    await jp.fill('');
    await expectVisible(added.getByText('Wajib diisi.'));
    await jp.fill('4');
    await added.getByLabel('Catatan').fill('Kelompok pintar analitik data');
    expect(await totalJp(page)).toBe(before + 4);
    expect(before + 4).toBeGreaterThanOrEqual(20);
    await expectVisible(page.getByText('Target JP tahunan PNS terpenuhi.'));
    await b.screenshot(page, 'plan-draft');

    await page.getByRole('button', { name: 'Ajukan' }).click();
    await expectStatus(page, 'Diajukan');
    await expectVisible(page.getByTestId('plan-history').getByText('Diajukan'));
    await expectVisible(page.getByText('Kelompok pintar analitik data'));
    await expectVisible(
      page.getByRole('table', { name: 'Kegiatan pengembangan' }).getByText(`Level ${from} → ${to}`, { exact: true }).first(),
    );
    expect(await page.getByRole('button', { name: 'Tambah kegiatan' }).count()).toBe(0);
    await page.context().close();

    const supervisor = await b.page('pengawas');
    await supervisor.getByRole('link', { name: 'Rencana pengembangan' }).first().click();
    await supervisor.getByRole('tab', { name: /Perlu ditinjau/ }).click();
    const row = supervisor.getByTestId('plan-row').filter({ hasText: 'Dewi Lestari, S.Kom.' });
    await expectVisible(row.getByText('Diajukan'));
    await b.screenshot(supervisor, 'plan-review-list');
    await row.getByRole('link', { name: 'Dewi Lestari, S.Kom.' }).click();
    await supervisor.waitForURL(planUrl);
    await expectStatus(supervisor, 'Diajukan');
    await supervisor.getByRole('button', { name: 'Setujui' }).click();
    const dialog = supervisor.getByRole('dialog');
    await dialog.getByLabel('Catatan (opsional)').fill('Rencana sesuai kebutuhan bidang.');
    await dialog.getByRole('button', { name: 'Setujui' }).click();
    await expectStatus(supervisor, 'Disetujui');
    await expectVisible(supervisor.getByTestId('supervisor-comment').getByText('Rencana sesuai kebutuhan bidang.'));
    await expectVisible(supervisor.getByTestId('plan-history').getByText('Disetujui'));
    expect(await supervisor.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    expect(await supervisor.getByRole('button', { name: 'Kembalikan' }).count()).toBe(0);
    await b.screenshot(supervisor, 'plan-approved');

    // After a reload, too, the server offers no second decision.
    await supervisor.reload();
    await expectStatus(supervisor, 'Disetujui');
    expect(await supervisor.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    await supervisor.getByRole('link', { name: 'Semua rencana' }).click();
    await supervisor.getByRole('tab', { name: /Perlu ditinjau/ }).click();
    // What is left to review is the plan the demo data submitted for another employee.
    const demoPlan = await b.app.em().findOneOrFail(DevelopmentPlan, { status: PlanStatus.SUBMITTED }, { populate: ['employee'] });
    await expectVisible(supervisor.getByTestId('plan-row').filter({ hasText: demoPlan.employee.getEntity().name }));
    await supervisor.getByTestId('plan-row').filter({ hasText: 'Dewi Lestari, S.Kom.' }).waitFor({ state: 'detached' });
    expect(await supervisor.getByTestId('plan-row').count()).toBe(1);
    await supervisor.context().close();
  });

  it('the dictionary and a position page fit a phone screen', async () => {
    const page = await b.page('admin', 375, '/kompetensi');
    await expectVisible(page.getByRole('list', { name: 'Kamus kompetensi' }).getByText('Integritas'));
    await expectVisible(page.getByRole('button', { name: 'Tambah kompetensi' }));
    await expectNoOverflow(page);
    await b.screenshot(page, 'competency-dictionary-phone');

    const kabid = await b.app.em().findOneOrFail(Position, { code: 'KABID' });
    await page.goto(`${b.baseUrl}/jabatan/${kabid.id}`);
    await expectVisible(page.getByRole('heading', { name: kabid.name }));
    await expectVisible(page.getByRole('table', { name: 'Standar kompetensi jabatan' }).getByRole('link', { name: 'Integritas' }));
    await expectVisible(page.getByRole('heading', { name: 'Jalur karier' }));
    await expectVisible(page.getByRole('button', { name: 'Ubah standar' }));
    await expectNoOverflow(page);
    await b.screenshot(page, 'position-phone');
    await page.context().close();
  });

  it('the dictionary editor explains the rules the server enforces', async () => {
    const page = await b.page('admin', 1280, '/kompetensi');
    await page.getByRole('button', { name: 'Tambah kompetensi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Kode/).fill('T.UJI.E2E');
    await dialog.getByLabel(/^Nama kompetensi/).fill('Analitik Data Kepegawaian');
    await dialog
      .getByLabel(/^Deskripsi/)
      .first()
      .fill('Mengolah data kepegawaian menjadi bahan keputusan.');
    for (const level of [1, 2, 3, 4, 5]) {
      const group = dialog.getByRole('group', { name: `Level ${level}` });
      await group.getByLabel(/^Deskripsi level/).fill(`Uraian kemampuan analitik tingkat ${level}`);
      // Level 5 is left without an indicator.
      if (level < 5) await group.getByRole('textbox', { name: 'Indikator 1' }).fill(`Menunjukkan perilaku tingkat ${level}`);
    }
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(dialog.getByRole('group', { name: 'Level 5' }).getByText('Isi paling sedikit satu indikator perilaku.'));

    await dialog
      .getByRole('group', { name: 'Level 5' })
      .getByRole('textbox', { name: 'Indikator 1' })
      .fill('Merancang analitik untuk seluruh daerah');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const affairError = dialog.getByText('Wajib diisi untuk kompetensi teknis.');
    await expectVisible(affairError);
    // The form scrolls back up to the field the server refused.
    await page.waitForFunction(
      (el) => {
        const r = el!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      },
      await affairError.elementHandle(),
    );
    await dialogScreenshot(page, 'competency-editor-errors');

    await dialog.getByLabel(/^Urusan pemerintahan/).fill('Kepegawaian');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/kompetensi\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: 'Analitik Data Kepegawaian' }));
    await expectVisible(page.getByRole('button', { name: 'Ubah' }));
    await page.context().close();
  });

  it('the edit buttons follow what the server lets the viewer do', async () => {
    const page = await b.page('peserta');
    const kabid = await b.app.em().findOneOrFail(Position, { code: 'KABID' });
    await page.goto(`${b.baseUrl}/jabatan/${kabid.id}`);
    await expectVisible(page.getByRole('heading', { name: 'Jalur karier' }));
    await expectVisible(page.getByRole('table', { name: 'Standar kompetensi jabatan' }).getByRole('link', { name: 'Integritas' }));
    expect(await page.getByRole('button', { name: 'Ubah standar' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tambah jalur' }).count()).toBe(0);
    await page.goto(`${b.baseUrl}/kompetensi`);
    await page.getByRole('link', { name: 'Integritas' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Integritas' }));
    expect(await page.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
    await page.goBack();
    await expectVisible(page.getByRole('link', { name: 'Integritas' }));
    expect(await page.getByRole('button', { name: 'Tambah kompetensi' }).count()).toBe(0);
    await page.context().close();
  });

  it("a supervisor's assessment may carry the evidence's own end date", async () => {
    const dewi = await b.app.em().findOneOrFail(User, { username: 'peserta' });
    const page = await b.page('pengawas', 1280, `/pegawai/${dewi.employee!.id}/kompetensi`);
    const table = page.getByRole('table', { name: 'Tabel kesenjangan kompetensi' });
    await table.getByRole('button', { name: 'Nilai Kerja Sama' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /Level 2/ }).check();
    const validUntil = dialog.getByLabel(/Berlaku sampai/);
    await validUntil.fill('2020-01-31');
    await expectVisible(dialog.getByText('Masa berlaku tidak boleh berakhir sebelum tanggal penilaian.'));
    expect(await dialog.getByRole('button', { name: 'Simpan penilaian' }).isDisabled()).toBe(true);
    await validUntil.fill(`${YEAR + 2}-06-30`);
    await dialog.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expectVisible(page.getByText('Penilaian tersimpan'));
    await table.getByRole('button', { name: 'Riwayat penilaian Kerja Sama' }).click();
    await expectVisible(page.getByRole('dialog').getByText(`berlaku s.d. 30 Jun ${YEAR + 2}`, { exact: false }));
    await page.context().close();
  });

  it('the plan list and a plan page fit a phone screen, with the items of each history event', async () => {
    const page = await b.page('peserta', 375, '/rencana');
    const row = page.getByTestId('plan-row').first();
    await expectVisible(row);
    await expectNoOverflow(page);
    await b.screenshot(page, 'plan-list-phone');

    await row.click();
    await page.waitForURL(/\/rencana\/[0-9a-f-]{36}$/);
    await expectStatus(page, 'Disetujui');
    await expectVisible(
      page
        .getByRole('list', { name: 'Kegiatan pengembangan' })
        .getByText(/^Level \d → \d$/)
        .first(),
    );
    const history = page.getByTestId('plan-history');
    // Each event keeps the items the plan had then: the proposal had only the drafted ones.
    const event = (action: string) => history.locator(':scope > li').filter({ has: page.getByText(action, { exact: true }) });
    await event('Diajukan')
      .getByRole('button', { name: /^Lihat \d+ kegiatan saat itu$/ })
      .click();
    const submitted = history.getByRole('list', { name: /^Kegiatan saat Diajukan/ });
    await expectVisible(submitted.getByText('Kelompok pintar analitik data'));
    await expectVisible(submitted.getByText(/^Komunitas belajar · 4,0 JP$/));
    expect(await event('Diajukan').getByRole('button', { name: 'Sembunyikan kegiatan' }).getAttribute('aria-expanded')).toBe('true');
    await event('Disusun')
      .getByRole('button', { name: /^Lihat \d+ kegiatan saat itu$/ })
      .click();
    const proposed = history.getByRole('list', { name: /^Kegiatan saat Disusun/ });
    await expectVisible(proposed.getByRole('listitem'));
    await history.locator('.MuiCollapse-entered').nth(1).waitFor();
    expect(await proposed.getByText('Kelompok pintar analitik data').count()).toBe(0);
    expect(await proposed.getByRole('listitem').count()).toBe((await submitted.getByRole('listitem').count()) - 1);
    await expectNoOverflow(page);
    await b.screenshot(page, 'plan-phone');
    await event('Diajukan').getByRole('button', { name: 'Sembunyikan kegiatan' }).click();
    await submitted.waitFor({ state: 'detached' });
    await page.context().close();
  });
});

/** What a phone shows of an open dialog, once it has faded in (a full-page shot misplaces it). */
async function dialogScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => {
    const dialogs = document.querySelectorAll('.MuiDialog-container');
    return dialogs.length > 0 && getComputedStyle(dialogs[dialogs.length - 1]).opacity === '1';
  });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

async function expectNoOverflow(page: Page): Promise<void> {
  expect(await overflow(page)).toBeLessThanOrEqual(0);
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await expectVisible(page.getByTestId('plan-status').filter({ hasText: new RegExp(`^${label}$`) }));
}

/** The total JP the plan page shows, e.g. 40 from "40 JP". */
async function totalJp(page: Page): Promise<number> {
  const text = await page
    .getByTestId('jp-progress')
    .getByText(/^[\d.,]+ JP$/)
    .first()
    .innerText();
  return Number(text.replace(' JP', '').replace(',', '.'));
}
